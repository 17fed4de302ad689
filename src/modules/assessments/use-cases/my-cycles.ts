import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import { todayIn } from '../../../platform/time/day.js';
import { openReviewsOf } from '../cycle-store.js';
import { assessmentCycles } from '../schema.js';
import { eligibleAmong } from '../survey-freeze.js';
import { acceptsAnswers } from '../survey-model.js';
import { answeredAmong } from '../survey-store.js';

/** What one person is asked to take part in now: the surveys open to them, the reviews they work on. */

export interface OpenSurveyForMe {
  id: string;
  title: string;
  unitId: string | null;
  opensOn: string;
  closesOn: string;
  answered: boolean;
}

/**
 * Staff surveys open for answers today whose frozen scope includes the actor, closing soonest
 * first, each saying whether they answered (nothing else about the answer is known).
 */
export async function openSurveysFor(db: Db, actor: Actor): Promise<OpenSurveyForMe[]> {
  const today = todayIn(actor.timeZone);
  const rows = await db
    .select({
      id: assessmentCycles.id,
      title: assessmentCycles.title,
      unitId: assessmentCycles.unitId,
      status: assessmentCycles.status,
      opensOn: assessmentCycles.opensOn,
      closesOn: assessmentCycles.closesOn,
    })
    .from(assessmentCycles)
    .where(and(eq(assessmentCycles.orgId, actor.orgId), eq(assessmentCycles.mode, 'staff-survey'), eq(assessmentCycles.status, 'open')))
    .orderBy(sql`${assessmentCycles.closesOn} asc`, sql`${assessmentCycles.id} asc`);
  const open = rows.filter((row) => acceptsAnswers(row, today));
  // who is asked was frozen when the survey opened (survey-freeze.ts); one query for all of them
  const asked = await eligibleAmong(db, actor.orgId, open.map((row) => ({ orgId: actor.orgId, id: row.id, unitId: row.unitId })), actor.personId);
  const mine = open.filter((row) => asked.has(row.id));
  const answered = await answeredAmong(db, actor.orgId, mine.map((row) => row.id), actor.personId);
  return mine.map((row) => ({ id: row.id, title: row.title, unitId: row.unitId, opensOn: row.opensOn, closesOn: row.closesOn, answered: answered.has(row.id) }));
}

/** Open team reviews the actor leads or contributes to, closing soonest first. */
export async function openReviewsFor(db: Db, actor: Actor) {
  const rows = await openReviewsOf(db, actor.orgId, actor.personId);
  return rows.map((row) => ({ id: row.id, title: row.title, closesOn: row.closesOn, leads: row.leadPersonId === actor.personId }));
}

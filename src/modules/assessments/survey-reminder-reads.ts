import { and, eq, gte, lte } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { assessmentCycles, surveyParticipants } from './schema.js';
import { frozenSurvey } from './survey-freeze.js';

/**
 * The staff surveys open today and, for each, the people it asks who have not answered yet —
 * for their own reminders. Who answered is read from the participant rows (kept only so nobody
 * answers twice); nothing of any answer is read, and nobody but the person is told.
 */
export interface SurveyAwaiting {
  cycleId: string;
  title: string;
  opensOn: string;
  closesOn: string;
  /** Asked (frozen at opening) and not answered yet. */
  awaiting: string[];
}

export async function openSurveysAwaiting(q: Queryable, orgId: string, today: string): Promise<SurveyAwaiting[]> {
  const cycles = await q
    .select({ id: assessmentCycles.id, orgId: assessmentCycles.orgId, unitId: assessmentCycles.unitId, title: assessmentCycles.title, opensOn: assessmentCycles.opensOn, closesOn: assessmentCycles.closesOn })
    .from(assessmentCycles)
    .where(
      and(
        eq(assessmentCycles.orgId, orgId),
        eq(assessmentCycles.mode, 'staff-survey'),
        eq(assessmentCycles.status, 'open'),
        lte(assessmentCycles.opensOn, today),
        gte(assessmentCycles.closesOn, today),
      ),
    );
  const out: SurveyAwaiting[] = [];
  for (const cycle of cycles) {
    const frozen = await frozenSurvey(q, cycle);
    const answered = new Set(
      (
        await q
          .select({ personId: surveyParticipants.personId })
          .from(surveyParticipants)
          .where(and(eq(surveyParticipants.orgId, orgId), eq(surveyParticipants.cycleId, cycle.id)))
      ).map((r) => r.personId),
    );
    out.push({ cycleId: cycle.id, title: cycle.title, opensOn: cycle.opensOn, closesOn: cycle.closesOn, awaiting: [...frozen.eligible.keys()].filter((id) => !answered.has(id)) });
  }
  return out;
}

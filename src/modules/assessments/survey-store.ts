import { randomInt, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { getPack } from '../../content/pack-store.js';
import type { Queryable, Tx } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { shuffle } from '../../platform/privacy/release-free-text.js';
import { findPerson } from '../people/people-store.js';
import { listUnits } from '../units/unit-store.js';
import { assessmentCycles, surveyParticipants, surveyResponses } from './schema.js';
import { type TSurveyAnswers, type TSurveyShape, type UnitNode, ZSurveyShape } from './survey-model.js';
import type { StoredResponse } from './survey-results.js';

/**
 * The anonymous staff survey's queries. Who answered (participants) and what was answered
 * (responses) are written together but share nothing: no id, no time, no order.
 */

export interface SurveyCycle {
  orgId: string;
  id: string;
  title: string;
  packId: string;
  packVersion: string;
  unitId: string | null;
  status: 'open' | 'closed';
  opensOn: string;
  closesOn: string;
  leadPersonId: string | null;
}

const cycleColumns = {
  orgId: assessmentCycles.orgId,
  id: assessmentCycles.id,
  title: assessmentCycles.title,
  packId: assessmentCycles.packId,
  packVersion: assessmentCycles.packVersion,
  unitId: assessmentCycles.unitId,
  status: assessmentCycles.status,
  opensOn: assessmentCycles.opensOn,
  closesOn: assessmentCycles.closesOn,
  leadPersonId: assessmentCycles.leadPersonId,
};

/** A staff-survey cycle of the organisation; 404 for another organisation's, a team review's, or none. */
export async function findSurveyCycle(q: Queryable, orgId: string, cycleId: string, lock = false): Promise<SurveyCycle> {
  const query = q
    .select(cycleColumns)
    .from(assessmentCycles)
    .where(and(eq(assessmentCycles.orgId, orgId), eq(assessmentCycles.id, cycleId), eq(assessmentCycles.mode, 'staff-survey')));
  // answers to one survey are taken one at a time (see recordSurveyAnswer)
  const [cycle] = lock ? await query.for('no key update') : await query;
  if (!cycle) throw notFound('The staff survey');
  return cycle;
}

/** The criteria and scale of the pack version the cycle runs. */
export async function surveyShapeOf(q: Queryable, cycle: Pick<SurveyCycle, 'packId' | 'packVersion'>): Promise<TSurveyShape> {
  const found = await getPack(q, cycle.packId, cycle.packVersion);
  if (!found) throw notFound('The assessment pack of this survey');
  return ZSurveyShape.parse(found.pack.body);
}

/** The organisation's units as a tree: parents by id, and names. */
export async function unitTree(q: Queryable, orgId: string): Promise<{ parents: Map<string, string | null>; units: UnitNode[] }> {
  const units = (await listUnits(q, orgId)).map((u) => ({ id: u.id, name: u.name, parentId: u.parentId }));
  return { parents: new Map(units.map((u) => [u.id, u.parentId])), units };
}

export async function unitOfPerson(q: Queryable, orgId: string, personId: string): Promise<string | null> {
  return (await findPerson(q, orgId, personId))?.unitId ?? null;
}

export async function hasAnswered(q: Queryable, orgId: string, cycleId: string, personId: string): Promise<boolean> {
  const [row] = await q
    .select({ personId: surveyParticipants.personId })
    .from(surveyParticipants)
    .where(and(eq(surveyParticipants.orgId, orgId), eq(surveyParticipants.cycleId, cycleId), eq(surveyParticipants.personId, personId)));
  return row !== undefined;
}

/**
 * Stores one answer to the survey, in the caller's transaction (which must hold the cycle row
 * lock from findSurveyCycle(…, lock)): the participant row (409 if the person answered before,
 * so the transaction rolls back and nothing is stored) and the response with a random v4 id,
 * the respondent's unit, no person and no time.
 *
 * Both rows are written by one transaction, so PostgreSQL stamps both with the same xmin, and
 * both tables grow in the order people answer: anyone reading the raw tables could pair a
 * participant with a response by xmin or by physical position. Every response of the cycle is
 * therefore deleted and written again in a random order: afterwards all of them carry this
 * transaction's xmin (a participant's xmin matches none or all of them) and their order says
 * nothing. (Dead row versions keep the old ones until vacuum removes them.)
 */
export async function recordSurveyAnswer(tx: Tx, cycle: Pick<SurveyCycle, 'orgId' | 'id'>, personId: string, unitId: string | null, answers: TSurveyAnswers) {
  const joined = await tx
    .insert(surveyParticipants)
    .values({ orgId: cycle.orgId, cycleId: cycle.id, personId })
    .onConflictDoNothing()
    .returning({ personId: surveyParticipants.personId });
  if (joined.length === 0) throw conflict('You have already answered this survey. Answers cannot be changed, because they are not linked to you.');
  const earlier = await tx
    .delete(surveyResponses)
    .where(and(eq(surveyResponses.orgId, cycle.orgId), eq(surveyResponses.cycleId, cycle.id)))
    .returning();
  const all = [...earlier, { orgId: cycle.orgId, id: randomUUID(), cycleId: cycle.id, unitId, answers: answers.answers, comments: answers.comments }];
  await tx.insert(surveyResponses).values(shuffle(all, randomInt));
}

/** Every response of the cycle, for the privacy gate only: callers release figures, never rows. */
export async function responsesForGate(q: Queryable, orgId: string, cycleId: string): Promise<StoredResponse[]> {
  const rows = await q
    .select({ id: surveyResponses.id, unitId: surveyResponses.unitId, answers: surveyResponses.answers, comments: surveyResponses.comments })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.orgId, orgId), eq(surveyResponses.cycleId, cycleId)));
  return rows.map((r) => ({ id: r.id, unitId: r.unitId, answers: r.answers as Record<string, number>, comments: r.comments as Record<string, string> }));
}

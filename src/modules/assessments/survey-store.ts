import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { getPack } from '../../content/pack-store.js';
import type { Queryable, Tx } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { findPerson } from '../people/people-store.js';
import { listUnits } from '../units/unit-store.js';
import { assessmentCycles, surveyParticipants, surveyResponses } from './schema.js';
import { type TSurveyAnswers, type TSurveyShape, type UnitNode, ZSurveyShape } from './survey-model.js';
import type { StoredResponse } from './survey-results.js';

/**
 * The anonymous staff survey's queries. Who answered (participants) and what was answered
 * (responses) are written together but share nothing: no id, no time, and once mixed
 * (mixSurveyResponses) no xmin and no order.
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
export async function findSurveyCycle(q: Queryable, orgId: string, cycleId: string, lock?: 'answer' | 'mix'): Promise<SurveyCycle> {
  const query = q
    .select(cycleColumns)
    .from(assessmentCycles)
    .where(and(eq(assessmentCycles.orgId, orgId), eq(assessmentCycles.id, cycleId), eq(assessmentCycles.mode, 'staff-survey')));
  // Answers share the row, so they run side by side; mixing (and closing, an UPDATE) waits for
  // answers in flight, and no answer lands in the middle of a mix.
  const [cycle] = lock === 'answer' ? await query.for('share') : lock === 'mix' ? await query.for('no key update') : await query;
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

/** Which of these surveys the person has answered, in one query. */
export async function answeredAmong(q: Queryable, orgId: string, cycleIds: readonly string[], personId: string): Promise<Set<string>> {
  if (cycleIds.length === 0) return new Set();
  const rows = await q
    .select({ cycleId: surveyParticipants.cycleId })
    .from(surveyParticipants)
    .where(and(eq(surveyParticipants.orgId, orgId), eq(surveyParticipants.personId, personId), inArray(surveyParticipants.cycleId, [...cycleIds])));
  return new Set(rows.map((r) => r.cycleId));
}

/**
 * Stores one answer to the survey, in the caller's transaction (which must hold the cycle row
 * lock from findSurveyCycle(…, 'answer')): the participant row (409 if the person answered
 * before, so the transaction rolls back and nothing is stored) and the response with a random
 * v4 id, the respondent's unit, no person and no time. Two rows, however many answered before:
 * the whole-survey rewrite this replaced wrote 2k rows at the k-th answer and failed past
 * PostgreSQL's parameter limit at about 10,923 answers (decision 006).
 *
 * Until the survey is mixed, this response shares its transaction's xmin and its place in the
 * table's growth with the participant row; mixSurveyResponses removes both before any figure
 * is computed from it.
 */
export async function recordSurveyAnswer(tx: Tx, cycle: Pick<SurveyCycle, 'orgId' | 'id'>, personId: string, unitId: string | null, answers: TSurveyAnswers) {
  const joined = await tx
    .insert(surveyParticipants)
    .values({ orgId: cycle.orgId, cycleId: cycle.id, personId })
    .onConflictDoNothing()
    .returning({ personId: surveyParticipants.personId });
  if (joined.length === 0) throw conflict('You have already answered this survey. Answers cannot be changed, because they are not linked to you.');
  await tx.insert(surveyResponses).values({ orgId: cycle.orgId, id: randomUUID(), cycleId: cycle.id, unitId, answers: answers.answers, comments: answers.comments });
}

/**
 * Unlinks the survey's responses from its participants, once, before results are read (decision
 * 006): when the responses carry more than one xmin, every one of them is deleted and written
 * again by this transaction in a random order. Afterwards they all carry one xmin that no
 * participant row has, and their physical order says nothing about who answered when. A mixed
 * survey is left alone, so this costs one pass per close (a reopened survey's new answers bring
 * back several xmins, and the next read mixes again). Returns whether it rewrote anything.
 *
 * The caller's transaction must hold the cycle row lock from findSurveyCycle(…, 'mix'), which
 * waits for answers in flight and keeps new ones out until it commits. One statement with no
 * parameters per row, so no survey is too large; gen_random_uuid() orders with a strong random
 * source. (Dead row versions keep the old xmins until vacuum removes them.)
 */
export async function mixSurveyResponses(tx: Tx, cycle: Pick<SurveyCycle, 'orgId' | 'id'>): Promise<boolean> {
  const spread = await tx.execute(
    sql`SELECT count(DISTINCT xmin::text)::int AS n FROM assessment_survey_responses WHERE org_id = ${cycle.orgId} AND cycle_id = ${cycle.id}`,
  );
  if ((spread.rows[0] as { n: number }).n <= 1) return false;
  await tx.execute(sql`
    WITH gone AS (DELETE FROM assessment_survey_responses WHERE org_id = ${cycle.orgId} AND cycle_id = ${cycle.id} RETURNING *)
    INSERT INTO assessment_survey_responses SELECT * FROM gone ORDER BY gen_random_uuid()`);
  return true;
}

/** Every response of the cycle, for the privacy gate only: callers release figures, never rows. */
export async function responsesForGate(q: Queryable, orgId: string, cycleId: string): Promise<StoredResponse[]> {
  const rows = await q
    .select({ id: surveyResponses.id, unitId: surveyResponses.unitId, answers: surveyResponses.answers, comments: surveyResponses.comments })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.orgId, orgId), eq(surveyResponses.cycleId, cycleId)));
  return rows.map((r) => ({ id: r.id, unitId: r.unitId, answers: r.answers as Record<string, number>, comments: r.comments as Record<string, string> }));
}

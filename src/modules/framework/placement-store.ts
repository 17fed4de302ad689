import { and, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { badRequest, conflict, notFound } from '../../platform/http/errors.js';
import { FRAMEWORK_PACK } from './framework-pack.js';
import type { Level } from './levels.js';
import type { TPlacementInput } from './model.js';
import { type Placement, type PlacementAnswers, placementOutcome } from './placement-rules.js';
import { placementReviews, placements } from './schema.js';
import { namesOf } from '../people/person-names.js';

const QUESTION_FIELD: Record<keyof PlacementAnswers, string> = {
  serviceRemit: 'answers.serviceRemit',
  workerContact: 'answers.workerContact',
  specialistInterventions: 'answers.specialistInterventions',
};

/**
 * Settles the level a decision records: the level the answers lead to, or the level the decider
 * chose instead (with a note). Answers that leave the level open, with no level chosen, are a 400
 * naming the question still to answer — the server never guesses a level.
 */
export function decideLevel(input: TPlacementInput): { level: Level; reasons: string[] } {
  const answers: PlacementAnswers = { ...input.answers, specialistInterventions: input.answers.specialistInterventions ?? null };
  const outcome = placementOutcome(answers);
  if (outcome.kind === 'needs-answer' && !input.level) {
    const field = QUESTION_FIELD[outcome.question];
    throw badRequest('The answers do not settle a level yet.', [{ field, problem: 'answer this question, or choose a level yourself and say why' }]);
  }
  const reasons = outcome.kind === 'level' ? [...outcome.reasons] : [];
  return { level: input.level ?? (outcome as { level: Level }).level, reasons };
}

/** Records a placement of a unit or of one person; returns its id. Rows are never updated. */
export async function insertPlacement(
  q: Queryable,
  orgId: string,
  subject: { unitId: string } | { personId: string },
  input: TPlacementInput,
  decidedByPersonId: string,
  /** when it was decided, if not now: only for history loaded as it was (the demo's past year) */
  decidedAt?: Date,
) {
  const { level, reasons } = decideLevel(input);
  const id = uuidv7();
  await q.insert(placements).values({
    orgId,
    id,
    unitId: 'unitId' in subject ? subject.unitId : null,
    personId: 'personId' in subject ? subject.personId : null,
    level,
    answers: input.answers,
    reasons,
    note: input.note ?? null,
    packId: FRAMEWORK_PACK.id,
    packVersion: FRAMEWORK_PACK.version,
    decidedByPersonId,
    ...(decidedAt ? { decidedAt } : {}),
  });
  return { id, level };
}

/** The decisions about one unit or one person, newest first, with who decided. */
export async function placementHistory(q: Queryable, orgId: string, subject: { unitId: string } | { personId: string }) {
  const which = 'unitId' in subject ? eq(placements.unitId, subject.unitId) : eq(placements.personId, subject.personId);
  const rows = await q
    .select()
    .from(placements)
    .where(and(eq(placements.orgId, orgId), which))
    .orderBy(desc(placements.decidedAt), desc(placements.id));
  const names = await namesOf(q, orgId, rows.map((r) => r.decidedByPersonId));
  return rows.map((r) => ({ ...r, decidedByName: r.decidedByPersonId ? (names.get(r.decidedByPersonId) ?? null) : null }));
}
export type PlacementRow = Awaited<ReturnType<typeof placementHistory>>[number];

/** The placement in force for every placed unit of the organisation: the latest decision each. */
export async function currentUnitPlacements(q: Queryable, orgId: string): Promise<Map<string, Placement>> {
  const rows = await q
    .selectDistinctOn([placements.unitId], { unitId: placements.unitId, level: placements.level, decidedAt: placements.decidedAt })
    .from(placements)
    .where(and(eq(placements.orgId, orgId), isNotNull(placements.unitId)))
    .orderBy(placements.unitId, desc(placements.decidedAt), desc(placements.id));
  return new Map(rows.map((r) => [r.unitId!, { level: r.level, decidedAt: r.decidedAt }]));
}

/** A person's open request for review, if any. */
export async function openReviewOf(q: Queryable, orgId: string, personId: string) {
  const [row] = await q
    .select()
    .from(placementReviews)
    .where(and(eq(placementReviews.orgId, orgId), eq(placementReviews.personId, personId), isNull(placementReviews.resolvedAt)))
    .limit(1);
  return row;
}

/** Opens a review request; one open request per person (409 otherwise). Call inside a transaction. */
export async function openReview(q: Queryable, orgId: string, personId: string, reason: string) {
  // two requests sent at once must not both pass the check: serialise per person for this transaction
  await q.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`placement-review:${orgId}:${personId}`}))`);
  if (await openReviewOf(q, orgId, personId)) {
    throw conflict('You already have a request waiting for an answer.', [{ field: 'reason', problem: 'wait for the answer to your open request' }]);
  }
  const id = uuidv7();
  await q.insert(placementReviews).values({ orgId, id, personId, reason });
  return id;
}

/** How many review requests wait for an answer, and the oldest one's day; only of `personIds` when given. */
export async function openReviewCount(q: Queryable, orgId: string, personIds?: readonly string[]) {
  if (personIds && personIds.length === 0) return { count: 0, oldest: null };
  const conditions = [eq(placementReviews.orgId, orgId), isNull(placementReviews.resolvedAt)];
  if (personIds) conditions.push(inArray(placementReviews.personId, [...personIds]));
  const [row] = await q
    .select({ count: sql<number>`count(*)::int`, oldest: sql<Date | null>`min(${placementReviews.requestedAt})` })
    .from(placementReviews)
    .where(and(...conditions));
  return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

/** Review requests, newest first; only of `personIds` when given (a supervisor's direct reports). */
export async function listReviews(q: Queryable, orgId: string, personIds?: readonly string[]) {
  if (personIds && personIds.length === 0) return [];
  const conditions = [eq(placementReviews.orgId, orgId)];
  if (personIds) conditions.push(inArray(placementReviews.personId, [...personIds]));
  return q
    .select()
    .from(placementReviews)
    .where(and(...conditions))
    .orderBy(sql`${placementReviews.resolvedAt} IS NOT NULL`, desc(placementReviews.requestedAt))
    .limit(500);
}

export async function findReview(q: Queryable, orgId: string, id: string) {
  const [row] = await q.select().from(placementReviews).where(and(eq(placementReviews.orgId, orgId), eq(placementReviews.id, id)));
  return row;
}

/** Answers an open request and closes it; 409 when it was already answered. */
export async function answerReview(q: Queryable, orgId: string, id: string, response: string, byPersonId: string) {
  const closed = await q
    .update(placementReviews)
    .set({ response, resolvedByPersonId: byPersonId, resolvedAt: new Date() })
    .where(and(eq(placementReviews.orgId, orgId), eq(placementReviews.id, id), isNull(placementReviews.resolvedAt)))
    .returning({ id: placementReviews.id });
  if (closed.length === 0) {
    if (await findReview(q, orgId, id)) throw conflict('This request has already been answered.');
    throw notFound('The request');
  }
}

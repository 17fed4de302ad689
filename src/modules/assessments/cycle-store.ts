import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { Cursor } from '../../platform/http/page.js';
import type { TCycleInput } from './model.js';
import { createdKey, olderThan } from './newest-first.js';
import { assessmentCycles, criterionRatings, cycleContributors } from './schema.js';

export type CycleRow = typeof assessmentCycles.$inferSelect & { contributorIds: string[] };

/** Opens a cycle of `packVersion` with its contributors; returns its id. */
export async function insertCycle(q: Queryable, orgId: string, input: TCycleInput, packVersion: string, byPersonId: string | null): Promise<string> {
  const id = uuidv7();
  await q.insert(assessmentCycles).values({
    orgId,
    id,
    packId: input.packId,
    packVersion,
    title: input.title,
    unitId: input.unitId,
    mode: input.mode,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    leadPersonId: input.leadPersonId ?? null,
    createdByPersonId: byPersonId,
  });
  const contributors = [...new Set(input.contributorIds)];
  if (contributors.length > 0) await q.insert(cycleContributors).values(contributors.map((personId) => ({ orgId, cycleId: id, personId })));
  return id;
}

async function withContributors(q: Queryable, orgId: string, rows: (typeof assessmentCycles.$inferSelect)[]): Promise<CycleRow[]> {
  if (rows.length === 0) return [];
  const links = await q
    .select()
    .from(cycleContributors)
    .where(and(eq(cycleContributors.orgId, orgId), inArray(cycleContributors.cycleId, rows.map((r) => r.id))));
  return rows.map((r) => ({ ...r, contributorIds: links.filter((l) => l.cycleId === r.id).map((l) => l.personId) }));
}

/** One cycle of the organisation (another organisation's ids find nothing). */
export async function findCycle(q: Queryable, orgId: string, id: string, lock = false): Promise<CycleRow | undefined> {
  const query = q.select().from(assessmentCycles).where(and(eq(assessmentCycles.orgId, orgId), eq(assessmentCycles.id, id)));
  // changes to one cycle are serialised: closing cannot race a rating
  const rows = lock ? await query.for('update') : await query;
  return (await withContributors(q, orgId, rows))[0];
}

/**
 * A page of the organisation's cycles, newest first, read with `limit` + 1 rows so the caller's
 * pageOf can tell whether another page follows; with `personId`, only those they lead or
 * contribute to. `sortKey` is the page key (see newest-first.ts).
 */
export async function pageCycles(q: Queryable, orgId: string, personId: string | undefined, after: Cursor | undefined, limit: number) {
  const rows = await q
    .select({ cycle: assessmentCycles, sortKey: createdKey(assessmentCycles.createdAt) })
    .from(assessmentCycles)
    .where(and(eq(assessmentCycles.orgId, orgId), personId ? takesPart(personId) : undefined, olderThan(assessmentCycles.createdAt, assessmentCycles.id, after)))
    .orderBy(sql`${assessmentCycles.createdAt} desc`, sql`${assessmentCycles.id} desc`)
    .limit(limit + 1);
  const keys = new Map(rows.map((r) => [r.cycle.id, r.sortKey]));
  return (await withContributors(q, orgId, rows.map((r) => r.cycle))).map((c) => ({ ...c, sortKey: keys.get(c.id)! }));
}

const takesPart = (personId: string) =>
  or(
    eq(assessmentCycles.leadPersonId, personId),
    sql`exists (select 1 from ${cycleContributors} c where c.org_id = ${assessmentCycles.orgId} and c.cycle_id = ${assessmentCycles.id} and c.person_id = ${personId})`,
  );

/**
 * The cycles with these ids and every cycle of the same pack and unit as one of them, newest
 * first: what an action's before/after needs, in one query however many actions are shown.
 */
export async function cyclesAlongside(q: Queryable, orgId: string, ids: readonly string[]): Promise<CycleRow[]> {
  if (ids.length === 0) return [];
  const rows = await q
    .select()
    .from(assessmentCycles)
    .where(
      and(
        eq(assessmentCycles.orgId, orgId),
        sql`exists (select 1 from ${assessmentCycles} own where own.org_id = ${assessmentCycles.orgId} and own.id in ${[...ids]}
              and own.pack_id = ${assessmentCycles.packId} and own.unit_id is not distinct from ${assessmentCycles.unitId})`,
      ),
    )
    .orderBy(sql`${assessmentCycles.createdAt} desc`, sql`${assessmentCycles.id} desc`);
  return withContributors(q, orgId, rows);
}

/** Every cycle of the organisation, newest first; with `personId`, only those they lead or contribute to. */
export async function listCycles(q: Queryable, orgId: string, personId?: string): Promise<CycleRow[]> {
  const visible = personId ? takesPart(personId) : undefined;
  const rows = await q
    .select()
    .from(assessmentCycles)
    .where(and(eq(assessmentCycles.orgId, orgId), visible))
    .orderBy(sql`${assessmentCycles.createdAt} desc`, sql`${assessmentCycles.id} desc`);
  return withContributors(q, orgId, rows);
}

/** Open team reviews this person leads or contributes to, closing soonest first (what waits on them). */
export async function openReviewsOf(q: Queryable, orgId: string, personId: string) {
  return q
    .select({ id: assessmentCycles.id, title: assessmentCycles.title, closesOn: assessmentCycles.closesOn, leadPersonId: assessmentCycles.leadPersonId })
    .from(assessmentCycles)
    .where(and(eq(assessmentCycles.orgId, orgId), eq(assessmentCycles.mode, 'team-review'), eq(assessmentCycles.status, 'open'), takesPart(personId)))
    .orderBy(sql`${assessmentCycles.closesOn} asc nulls last`, sql`${assessmentCycles.id} asc`)
    .limit(50);
}

/** Whether the organisation has opened any assessment (a team review or a survey) yet. */
export async function anyCycle(q: Queryable, orgId: string): Promise<boolean> {
  const [row] = await q.select({ id: assessmentCycles.id }).from(assessmentCycles).where(eq(assessmentCycles.orgId, orgId)).limit(1);
  return row !== undefined;
}

/** Closes an open cycle; false when it was already closed. */
export async function closeCycle(q: Queryable, orgId: string, id: string): Promise<boolean> {
  const closed = await q
    .update(assessmentCycles)
    .set({ status: 'closed', closedAt: new Date() })
    .where(and(eq(assessmentCycles.orgId, orgId), eq(assessmentCycles.id, id), eq(assessmentCycles.status, 'open')))
    .returning({ id: assessmentCycles.id });
  return closed.length > 0;
}

/** Team-review cycles of one pack for one unit (null: the whole organisation), oldest first. */
export async function cyclesOfPackAndUnit(q: Queryable, orgId: string, packId: string, unitId: string | null): Promise<CycleRow[]> {
  const rows = await q
    .select()
    .from(assessmentCycles)
    .where(
      and(
        eq(assessmentCycles.orgId, orgId),
        eq(assessmentCycles.packId, packId),
        eq(assessmentCycles.mode, 'team-review'),
        unitId === null ? isNull(assessmentCycles.unitId) : eq(assessmentCycles.unitId, unitId),
      ),
    )
    .orderBy(asc(assessmentCycles.createdAt), asc(assessmentCycles.id));
  return withContributors(q, orgId, rows);
}

/** The ratings of some cycles, as rows (criterion, rating, confirmation). */
export async function ratingsOf(q: Queryable, orgId: string, cycleIds: string[]) {
  if (cycleIds.length === 0) return [];
  return q
    .select()
    .from(criterionRatings)
    .where(and(eq(criterionRatings.orgId, orgId), inArray(criterionRatings.cycleId, cycleIds)));
}
export type RatingRow = Awaited<ReturnType<typeof ratingsOf>>[number];

import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { people } from '../people/schema.js';
import { units } from '../units/schema.js';
import { supervisionAssignments, supervisionRhythms } from './schema.js';

/**
 * Who supervises whom, and the rhythm a pair agreed. The supervisor in force is the assigned one,
 * else the line manager; the people table is read here (as other modules' stores do) for the
 * worker's name, unit, line manager and start.
 */

const workerColumns = {
  id: people.id,
  name: people.name,
  unitId: people.unitId,
  unitName: units.name,
  managerId: people.managerId,
  startDate: people.startDate,
  endDate: people.endDate,
  createdAt: people.createdAt,
  assignedSupervisorId: supervisionAssignments.supervisorId,
  assignedAt: supervisionAssignments.assignedAt,
};

function workerQuery(q: Queryable) {
  return q
    .select(workerColumns)
    .from(people)
    .leftJoin(units, and(eq(units.orgId, people.orgId), eq(units.id, people.unitId)))
    .leftJoin(supervisionAssignments, and(eq(supervisionAssignments.orgId, people.orgId), eq(supervisionAssignments.workerId, people.id)));
}

type WorkerRow = Awaited<ReturnType<ReturnType<typeof workerQuery>['execute']>>[number];

/** A worker with the supervisor in force: where it comes from and since when the pair has run (an ISO day). */
export interface PairRow {
  worker: { id: string; name: string; unitId: string | null; unitName: string | null; managerId: string | null; endDate: string | null };
  supervisorId: string | null;
  source: 'line-manager' | 'assigned' | 'none';
  since: string;
}

function toPair(row: WorkerRow): PairRow {
  const source = row.assignedSupervisorId ? 'assigned' : row.managerId ? 'line-manager' : 'none';
  const since = row.assignedAt ? row.assignedAt.toISOString().slice(0, 10) : (row.startDate ?? row.createdAt.toISOString().slice(0, 10));
  return {
    worker: { id: row.id, name: row.name, unitId: row.unitId, unitName: row.unitName, managerId: row.managerId, endDate: row.endDate },
    supervisorId: row.assignedSupervisorId ?? row.managerId,
    source,
    since,
  };
}

/** The worker and the supervisor in force, or undefined when the organisation has no such person. */
export async function findPair(q: Queryable, orgId: string, workerId: string): Promise<PairRow | undefined> {
  const [row] = await workerQuery(q).where(and(eq(people.orgId, orgId), eq(people.id, workerId)));
  return row ? toPair(row) : undefined;
}

/** Everyone `supervisorId` supervises now (assigned to them, or line-managed with no other supervisor assigned), by name. */
export async function superviseesOf(q: Queryable, orgId: string, supervisorId: string): Promise<PairRow[]> {
  const rows = await workerQuery(q)
    .where(
      and(
        eq(people.orgId, orgId),
        or(eq(supervisionAssignments.supervisorId, supervisorId), and(eq(people.managerId, supervisorId), isNull(supervisionAssignments.supervisorId))),
      ),
    )
    .orderBy(asc(people.name), asc(people.id));
  return rows.map(toPair);
}

/** A page of the organisation's people with the supervisor in force, by name. */
export async function pairsPage(q: Queryable, orgId: string, filter: { unitId?: string | undefined; limit: number; offset: number }) {
  const where = and(eq(people.orgId, orgId), filter.unitId ? eq(people.unitId, filter.unitId) : undefined);
  const [rows, [total]] = await Promise.all([
    workerQuery(q).where(where).orderBy(asc(people.name), asc(people.id)).limit(filter.limit).offset(filter.offset),
    q.select({ n: sql<number>`count(*)::int` }).from(people).where(where),
  ]);
  return { pairs: rows.map(toPair), total: total?.n ?? 0 };
}

/** Sets (or, with null, clears) the assigned supervisor of a worker. */
export async function setAssignment(q: Queryable, orgId: string, workerId: string, supervisorId: string | null, byPersonId: string): Promise<void> {
  await q.delete(supervisionAssignments).where(and(eq(supervisionAssignments.orgId, orgId), eq(supervisionAssignments.workerId, workerId)));
  if (supervisorId) await q.insert(supervisionAssignments).values({ orgId, workerId, supervisorId, assignedByPersonId: byPersonId });
}

/** Does this person exist in the organisation? */
export async function personExists(q: Queryable, orgId: string, personId: string): Promise<boolean> {
  const [row] = await q.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  return row !== undefined;
}

/** The rhythm row of a pair, if the pair ever proposed or agreed one. */
export async function findRhythm(q: Queryable, orgId: string, workerId: string, supervisorId: string) {
  const [row] = await q
    .select()
    .from(supervisionRhythms)
    .where(and(eq(supervisionRhythms.orgId, orgId), eq(supervisionRhythms.workerId, workerId), eq(supervisionRhythms.supervisorId, supervisorId)));
  return row;
}
export type RhythmRow = NonNullable<Awaited<ReturnType<typeof findRhythm>>>;

/** The rhythm rows of several pairs of one supervisor, by worker id. */
export async function rhythmsOf(q: Queryable, orgId: string, supervisorId: string, workerIds: readonly string[]): Promise<Map<string, RhythmRow>> {
  if (workerIds.length === 0) return new Map();
  const rows = await q
    .select()
    .from(supervisionRhythms)
    .where(and(eq(supervisionRhythms.orgId, orgId), eq(supervisionRhythms.supervisorId, supervisorId), inArray(supervisionRhythms.workerId, [...workerIds])));
  return new Map(rows.map((r) => [r.workerId, r]));
}

/** Records a proposed rhythm, waiting for the other member of the pair. */
export async function proposeRhythm(q: Queryable, orgId: string, pair: { workerId: string; supervisorId: string }, weeks: number, byPersonId: string): Promise<void> {
  await q
    .insert(supervisionRhythms)
    .values({ orgId, ...pair, proposedWeeks: weeks, proposedByPersonId: byPersonId })
    .onConflictDoUpdate({
      target: [supervisionRhythms.orgId, supervisionRhythms.workerId, supervisionRhythms.supervisorId],
      set: { proposedWeeks: weeks, proposedByPersonId: byPersonId },
    });
}

/** The proposal becomes the pair's agreed rhythm. */
export async function agreeRhythm(q: Queryable, orgId: string, pair: { workerId: string; supervisorId: string }, weeks: number): Promise<void> {
  await q
    .update(supervisionRhythms)
    .set({ agreedWeeks: weeks, agreedAt: new Date(), proposedWeeks: null, proposedByPersonId: null })
    .where(and(eq(supervisionRhythms.orgId, orgId), eq(supervisionRhythms.workerId, pair.workerId), eq(supervisionRhythms.supervisorId, pair.supervisorId)));
}

/** The people of the organisation in a unit who worked there at some time between two days (inclusive). */
export async function peopleInUnitsBetween(q: Queryable, orgId: string, from: string, to: string) {
  const rows = await q
    .select({ id: people.id, unitId: people.unitId, startDate: people.startDate, endDate: people.endDate })
    .from(people)
    .where(and(eq(people.orgId, orgId), sql`${people.unitId} IS NOT NULL`));
  return rows.filter((p) => (p.startDate === null || p.startDate <= to) && (p.endDate === null || p.endDate >= from)) as Array<{ id: string; unitId: string }>;
}

/** Every worker of the organisation who has a supervisor in force, with the pair (for the reminders round). */
export async function pairsWithSupervisor(q: Queryable, orgId: string): Promise<PairRow[]> {
  const rows = await workerQuery(q).where(and(eq(people.orgId, orgId), or(sql`${supervisionAssignments.supervisorId} IS NOT NULL`, sql`${people.managerId} IS NOT NULL`)));
  return rows.map(toPair).filter((p) => p.supervisorId !== null);
}

/** Every rhythm row of the organisation, by `worker:supervisor`. */
export async function rhythmsOfOrg(q: Queryable, orgId: string): Promise<Map<string, RhythmRow>> {
  const rows = await q.select().from(supervisionRhythms).where(eq(supervisionRhythms.orgId, orgId));
  return new Map(rows.map((r) => [`${r.workerId}:${r.supervisorId}`, r]));
}

import { and, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { type Cursor, decodeCursor } from '../../platform/http/page.js';
import { invalid } from '../../platform/http/errors.js';
import { absenceSpells, type AbsenceReason, type LeaveReason, type WorkerKind, workforceMoves } from './schema.js';
import type { MoveKind } from './workforce-rules.js';

/**
 * HR events in the database: starts and leaves (workforce_moves) and absence spells
 * (absence_spells). Reads give both as one kind of row, newest day first, so a person's record
 * and the organisation's list read the same way.
 */

export type HrEventKind = MoveKind | 'absence';
export type HrSource = 'entered' | 'imported';

/** One HR event as every reader sees it; the fields a kind does not have are null. */
export interface HrEventRow {
  id: string;
  personId: string;
  kind: HrEventKind;
  /** The day of a start or leave; an absence's first day. The list's sort key. */
  day: string;
  lastDay: string | null;
  workingDaysLost: number | null;
  workerKind: WorkerKind | null;
  leaveReason: LeaveReason | null;
  absenceReason: AbsenceReason | null;
  unitId: string | null;
  source: HrSource;
  recordedAt: Date;
}

export interface NewMove {
  personId: string;
  kind: MoveKind;
  on: string;
  unitId: string | null;
  workerKind: WorkerKind;
  leaveReason: LeaveReason | null;
}

export interface NewAbsence {
  personId: string;
  firstDay: string;
  lastDay: string;
  workingDaysLost: number;
  reason: AbsenceReason;
  unitId: string | null;
}

const moveColumns = {
  id: workforceMoves.id,
  personId: workforceMoves.personId,
  kind: workforceMoves.kind,
  day: workforceMoves.on,
  lastDay: sql<string | null>`null`,
  workingDaysLost: sql<number | null>`null`,
  workerKind: workforceMoves.workerKind,
  leaveReason: workforceMoves.leaveReason,
  absenceReason: sql<AbsenceReason | null>`null`,
  unitId: workforceMoves.unitId,
  source: workforceMoves.source,
  recordedAt: workforceMoves.recordedAt,
};

const absenceColumns = {
  id: absenceSpells.id,
  personId: absenceSpells.personId,
  kind: sql<'absence'>`'absence'`,
  day: absenceSpells.firstDay,
  lastDay: absenceSpells.lastDay,
  workingDaysLost: absenceSpells.workingDaysLost,
  workerKind: sql<WorkerKind | null>`null`,
  leaveReason: sql<LeaveReason | null>`null`,
  absenceReason: absenceSpells.reason,
  unitId: absenceSpells.unitId,
  source: absenceSpells.source,
  recordedAt: absenceSpells.recordedAt,
};

/** Newest day first, then newest id (UUIDv7 ids grow with time): the order of every list. */
const newestFirst = (a: HrEventRow, b: HrEventRow) => (a.day === b.day ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.day < b.day ? 1 : -1);

/** Both tables' rows for these conditions, each read already limited; merged newest first. */
async function readBoth(q: Queryable, moveWhere: SQL | undefined, absenceWhere: SQL | undefined, limit?: number): Promise<HrEventRow[]> {
  // one after another: q may be a transaction, which is one connection
  let moves = q.select(moveColumns).from(workforceMoves).where(moveWhere).orderBy(desc(workforceMoves.on), desc(workforceMoves.id)).$dynamic();
  let absences = q.select(absenceColumns).from(absenceSpells).where(absenceWhere).orderBy(desc(absenceSpells.firstDay), desc(absenceSpells.id)).$dynamic();
  if (limit !== undefined) {
    moves = moves.limit(limit);
    absences = absences.limit(limit);
  }
  const rows = [...((await moves) as HrEventRow[]), ...((await absences) as HrEventRow[])].sort(newestFirst);
  return limit === undefined ? rows : rows.slice(0, limit);
}

/** A person's HR events, newest first. A person's history is short, so it is read whole. */
export function hrEventsOfPerson(q: Queryable, orgId: string, personId: string): Promise<HrEventRow[]> {
  return readBoth(
    q,
    and(eq(workforceMoves.orgId, orgId), eq(workforceMoves.personId, personId)),
    and(eq(absenceSpells.orgId, orgId), eq(absenceSpells.personId, personId)),
  );
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The request's cursor for the period list, or a 422 naming `cursor` (a cursor of another list would reach SQL as a bad date). */
export function dayCursor(text: string | undefined): Cursor | undefined {
  const cursor = decodeCursor(text);
  if (cursor && !(DAY.test(cursor.key) && UUID.test(cursor.id))) throw invalid('cursor', 'not a cursor from this list: start again from the first page');
  return cursor;
}

/**
 * A page of the organisation's HR events in a period, newest day first: `limit` + 1 rows, so
 * the caller's pageOf can tell whether another page follows. Each table is read by its
 * (org, day) index from the cursor on, at most `limit` + 1 rows each, so a page costs the
 * same however many years of events there are.
 */
export function pageHrEvents(q: Queryable, orgId: string, period: { from?: string | undefined; to?: string | undefined }, after: Cursor | undefined, limit: number) {
  const before = (day: AnyPgColumn, id: AnyPgColumn) => (after ? sql`(${day}, ${id}) < (${after.key}::date, ${after.id}::uuid)` : undefined);
  return readBoth(
    q,
    and(
      eq(workforceMoves.orgId, orgId),
      period.from ? gte(workforceMoves.on, period.from) : undefined,
      period.to ? lte(workforceMoves.on, period.to) : undefined,
      before(workforceMoves.on, workforceMoves.id),
    ),
    and(
      eq(absenceSpells.orgId, orgId),
      // an absence is in the period when any of its days is
      period.from ? gte(absenceSpells.lastDay, period.from) : undefined,
      period.to ? lte(absenceSpells.firstDay, period.to) : undefined,
      before(absenceSpells.firstDay, absenceSpells.id),
    ),
    limit + 1,
  );
}

/** The starts and leaves of these people (all of them: a returner's history decides their dates). */
export async function movesOfPeople(q: Queryable, orgId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return q
    .select({ personId: workforceMoves.personId, kind: workforceMoves.kind, on: workforceMoves.on })
    .from(workforceMoves)
    .where(and(eq(workforceMoves.orgId, orgId), sql`${workforceMoves.personId} = ANY(${sql.param(personIds)}::uuid[])`));
}

/** Every start and leave of the organisation, for the import's checks (a few per person). */
export async function movesOfOrg(q: Queryable, orgId: string) {
  return q.select({ personId: workforceMoves.personId, kind: workforceMoves.kind, on: workforceMoves.on }).from(workforceMoves).where(eq(workforceMoves.orgId, orgId));
}

/** Every absence spell's days of the organisation, for the import's overlap check. */
export async function absenceDaysOfOrg(q: Queryable, orgId: string) {
  return q.select({ personId: absenceSpells.personId, firstDay: absenceSpells.firstDay, lastDay: absenceSpells.lastDay }).from(absenceSpells).where(eq(absenceSpells.orgId, orgId));
}

/** One person's absence spells' days, for the overlap check. */
export async function absenceDaysOfPerson(q: Queryable, orgId: string, personId: string) {
  return q
    .select({ firstDay: absenceSpells.firstDay, lastDay: absenceSpells.lastDay })
    .from(absenceSpells)
    .where(and(eq(absenceSpells.orgId, orgId), eq(absenceSpells.personId, personId)));
}

const array = (values: ReadonlyArray<string | number | null>, type: 'text' | 'uuid' | 'date' | 'numeric') => sql`${sql.param(values)}::${sql.raw(type)}[]`;

/** Adds starts and leaves in one statement (`unnest` arrays: one round trip however many); returns their ids. */
export async function insertMoves(q: Queryable, orgId: string, moves: readonly NewMove[], source: HrSource, recordedBy: string | null): Promise<string[]> {
  if (moves.length === 0) return [];
  const ids = moves.map(() => uuidv7());
  await q.execute(sql`
    INSERT INTO workforce_moves (org_id, id, person_id, kind, "on", unit_id, worker_kind, leave_reason, source, recorded_by_person_id)
    SELECT ${orgId}, u.id, u.person_id, u.kind, u.on, u.unit_id, u.worker_kind, u.leave_reason, ${source}, ${recordedBy}::uuid
    FROM unnest(
      ${array(ids, 'uuid')}, ${array(moves.map((m) => m.personId), 'uuid')}, ${array(moves.map((m) => m.kind), 'text')}, ${array(moves.map((m) => m.on), 'date')},
      ${array(moves.map((m) => m.unitId), 'uuid')}, ${array(moves.map((m) => m.workerKind), 'text')}, ${array(moves.map((m) => m.leaveReason), 'text')}
    ) AS u(id, person_id, kind, "on", unit_id, worker_kind, leave_reason)`);
  return ids;
}

/** Adds absence spells in one statement; returns their ids. */
export async function insertAbsences(q: Queryable, orgId: string, spells: readonly NewAbsence[], source: HrSource, recordedBy: string | null): Promise<string[]> {
  if (spells.length === 0) return [];
  const ids = spells.map(() => uuidv7());
  await q.execute(sql`
    INSERT INTO absence_spells (org_id, id, person_id, unit_id, first_day, last_day, working_days_lost, reason, source, recorded_by_person_id)
    SELECT ${orgId}, u.id, u.person_id, u.unit_id, u.first_day, u.last_day, u.working_days_lost, u.reason, ${source}, ${recordedBy}::uuid
    FROM unnest(
      ${array(ids, 'uuid')}, ${array(spells.map((s) => s.personId), 'uuid')}, ${array(spells.map((s) => s.unitId), 'uuid')}, ${array(spells.map((s) => s.firstDay), 'date')},
      ${array(spells.map((s) => s.lastDay), 'date')}, ${array(spells.map((s) => s.workingDaysLost), 'numeric')}, ${array(spells.map((s) => s.reason), 'text')}
    ) AS u(id, person_id, unit_id, first_day, last_day, working_days_lost, reason)`);
  return ids;
}

/** Removes one of a person's HR events, whichever table holds it; its kind, or undefined when the person has no such event. */
export async function deleteHrEvent(q: Queryable, orgId: string, personId: string, eventId: string): Promise<HrEventKind | undefined> {
  const [move] = await q
    .delete(workforceMoves)
    .where(and(eq(workforceMoves.orgId, orgId), eq(workforceMoves.personId, personId), eq(workforceMoves.id, eventId)))
    .returning({ kind: workforceMoves.kind });
  if (move) return move.kind;
  const [spell] = await q
    .delete(absenceSpells)
    .where(and(eq(absenceSpells.orgId, orgId), eq(absenceSpells.personId, personId), eq(absenceSpells.id, eventId)))
    .returning({ id: absenceSpells.id });
  return spell ? 'absence' : undefined;
}

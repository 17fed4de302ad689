import { and, asc, desc, eq, getTableColumns, inArray, lt, or, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { Cursor } from '../../platform/http/page.js';
import { exactTime, olderThan } from './keyset.js';
import { people } from '../people/schema.js';
import type { TCheckInAnswers } from './model.js';
import { checkIns, grants, reflections, wellbeingSpaces } from './schema.js';

/** Queries for check-ins, and the erase of a whole space. Callers pass the owner's own ids. */

export type CheckInRow = typeof checkIns.$inferSelect;

/**
 * Stores one check-in answered here (origin 'tend', the column's default; answers only: scores
 * are recomputed on every read) with the person's team as it is at that moment, read in the
 * same statement: one statement is atomic, so the team and the row agree without a transaction
 * around them.
 */
export async function addCheckIn(
  q: Queryable,
  orgId: string,
  personId: string,
  // submittedAt only for history loaded as it was (the demo's past months); otherwise now
  input: { instrumentId: string; instrumentVersion: string; answers: TCheckInAnswers; submittedOn: string; submittedAt?: Date },
): Promise<CheckInRow> {
  const unitNow = sql<string | null>`(select ${people.unitId} from ${people} where ${people.orgId} = ${orgId} and ${people.id} = ${personId})`;
  const [row] = await q
    .insert(checkIns)
    .values({ orgId, id: uuidv7(), personId, unitId: unitNow, ...input })
    .returning();
  return row!;
}

/** A past response brought in from another app: its answers, when it was answered, and where it came from. */
export interface ImportedCheckIn {
  instrumentId: string;
  instrumentVersion: string;
  answers: TCheckInAnswers;
  submittedOn: string;
  submittedAt: Date;
  importKey: string;
  importSource: string;
}

/**
 * Stores responses brought in, all in one statement, each with no unit: an answer given in
 * another app (perhaps before the person worked here) never counts for a team. One already
 * brought in (the same import key, say by a request running alongside) is skipped by the unique
 * index. Returns the rows stored.
 */
export async function addImportedCheckIns(q: Queryable, orgId: string, personId: string, rows: readonly ImportedCheckIn[], importedAt: Date): Promise<CheckInRow[]> {
  if (rows.length === 0) return [];
  return q
    .insert(checkIns)
    .values(rows.map((row) => ({ orgId, id: uuidv7(), personId, unitId: null, origin: 'imported' as const, importedAt, ...row })))
    .onConflictDoNothing({ target: [checkIns.orgId, checkIns.personId, checkIns.importKey] })
    .returning();
}

/** Which of these import keys the person already brought in, and when. */
export async function importedKeys(q: Queryable, orgId: string, personId: string, keys: readonly string[]): Promise<Map<string, Date>> {
  if (keys.length === 0) return new Map();
  const rows = await q
    .select({ key: checkIns.importKey, at: checkIns.importedAt })
    .from(checkIns)
    .where(and(eq(checkIns.orgId, orgId), eq(checkIns.personId, personId), inArray(checkIns.importKey, [...new Set(keys)])));
  return new Map(rows.map((r) => [r.key!, r.at!]));
}

/** The person's check-ins, newest first (optionally of one instrument only). */
export function listCheckIns(q: Queryable, orgId: string, personId: string, instrumentId?: string): Promise<CheckInRow[]> {
  return q
    .select()
    .from(checkIns)
    .where(and(eq(checkIns.orgId, orgId), eq(checkIns.personId, personId), instrumentId ? eq(checkIns.instrumentId, instrumentId) : undefined))
    .orderBy(desc(checkIns.submittedAt), desc(checkIns.id));
}

/**
 * One page of the person's check-ins, newest first: `limit + 1` rows after the cursor (the extra
 * row tells pageOf there is more), each with its exact time as the next cursor's key.
 */
export function pageCheckIns(q: Queryable, orgId: string, personId: string, page: { cursor: Cursor | undefined; limit: number }) {
  return q
    .select({ ...getTableColumns(checkIns), sortKey: exactTime(checkIns.submittedAt) })
    .from(checkIns)
    .where(and(eq(checkIns.orgId, orgId), eq(checkIns.personId, personId), olderThan(checkIns.submittedAt, checkIns.id, page.cursor)))
    .orderBy(desc(checkIns.submittedAt), desc(checkIns.id))
    .limit(page.limit + 1);
}

/** The latest check-in of each instrument the person used: one row per instrument, whatever the history's length. */
export function latestCheckInPerInstrument(q: Queryable, orgId: string, personId: string): Promise<CheckInRow[]> {
  return q
    .selectDistinctOn([checkIns.instrumentId])
    .from(checkIns)
    .where(and(eq(checkIns.orgId, orgId), eq(checkIns.personId, personId)))
    .orderBy(checkIns.instrumentId, desc(checkIns.submittedAt), desc(checkIns.id));
}

/**
 * How many check-ins the person has of each instrument they used, most used first (ties by id):
 * the overview's "Check in now" offers the one they come back to most. Brought-in ones count: they
 * show which questionnaire the person keeps choosing.
 */
export async function checkInCountsPerInstrument(q: Queryable, orgId: string, personId: string): Promise<Array<{ instrumentId: string; count: number }>> {
  const rows = await q
    .select({ instrumentId: checkIns.instrumentId, count: sql<number>`count(*)::int` })
    .from(checkIns)
    .where(and(eq(checkIns.orgId, orgId), eq(checkIns.personId, personId)))
    .groupBy(checkIns.instrumentId);
  return rows.sort((a, b) => b.count - a.count || a.instrumentId.localeCompare(b.instrumentId));
}

/** The same, oldest first: the order of a trend. */
export function checkInsOldestFirst(q: Queryable, orgId: string, personId: string, instrumentId?: string): Promise<CheckInRow[]> {
  return q
    .select()
    .from(checkIns)
    .where(and(eq(checkIns.orgId, orgId), eq(checkIns.personId, personId), instrumentId ? eq(checkIns.instrumentId, instrumentId) : undefined))
    .orderBy(asc(checkIns.submittedAt), asc(checkIns.id));
}

/** One of the person's own check-ins; undefined when they have none with this id. */
export async function findOwnCheckIn(q: Queryable, orgId: string, personId: string, id: string): Promise<CheckInRow | undefined> {
  const [row] = await q.select().from(checkIns).where(and(eq(checkIns.orgId, orgId), eq(checkIns.personId, personId), eq(checkIns.id, id)));
  return row;
}

/**
 * Deletes every well-being row of the person, for good: check-ins, space, reflections, and grants
 * they made or were given (a grant names both). Run in a transaction. Returns how many of each.
 */
export async function eraseSpace(q: Queryable, orgId: string, personId: string) {
  const grantRows = await q
    .delete(grants)
    .where(and(eq(grants.orgId, orgId), or(eq(grants.personId, personId), eq(grants.granteePersonId, personId))))
    .returning({ id: grants.id });
  const checkInRows = await q.delete(checkIns).where(and(eq(checkIns.orgId, orgId), eq(checkIns.personId, personId))).returning({ id: checkIns.id });
  const reflectionRows = await q
    .delete(reflections)
    .where(and(eq(reflections.orgId, orgId), eq(reflections.personId, personId)))
    .returning({ id: reflections.id });
  const spaceRows = await q
    .delete(wellbeingSpaces)
    .where(and(eq(wellbeingSpaces.orgId, orgId), eq(wellbeingSpaces.personId, personId)))
    .returning({ personId: wellbeingSpaces.personId });
  return { grants: grantRows.length, checkIns: checkInRows.length, reflections: reflectionRows.length, spaces: spaceRows.length };
}

/**
 * Deletes the organisation's check-ins submitted before `cutoff` (YYYY-MM-DD), imported ones too
 * (dated by when they were answered: the organisation keeps no answer longer, wherever it was
 * given; the import skips one that this would delete at once); returns how many.
 */
export async function deleteCheckInsBefore(q: Queryable, orgId: string, cutoff: string): Promise<number> {
  // grants of a single deleted check-in go with it (ON DELETE CASCADE): nothing points at nothing
  const rows = await q
    .delete(checkIns)
    .where(and(eq(checkIns.orgId, orgId), lt(checkIns.submittedOn, cutoff)))
    .returning({ id: checkIns.id });
  return rows.length;
}

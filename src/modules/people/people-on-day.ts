import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { people } from './schema.js';

/** A person as other modules need them to decide who is affected and who manages whom. */
export interface PersonPlace {
  id: string;
  unitId: string | null;
  managerId: string | null;
}

const place = { id: people.id, unitId: people.unitId, managerId: people.managerId };

/**
 * The people of a unit who worked there on `day` (started on or before it, not ended before it).
 * A person's unit is the one they have now: Tend keeps no history of moves between teams.
 */
export async function membersOnDay(q: Queryable, orgId: string, unitId: string, day: string): Promise<PersonPlace[]> {
  return q
    .select(place)
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        eq(people.unitId, unitId),
        or(isNull(people.startDate), lte(people.startDate, day)),
        or(isNull(people.endDate), gte(people.endDate, day)),
      ),
    );
}

/** These people of the organisation with their unit and line manager; ids of nobody here are left out. */
export async function placesOf(q: Queryable, orgId: string, ids: readonly string[]): Promise<PersonPlace[]> {
  if (ids.length === 0) return [];
  return q
    .select(place)
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, [...ids])));
}

/** The ids of the people `managerId` line-manages. */
export async function directReportIds(q: Queryable, orgId: string, managerId: string): Promise<string[]> {
  const rows = await q
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.managerId, managerId)));
  return rows.map((r) => r.id);
}

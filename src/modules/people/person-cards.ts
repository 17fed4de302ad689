import { and, asc, eq, gte, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { units } from '../units/schema.js';
import { people } from './schema.js';

/**
 * A person as other modules show them beside something they chose to share with colleagues (a
 * post, a peer-supporter entry): name, job title, team and kind of worker, and whether they have
 * left. No email, no manager: those stay with the professional record.
 */
export interface PersonCard {
  id: string;
  name: string;
  jobTitle: string | null;
  unitId: string | null;
  unitName: string | null;
  kind: 'employee' | 'volunteer' | 'contractor' | 'peer_worker';
  endDate: string | null;
}

/** Cards of the organisation's people, by name: those with these ids, and/or of this kind. Other organisations' ids are left out. */
export async function personCards(q: Queryable, orgId: string, filter: { ids?: readonly string[]; kind?: PersonCard['kind'] }): Promise<PersonCard[]> {
  const conditions: SQL[] = [eq(people.orgId, orgId)];
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    conditions.push(inArray(people.id, [...new Set(filter.ids)]));
  }
  if (filter.kind) conditions.push(eq(people.kind, filter.kind));
  return q
    .select({ id: people.id, name: people.name, jobTitle: people.jobTitle, unitId: people.unitId, unitName: units.name, kind: people.kind, endDate: people.endDate })
    .from(people)
    .leftJoin(units, and(eq(units.orgId, people.orgId), eq(units.id, people.unitId)))
    .where(and(...conditions))
    .orderBy(asc(people.name), asc(people.id));
}

/** Whether this person is anyone's line manager: they supervise someone, whatever their roles. */
export async function managesSomeone(q: Queryable, orgId: string, personId: string): Promise<boolean> {
  const [row] = await q
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.managerId, personId)))
    .limit(1);
  return row !== undefined;
}

/**
 * Up to `limit` current people (no end date, or one today or later) whose name matches: for
 * choosing a colleague to invite somewhere. Cards only (name, job title, team).
 */
export async function searchPersonCards(q: Queryable, orgId: string, search: string, today: string, limit: number): Promise<PersonCard[]> {
  const pattern = `%${search.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
  return q
    .select({ id: people.id, name: people.name, jobTitle: people.jobTitle, unitId: people.unitId, unitName: units.name, kind: people.kind, endDate: people.endDate })
    .from(people)
    .leftJoin(units, and(eq(units.orgId, people.orgId), eq(units.id, people.unitId)))
    .where(and(eq(people.orgId, orgId), ilike(people.name, pattern), or(isNull(people.endDate), gte(people.endDate, today))))
    .orderBy(asc(people.name), asc(people.id))
    .limit(limit);
}

import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { people } from './schema.js';

/**
 * Names of people by id in one query, for any page that shows who did something (deciders,
 * grantees, action owners). Ids from another organisation, and null ids, are simply left out.
 */
export async function namesOf(q: Queryable, orgId: string, ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  if (unique.length === 0) return new Map();
  const rows = await q
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, unique)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

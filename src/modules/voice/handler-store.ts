import { and, arrayContains, eq, inArray } from 'drizzle-orm';
import { accounts } from '../../platform/auth/schema.js';
import type { Queryable } from '../../platform/db/client.js';
import { people } from '../people/schema.js';
import type { TVoiceSettings } from './settings.js';

/**
 * Who handles concerns now, by name: the listed people who hold the org admin role on an
 * account that is not disabled, or every such admin when the list is empty. A listed person
 * without the role handles nothing (policy.ts), so they are not named here either.
 */
export async function handlersOf(q: Queryable, orgId: string, settings: TVoiceSettings) {
  const conditions = [eq(accounts.orgId, orgId), eq(accounts.disabled, false), arrayContains(accounts.roles, ['org_admin'])];
  if (settings.voiceHandlerIds.length > 0) conditions.push(inArray(accounts.personId, settings.voiceHandlerIds));
  return q
    .selectDistinct({ personId: people.id, name: people.name })
    .from(accounts)
    .innerJoin(people, and(eq(people.orgId, accounts.orgId), eq(people.id, accounts.personId)))
    .where(and(...conditions))
    .orderBy(people.name, people.id);
}

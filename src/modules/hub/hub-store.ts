import { and, asc, desc, eq, ilike, inArray, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { accounts } from '../../platform/auth/schema.js';
import { organisations } from '../../platform/tenancy/schema.js';
import { people } from '../people/schema.js';
import type { MembershipStatus } from './model.js';
import { hubConsents, hubMemberships } from './schema.js';

/** The hub and member organisation tables: reads and writes, no rules (membership-rules.ts, policy.ts). */

export type MembershipRow = typeof hubMemberships.$inferSelect;

/** One hub's membership of one organisation, locked for the step about to change it. */
export async function findMembership(q: Queryable, hubId: string, orgId: string, forUpdate = false): Promise<MembershipRow | undefined> {
  const query = q.select().from(hubMemberships).where(and(eq(hubMemberships.hubId, hubId), eq(hubMemberships.orgId, orgId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** A hub's member organisations with their names, by name. */
export async function listHubMemberships(q: Queryable, hubId: string) {
  return q
    .select({ membership: hubMemberships, orgName: organisations.name })
    .from(hubMemberships)
    .innerJoin(organisations, eq(organisations.id, hubMemberships.orgId))
    .where(eq(hubMemberships.hubId, hubId))
    .orderBy(asc(organisations.name), asc(hubMemberships.orgId));
}

/** An organisation's memberships of every hub that invited it, with each hub's name, newest invitation first. */
export async function listOrgMemberships(q: Queryable, orgId: string) {
  return q
    .select({ membership: hubMemberships, hubName: organisations.name })
    .from(hubMemberships)
    .innerJoin(organisations, eq(organisations.id, hubMemberships.hubId))
    .where(eq(hubMemberships.orgId, orgId))
    .orderBy(desc(hubMemberships.invitedAt), asc(hubMemberships.hubId));
}

/** How many hubs wait for this organisation's answer (its admins' Home task). */
export async function countOpenInvitations(q: Queryable, orgId: string): Promise<number> {
  const [row] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(hubMemberships)
    .where(and(eq(hubMemberships.orgId, orgId), eq(hubMemberships.status, 'invited')));
  return row?.n ?? 0;
}

/** A new invitation: a first one, or one after a decline or a revocation (which starts the membership afresh). */
export async function writeInvitation(q: Queryable, hubId: string, orgId: string, byPersonId: string, at: Date) {
  const fresh = { status: 'invited' as const, invitedAt: at, invitedByPersonId: byPersonId, decidedAt: null, decidedByPersonId: null, statementVersion: null, revokedAt: null, revokedByPersonId: null };
  await q
    .insert(hubMemberships)
    .values({ hubId, orgId, ...fresh })
    .onConflictDoUpdate({ target: [hubMemberships.hubId, hubMemberships.orgId], set: fresh });
}

/** The organisation's answer or revocation: the membership's standing, and the signed record beside it. */
export async function writeDecision(
  q: Queryable,
  input: { hubId: string; orgId: string; status: Exclude<MembershipStatus, 'invited' | 'withdrawn'>; personId: string; statementVersion: number | null; at: Date },
) {
  const where = and(eq(hubMemberships.hubId, input.hubId), eq(hubMemberships.orgId, input.orgId));
  if (input.status === 'revoked') {
    await q.update(hubMemberships).set({ status: 'revoked', revokedAt: input.at, revokedByPersonId: input.personId }).where(where);
  } else {
    await q
      .update(hubMemberships)
      .set({ status: input.status, decidedAt: input.at, decidedByPersonId: input.personId, statementVersion: input.statementVersion })
      .where(where);
  }
  await q.insert(hubConsents).values({
    hubId: input.hubId,
    id: uuidv7(),
    orgId: input.orgId,
    decision: input.status,
    statementVersion: input.statementVersion,
    personId: input.personId,
    at: input.at,
  });
}

/**
 * The hub takes back an unanswered invitation: nothing was signed, so nothing goes in
 * `hub_consents`; who did it and when is in both audit trails. A new invitation starts afresh.
 */
export async function writeWithdrawal(q: Queryable, hubId: string, orgId: string) {
  await q.update(hubMemberships).set({ status: 'withdrawn' }).where(and(eq(hubMemberships.hubId, hubId), eq(hubMemberships.orgId, orgId), eq(hubMemberships.status, 'invited')));
}

/** Installation organisations (never hubs) whose name contains `text`, by name, at most `limit`, with this hub's standing with each. */
export async function searchOrganisations(q: Queryable, hubId: string, text: string, limit = 20) {
  const pattern = `%${text.replaceAll(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return q
    .select({ id: organisations.id, name: organisations.name, status: hubMemberships.status })
    .from(organisations)
    .leftJoin(hubMemberships, and(eq(hubMemberships.hubId, hubId), eq(hubMemberships.orgId, organisations.id)))
    .where(and(eq(organisations.kind, 'organisation'), ilike(organisations.name, pattern)))
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(limit);
}

/** Is this id an organisation (not a hub, not nothing)? */
export async function isOrganisation(q: Queryable, orgId: string): Promise<boolean> {
  const [row] = await q.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, orgId));
  return row?.kind === 'organisation';
}

/** A hub tenant's name, or undefined when the id is no hub. */
export async function findHub(q: Queryable, hubId: string) {
  const [row] = await q.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).where(eq(organisations.id, hubId));
  return row?.kind === 'hub' ? { id: row.id, name: row.name } : undefined;
}

/**
 * A hub's people with accounts, by name: what its member organisations are told about who at the
 * hub reads their released figures (names and roles only), and the hub's own people page.
 */
export async function listHubPeople(q: Queryable, hubId: string) {
  return q
    .select({ personId: people.id, name: people.name, email: people.email, roles: accounts.roles, disabled: accounts.disabled, invited: sql<boolean>`${accounts.passwordHash} IS NULL` })
    .from(people)
    .innerJoin(accounts, and(eq(accounts.orgId, people.orgId), eq(accounts.personId, people.id)))
    .where(eq(people.orgId, hubId))
    .orderBy(asc(people.name), asc(people.id));
}

/** Names of people of one tenant, by id (who invited, who signed). */
export async function namesIn(q: Queryable, tenantId: string, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await q
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.orgId, tenantId), inArray(people.id, wanted)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

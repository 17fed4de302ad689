import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { GrantScope } from './model.js';
import { grants } from './schema.js';

/** Queries for grants: what an owner shared, with whom, until when. */

export type GrantRow = typeof grants.$inferSelect;

/** Creates a grant; the caller has checked the grantee, the scope's check-in and the expiry. */
export async function addGrant(
  q: Queryable,
  orgId: string,
  personId: string,
  input: { granteePersonId: string; scope: GrantScope; checkInId: string | null; expiresAt: Date },
): Promise<GrantRow> {
  const [row] = await q
    .insert(grants)
    .values({ orgId, id: uuidv7(), personId, ...input })
    .returning();
  return row!;
}

/** Every grant the owner made, newest first. */
export function grantsByOwner(q: Queryable, orgId: string, personId: string): Promise<GrantRow[]> {
  return q
    .select()
    .from(grants)
    .where(and(eq(grants.orgId, orgId), eq(grants.personId, personId)))
    .orderBy(desc(grants.createdAt), desc(grants.id));
}

/** Revokes the owner's own grant (once: revoking again keeps the first time); undefined when not theirs. */
export async function revokeGrant(q: Queryable, orgId: string, personId: string, id: string): Promise<GrantRow | undefined> {
  const [row] = await q.select().from(grants).where(and(eq(grants.orgId, orgId), eq(grants.personId, personId), eq(grants.id, id)));
  if (!row || row.revokedAt) return row;
  const [revoked] = await q
    .update(grants)
    .set({ revokedAt: new Date() })
    .where(and(eq(grants.orgId, orgId), eq(grants.id, id)))
    .returning();
  return revoked;
}

/** Grants to this grantee that are in force now (not revoked, not expired), newest first. */
export function activeGrantsTo(q: Queryable, orgId: string, granteePersonId: string, now = new Date()): Promise<GrantRow[]> {
  return q
    .select()
    .from(grants)
    .where(and(eq(grants.orgId, orgId), eq(grants.granteePersonId, granteePersonId), isNull(grants.revokedAt), gt(grants.expiresAt, now)))
    .orderBy(desc(grants.createdAt), desc(grants.id));
}

/** One grant to this grantee that is in force now; undefined when expired, revoked or not theirs. */
export async function activeGrantTo(q: Queryable, orgId: string, granteePersonId: string, id: string, now = new Date()): Promise<GrantRow | undefined> {
  const [row] = await q
    .select()
    .from(grants)
    .where(and(eq(grants.orgId, orgId), eq(grants.id, id), eq(grants.granteePersonId, granteePersonId), isNull(grants.revokedAt), gt(grants.expiresAt, now)));
  return row;
}

import { and, desc, eq, getTableColumns, gt, inArray, isNull, sql } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/schema.js';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { Cursor } from '../../platform/http/page.js';
import { exactTime, olderThan } from './keyset.js';
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

/** One page of the owner's grants, newest first: `limit + 1` rows after the cursor, each with its exact time as the cursor key. */
export function pageGrantsByOwner(q: Queryable, orgId: string, personId: string, page: { cursor: Cursor | undefined; limit: number }) {
  return q
    .select({ ...getTableColumns(grants), sortKey: exactTime(grants.createdAt) })
    .from(grants)
    .where(and(eq(grants.orgId, orgId), eq(grants.personId, personId), olderThan(grants.createdAt, grants.id, page.cursor)))
    .orderBy(desc(grants.createdAt), desc(grants.id))
    .limit(page.limit + 1);
}

/** One grant of the organisation, whoever made it or received it; the caller's policy decides who may see it. */
export async function findGrant(q: Queryable, orgId: string, id: string): Promise<GrantRow | undefined> {
  const [row] = await q.select().from(grants).where(and(eq(grants.orgId, orgId), eq(grants.id, id)));
  return row;
}

/** Marks a grant revoked now, unless it already was (the first time is kept); returns it as it is then. */
export async function markRevoked(q: Queryable, grant: GrantRow): Promise<GrantRow> {
  if (grant.revokedAt) return grant;
  const [revoked] = await q
    .update(grants)
    .set({ revokedAt: new Date() })
    .where(and(eq(grants.orgId, grant.orgId), eq(grants.id, grant.id), isNull(grants.revokedAt)))
    .returning();
  // revoked meanwhile by a second request: read back the time that one kept
  return revoked ?? (await findGrant(q, grant.orgId, grant.id)) ?? grant;
}

/** Grants to this grantee that are in force now (not revoked, not expired), newest first. */
export function activeGrantsTo(q: Queryable, orgId: string, granteePersonId: string, now = new Date()): Promise<GrantRow[]> {
  return q
    .select()
    .from(grants)
    .where(and(eq(grants.orgId, orgId), eq(grants.granteePersonId, granteePersonId), isNull(grants.revokedAt), gt(grants.expiresAt, now)))
    .orderBy(desc(grants.createdAt), desc(grants.id));
}

/**
 * Of these grants to `granteePersonId`, the ids they have opened at least once: each opening is
 * the "shared-read" event already written to the owner's access log, so nothing new is kept.
 */
export async function grantsOpenedBy(q: Queryable, orgId: string, granteePersonId: string, grantRows: readonly GrantRow[]): Promise<Set<string>> {
  if (grantRows.length === 0) return new Set();
  const owners = [...new Set(grantRows.map((g) => g.personId))];
  const rows = await q
    .selectDistinct({ grantId: sql<string>`${auditEvents.data}->>'grantId'` })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.orgId, orgId),
        inArray(auditEvents.subjectPersonId, owners),
        eq(auditEvents.type, 'wellbeing.shared-read'),
        eq(auditEvents.actorPersonId, granteePersonId),
        inArray(sql`${auditEvents.data}->>'grantId'`, grantRows.map((g) => g.id)),
      ),
    );
  return new Set(rows.map((r) => r.grantId));
}

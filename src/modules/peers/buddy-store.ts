import { and, desc, eq, inArray, or } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { PairingStatus } from './model.js';
import { buddyOpenness, buddyPairings } from './schema.js';

/** Queries for peer buddies. A pairing is read only by the two in it: callers pass their own id. */

export type PairingRow = typeof buddyPairings.$inferSelect;
export type OpennessRow = typeof buddyOpenness.$inferSelect;

export async function opennessOf(q: Queryable, orgId: string, personId: string): Promise<OpennessRow | undefined> {
  const [row] = await q.select().from(buddyOpenness).where(and(eq(buddyOpenness.orgId, orgId), eq(buddyOpenness.personId, personId)));
  return row;
}

export async function setOpenness(q: Queryable, orgId: string, personId: string, input: { open: boolean; note: string | null }): Promise<OpennessRow> {
  const set = { open: input.open, note: input.note, updatedAt: new Date() };
  const [row] = await q
    .insert(buddyOpenness)
    .values({ orgId, personId, ...set })
    .onConflictDoUpdate({ target: [buddyOpenness.orgId, buddyOpenness.personId], set })
    .returning();
  return row!;
}

/** Everyone of the organisation who is open to a buddy, longest-waiting first. */
export function openPeople(q: Queryable, orgId: string): Promise<OpennessRow[]> {
  return q
    .select()
    .from(buddyOpenness)
    .where(and(eq(buddyOpenness.orgId, orgId), eq(buddyOpenness.open, true)))
    .orderBy(buddyOpenness.updatedAt);
}

/** The person's pairings (asked of them, asked by them, active and finished), newest first. */
export function pairingsOf(q: Queryable, orgId: string, personId: string): Promise<PairingRow[]> {
  return q
    .select()
    .from(buddyPairings)
    .where(and(eq(buddyPairings.orgId, orgId), or(eq(buddyPairings.requesterId, personId), eq(buddyPairings.partnerId, personId))))
    .orderBy(desc(buddyPairings.createdAt), desc(buddyPairings.id));
}

/** The ids of people the person has an open request or active pairing with. */
export async function currentBuddyIds(q: Queryable, orgId: string, personId: string): Promise<Set<string>> {
  const rows = await q
    .select({ requesterId: buddyPairings.requesterId, partnerId: buddyPairings.partnerId })
    .from(buddyPairings)
    .where(
      and(
        eq(buddyPairings.orgId, orgId),
        or(eq(buddyPairings.requesterId, personId), eq(buddyPairings.partnerId, personId)),
        inArray(buddyPairings.status, ['asked', 'active']),
      ),
    );
  return new Set(rows.map((r) => (r.requesterId === personId ? r.partnerId : r.requesterId)));
}

export async function findPairing(q: Queryable, orgId: string, id: string): Promise<PairingRow | undefined> {
  const [row] = await q.select().from(buddyPairings).where(and(eq(buddyPairings.orgId, orgId), eq(buddyPairings.id, id)));
  return row;
}

export async function insertPairing(q: Queryable, orgId: string, input: { requesterId: string; partnerId: string; message: string | null }): Promise<PairingRow> {
  const [row] = await q.insert(buddyPairings).values({ orgId, id: uuidv7(), ...input, status: 'asked' }).returning();
  return row!;
}

export async function movePairing(q: Queryable, orgId: string, id: string, status: PairingStatus): Promise<PairingRow> {
  const now = new Date();
  const [row] = await q
    .update(buddyPairings)
    .set(status === 'active' ? { status, agreedAt: now } : { status, closedAt: now })
    .where(and(eq(buddyPairings.orgId, orgId), eq(buddyPairings.id, id)))
    .returning();
  return row!;
}

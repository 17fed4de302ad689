import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { peerSupporters } from './schema.js';

/** Each person's own choice about the list of peer supporters. */

export type SupporterRow = typeof peerSupporters.$inferSelect;

/** Every choice made in the organisation (listed or not), for building the list. */
export function supporterChoices(q: Queryable, orgId: string): Promise<SupporterRow[]> {
  return q.select().from(peerSupporters).where(eq(peerSupporters.orgId, orgId));
}

export async function supporterChoiceOf(q: Queryable, orgId: string, personId: string): Promise<SupporterRow | undefined> {
  const [row] = await q.select().from(peerSupporters).where(and(eq(peerSupporters.orgId, orgId), eq(peerSupporters.personId, personId)));
  return row;
}

export async function setSupporterChoice(q: Queryable, orgId: string, personId: string, input: { listed: boolean; contactNote: string | null }): Promise<SupporterRow> {
  const set = { listed: input.listed, contactNote: input.contactNote, updatedAt: new Date() };
  const [row] = await q
    .insert(peerSupporters)
    .values({ orgId, personId, ...set })
    .onConflictDoUpdate({ target: [peerSupporters.orgId, peerSupporters.personId], set })
    .returning();
  return row!;
}

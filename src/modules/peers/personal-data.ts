import { z } from '@hono/zod-openapi';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { personCards } from '../people/person-cards.js';
import { buddyOpenness, buddyPairings, communities, communityMembers, communityPosts, meetingNotes, peerSupporters, postReports, supervisionSelfRatings } from './schema.js';

/**
 * A person's own peer-support data, for their export and their erasure: what they wrote and chose.
 * Other people's posts and notes in the same communities are theirs, not this person's: they stay
 * out of the export and survive the erasure. A pairing belongs to both: erasing either ends it.
 */

const at = (d: Date | null) => (d ? d.toISOString() : null);

export const ZPeersPersonalData = z.object({
  communities: z.array(z.object({ communityId: z.string(), name: z.string(), status: z.enum(['invited', 'member']), isStarter: z.boolean(), joinedAt: z.string().nullable() })),
  posts: z.array(z.object({ id: z.string(), community: z.string(), replyTo: z.string().nullable(), body: z.string(), createdAt: z.string(), hidden: z.boolean() })),
  postReports: z.array(z.object({ postId: z.string(), reason: z.string().nullable(), createdAt: z.string() })),
  meetingNotes: z.array(z.object({ id: z.string(), community: z.string(), metOn: z.string(), body: z.string(), createdAt: z.string() })),
  buddyOpenness: z.object({ open: z.boolean(), note: z.string().nullable() }).nullable(),
  buddyPairings: z.array(
    z.object({ id: z.string(), buddy: z.string(), iAsked: z.boolean(), status: z.string(), message: z.string().nullable(), createdAt: z.string(), agreedAt: z.string().nullable(), closedAt: z.string().nullable() }),
  ),
  peerSupporter: z.object({ listed: z.boolean(), contactNote: z.string().nullable() }).nullable(),
  supervisionSelfRatings: z.array(z.object({ id: z.string(), packId: z.string(), packVersion: z.string(), answers: z.record(z.string(), z.number().nullable()), ratedAt: z.string() })),
});
export type TPeersPersonalData = z.infer<typeof ZPeersPersonalData>;

/** Everything of the person's own in peer support, JSON-ready (ZPeersPersonalData). */
export async function exportPeersData(q: Queryable, orgId: string, personId: string): Promise<TPeersPersonalData> {
  const [memberships, posts, reports, notes, openness, pairings, supporter, ratings] = await Promise.all([
    q.select().from(communityMembers).where(and(eq(communityMembers.orgId, orgId), eq(communityMembers.personId, personId))),
    q.select().from(communityPosts).where(and(eq(communityPosts.orgId, orgId), eq(communityPosts.authorId, personId))).orderBy(communityPosts.createdAt),
    q.select().from(postReports).where(and(eq(postReports.orgId, orgId), eq(postReports.reporterId, personId))),
    q.select().from(meetingNotes).where(and(eq(meetingNotes.orgId, orgId), eq(meetingNotes.authorId, personId))).orderBy(meetingNotes.metOn),
    q.select().from(buddyOpenness).where(and(eq(buddyOpenness.orgId, orgId), eq(buddyOpenness.personId, personId))),
    q.select().from(buddyPairings).where(and(eq(buddyPairings.orgId, orgId), or(eq(buddyPairings.requesterId, personId), eq(buddyPairings.partnerId, personId)))).orderBy(buddyPairings.createdAt),
    q.select().from(peerSupporters).where(and(eq(peerSupporters.orgId, orgId), eq(peerSupporters.personId, personId))),
    q.select().from(supervisionSelfRatings).where(and(eq(supervisionSelfRatings.orgId, orgId), eq(supervisionSelfRatings.personId, personId))).orderBy(supervisionSelfRatings.ratedAt),
  ]);
  const communityIds = [...new Set([...memberships.map((m) => m.communityId), ...posts.map((p) => p.communityId), ...notes.map((n) => n.communityId)])];
  const names = new Map(
    communityIds.length === 0 ? [] : (await q.select({ id: communities.id, name: communities.name }).from(communities).where(and(eq(communities.orgId, orgId), inArray(communities.id, communityIds)))).map((c) => [c.id, c.name]),
  );
  const buddies = new Map((await personCards(q, orgId, { ids: pairings.map((p) => (p.requesterId === personId ? p.partnerId : p.requesterId)) })).map((p) => [p.id, p.name]));
  return {
    communities: memberships.map((m) => ({ communityId: m.communityId, name: names.get(m.communityId) ?? '', status: m.status, isStarter: m.isStarter, joinedAt: at(m.joinedAt) })),
    posts: posts.map((p) => ({ id: p.id, community: names.get(p.communityId) ?? '', replyTo: p.replyTo, body: p.body, createdAt: p.createdAt.toISOString(), hidden: p.hiddenAt !== null })),
    postReports: reports.map((r) => ({ postId: r.postId, reason: r.reason, createdAt: r.createdAt.toISOString() })),
    meetingNotes: notes.map((n) => ({ id: n.id, community: names.get(n.communityId) ?? '', metOn: n.metOn, body: n.body, createdAt: n.createdAt.toISOString() })),
    buddyOpenness: openness[0] ? { open: openness[0].open, note: openness[0].note } : null,
    buddyPairings: pairings.map((p) => {
      const other = p.requesterId === personId ? p.partnerId : p.requesterId;
      return { id: p.id, buddy: buddies.get(other) ?? '', iAsked: p.requesterId === personId, status: p.status, message: p.message, createdAt: p.createdAt.toISOString(), agreedAt: at(p.agreedAt), closedAt: at(p.closedAt) };
    }),
    peerSupporter: supporter[0] ? { listed: supporter[0].listed, contactNote: supporter[0].contactNote } : null,
    supervisionSelfRatings: ratings.map((r) => ({ id: r.id, packId: r.packId, packVersion: r.packVersion, answers: r.answers as Record<string, number | null>, ratedAt: r.ratedAt.toISOString() })),
  };
}

/**
 * Deletes what the person owns in peer support and returns how many rows went, by kind. Others'
 * replies to their posts stay (they no longer point at anything); communities they started stay
 * with their members, no longer naming their starter.
 */
export async function erasePeersData(q: Queryable, orgId: string, personId: string): Promise<Record<string, number>> {
  const count = async (rows: Promise<unknown[]>) => (await rows).length;
  const postReportsGone = await count(q.delete(postReports).where(and(eq(postReports.orgId, orgId), eq(postReports.reporterId, personId))).returning({ id: postReports.postId }));
  const posts = await count(q.delete(communityPosts).where(and(eq(communityPosts.orgId, orgId), eq(communityPosts.authorId, personId))).returning({ id: communityPosts.id }));
  const notes = await count(q.delete(meetingNotes).where(and(eq(meetingNotes.orgId, orgId), eq(meetingNotes.authorId, personId))).returning({ id: meetingNotes.id }));
  const memberships = await count(q.delete(communityMembers).where(and(eq(communityMembers.orgId, orgId), eq(communityMembers.personId, personId))).returning({ id: communityMembers.communityId }));
  await q.update(communities).set({ startedBy: null }).where(and(eq(communities.orgId, orgId), eq(communities.startedBy, personId)));
  const pairings = await count(
    q.delete(buddyPairings).where(and(eq(buddyPairings.orgId, orgId), or(eq(buddyPairings.requesterId, personId), eq(buddyPairings.partnerId, personId)))).returning({ id: buddyPairings.id }),
  );
  const openness = await count(q.delete(buddyOpenness).where(and(eq(buddyOpenness.orgId, orgId), eq(buddyOpenness.personId, personId))).returning({ id: buddyOpenness.personId }));
  const supporter = await count(q.delete(peerSupporters).where(and(eq(peerSupporters.orgId, orgId), eq(peerSupporters.personId, personId))).returning({ id: peerSupporters.personId }));
  const selfRatings = await count(
    q.delete(supervisionSelfRatings).where(and(eq(supervisionSelfRatings.orgId, orgId), eq(supervisionSelfRatings.personId, personId))).returning({ id: supervisionSelfRatings.id }),
  );
  return { postReports: postReportsGone, posts, meetingNotes: notes, communityMemberships: memberships, buddyPairings: pairings, buddyOpenness: openness, peerSupporter: supporter, supervisionSelfRatings: selfRatings };
}

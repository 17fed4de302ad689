import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { CommunityRef } from './policy.js';
import { communities, communityMembers, communityPosts, meetingNotes, postReports } from './schema.js';

/** Queries for communities of practice. Callers authorise first (policy.ts); every query names the organisation. */

export type CommunityRow = typeof communities.$inferSelect;
export type MemberRow = typeof communityMembers.$inferSelect;
export type PostRow = typeof communityPosts.$inferSelect;
export type NoteRow = typeof meetingNotes.$inferSelect;

/** The organisation's communities by name, each with the person's own place in it (null: none). */
export async function listCommunities(q: Queryable, orgId: string, personId: string) {
  return q
    .select({ community: communities, status: communityMembers.status, isStarter: communityMembers.isStarter })
    .from(communities)
    .leftJoin(communityMembers, and(eq(communityMembers.orgId, communities.orgId), eq(communityMembers.communityId, communities.id), eq(communityMembers.personId, personId)))
    .where(eq(communities.orgId, orgId))
    .orderBy(asc(communities.name), asc(communities.id));
}

/** One community with the person's place in it (as the policy reads it), or undefined. */
export async function findCommunity(q: Queryable, orgId: string, id: string, personId: string): Promise<{ community: CommunityRow; ref: CommunityRef } | undefined> {
  const [row] = await q
    .select({ community: communities, status: communityMembers.status, isStarter: communityMembers.isStarter })
    .from(communities)
    .leftJoin(communityMembers, and(eq(communityMembers.orgId, communities.orgId), eq(communityMembers.communityId, communities.id), eq(communityMembers.personId, personId)))
    .where(and(eq(communities.orgId, orgId), eq(communities.id, id)));
  if (!row) return undefined;
  const membership = row.status ? { status: row.status, isStarter: row.isStarter ?? false } : null;
  return { community: row.community, ref: { orgId, membership } };
}

/** Starts a community with its starter as its first member; returns its id. */
export async function insertCommunity(q: Queryable, orgId: string, input: { name: string; purpose: string }, starterId: string): Promise<string> {
  const id = uuidv7();
  await q.insert(communities).values({ orgId, id, name: input.name, purpose: input.purpose, startedBy: starterId });
  await q.insert(communityMembers).values({ orgId, communityId: id, personId: starterId, status: 'member', isStarter: true, joinedAt: new Date() });
  return id;
}

/** Makes the person a member (accepting an invitation, or joining on their own). */
export async function joinCommunity(q: Queryable, orgId: string, communityId: string, personId: string): Promise<void> {
  const now = new Date();
  await q
    .insert(communityMembers)
    .values({ orgId, communityId, personId, status: 'member', joinedAt: now })
    .onConflictDoUpdate({ target: [communityMembers.orgId, communityMembers.communityId, communityMembers.personId], set: { status: 'member', joinedAt: now } });
}

/** Invites a person unless they are already invited or a member; true when a new invitation was made. */
export async function inviteToCommunity(q: Queryable, orgId: string, communityId: string, personId: string, invitedBy: string): Promise<boolean> {
  const rows = await q.insert(communityMembers).values({ orgId, communityId, personId, status: 'invited', invitedBy }).onConflictDoNothing().returning({ personId: communityMembers.personId });
  return rows.length > 0;
}

/** Removes the person's membership or invitation. */
export async function leaveCommunity(q: Queryable, orgId: string, communityId: string, personId: string): Promise<void> {
  await q.delete(communityMembers).where(and(eq(communityMembers.orgId, orgId), eq(communityMembers.communityId, communityId), eq(communityMembers.personId, personId)));
}

/** The members (not the invited) of a community. */
export function membersOf(q: Queryable, orgId: string, communityId: string): Promise<MemberRow[]> {
  return q
    .select()
    .from(communityMembers)
    .where(and(eq(communityMembers.orgId, orgId), eq(communityMembers.communityId, communityId), eq(communityMembers.status, 'member')))
    .orderBy(asc(communityMembers.joinedAt));
}

/** Every post of the board, oldest first, with whether anyone reported it. */
export async function postsOf(q: Queryable, orgId: string, communityId: string) {
  return q
    .select({
      post: communityPosts,
      reported: sql<boolean>`EXISTS (SELECT 1 FROM ${postReports} WHERE ${postReports.orgId} = ${communityPosts.orgId} AND ${postReports.postId} = ${communityPosts.id})`,
    })
    .from(communityPosts)
    .where(and(eq(communityPosts.orgId, orgId), eq(communityPosts.communityId, communityId)))
    .orderBy(asc(communityPosts.createdAt), asc(communityPosts.id));
}

/** One post of this community, or undefined. */
export async function findPost(q: Queryable, orgId: string, communityId: string, postId: string): Promise<PostRow | undefined> {
  const [row] = await q
    .select()
    .from(communityPosts)
    .where(and(eq(communityPosts.orgId, orgId), eq(communityPosts.communityId, communityId), eq(communityPosts.id, postId)));
  return row;
}

export async function insertPost(q: Queryable, orgId: string, communityId: string, authorId: string, input: { body: string; replyTo: string | null }): Promise<PostRow> {
  const [row] = await q.insert(communityPosts).values({ orgId, id: uuidv7(), communityId, authorId, body: input.body, replyTo: input.replyTo }).returning();
  return row!;
}

/** Records a member's report of a post (once per member). */
export async function reportPost(q: Queryable, orgId: string, postId: string, reporterId: string, reason: string | null): Promise<void> {
  await q.insert(postReports).values({ orgId, postId, reporterId, reason }).onConflictDoUpdate({ target: [postReports.orgId, postReports.postId, postReports.reporterId], set: { reason } });
}

/** Hides a post (or shows it again); returns it. */
export async function setPostHidden(q: Queryable, orgId: string, postId: string, hidden: boolean, by: string): Promise<PostRow> {
  const [row] = await q
    .update(communityPosts)
    .set(hidden ? { hiddenAt: new Date(), hiddenBy: by } : { hiddenAt: null, hiddenBy: null })
    .where(and(eq(communityPosts.orgId, orgId), eq(communityPosts.id, postId)))
    .returning();
  return row!;
}

export function notesOf(q: Queryable, orgId: string, communityId: string): Promise<NoteRow[]> {
  return q
    .select()
    .from(meetingNotes)
    .where(and(eq(meetingNotes.orgId, orgId), eq(meetingNotes.communityId, communityId)))
    .orderBy(desc(meetingNotes.metOn), desc(meetingNotes.id));
}

export async function insertNote(q: Queryable, orgId: string, communityId: string, authorId: string, input: { metOn: string; body: string }): Promise<NoteRow> {
  const [row] = await q.insert(meetingNotes).values({ orgId, id: uuidv7(), communityId, authorId, metOn: input.metOn, body: input.body }).returning();
  return row!;
}

/** Whether a reply target is a top-level post of this community (replies are one level deep). */
export async function isTopLevelPost(q: Queryable, orgId: string, communityId: string, postId: string): Promise<boolean> {
  const [row] = await q
    .select({ id: communityPosts.id })
    .from(communityPosts)
    .where(and(eq(communityPosts.orgId, orgId), eq(communityPosts.communityId, communityId), eq(communityPosts.id, postId), isNull(communityPosts.replyTo)));
  return row !== undefined;
}

/** Communities by id, for naming them in a person's export. */
export function communitiesByIds(q: Queryable, orgId: string, ids: readonly string[]): Promise<CommunityRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return q.select().from(communities).where(and(eq(communities.orgId, orgId), inArray(communities.id, [...ids])));
}

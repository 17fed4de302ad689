import { and, desc, eq, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { people } from '../people/schema.js';
import type { TAnnouncementInput } from './model.js';
import { voiceAnnouncementReads, voiceAnnouncements } from './schema.js';

/** The most announcements one page shows: the newest. */
export const ANNOUNCEMENT_LIST_LIMIT = 100;

/** Publishes an announcement; returns its id. */
export async function insertAnnouncement(q: Queryable, orgId: string, input: TAnnouncementInput, publishedBy: string): Promise<string> {
  const id = uuidv7();
  await q.insert(voiceAnnouncements).values({ orgId, id, ...input, publishedBy });
  return id;
}

/** The organisation's announcements, newest first, each saying whether this person marked it read. */
export async function listAnnouncements(q: Queryable, orgId: string, personId: string) {
  return q
    .select({
      id: voiceAnnouncements.id,
      kind: voiceAnnouncements.kind,
      title: voiceAnnouncements.title,
      body: voiceAnnouncements.body,
      asksRead: voiceAnnouncements.asksRead,
      publishedAt: voiceAnnouncements.publishedAt,
      publishedByName: people.name,
      readByMe: sql<boolean>`EXISTS (SELECT 1 FROM ${voiceAnnouncementReads} r WHERE r.org_id = ${voiceAnnouncements.orgId} AND r.announcement_id = ${voiceAnnouncements.id} AND r.person_id = ${personId})`,
    })
    .from(voiceAnnouncements)
    .leftJoin(people, and(eq(people.orgId, voiceAnnouncements.orgId), eq(people.id, voiceAnnouncements.publishedBy)))
    .where(eq(voiceAnnouncements.orgId, orgId))
    .orderBy(desc(voiceAnnouncements.publishedAt), desc(voiceAnnouncements.id))
    .limit(ANNOUNCEMENT_LIST_LIMIT);
}

/** One announcement of the organisation, or undefined. */
export async function findAnnouncement(q: Queryable, orgId: string, id: string) {
  const [row] = await q
    .select({ id: voiceAnnouncements.id, title: voiceAnnouncements.title, asksRead: voiceAnnouncements.asksRead })
    .from(voiceAnnouncements)
    .where(and(eq(voiceAnnouncements.orgId, orgId), eq(voiceAnnouncements.id, id)));
  return row;
}

/** Marks it read by this person (once; again is a no-op). */
export async function markRead(q: Queryable, orgId: string, announcementId: string, personId: string): Promise<void> {
  await q.insert(voiceAnnouncementReads).values({ orgId, announcementId, personId }).onConflictDoNothing();
}

/** Takes this person's "I have read this" back. */
export async function unmarkRead(q: Queryable, orgId: string, announcementId: string, personId: string): Promise<void> {
  await q
    .delete(voiceAnnouncementReads)
    .where(and(eq(voiceAnnouncementReads.orgId, orgId), eq(voiceAnnouncementReads.announcementId, announcementId), eq(voiceAnnouncementReads.personId, personId)));
}

/** Who marked it read, with the unit each is in now: only ever handed to the privacy gate. */
export async function readersForGate(q: Queryable, orgId: string, announcementId: string) {
  return q
    .select({ personId: voiceAnnouncementReads.personId, unitId: people.unitId })
    .from(voiceAnnouncementReads)
    .innerJoin(people, and(eq(people.orgId, voiceAnnouncementReads.orgId), eq(people.id, voiceAnnouncementReads.personId)))
    .where(and(eq(voiceAnnouncementReads.orgId, orgId), eq(voiceAnnouncementReads.announcementId, announcementId)));
}

/** The announcements one person marked read (their own record). */
export async function readsOf(q: Queryable, orgId: string, personId: string) {
  return q
    .select({ announcementId: voiceAnnouncements.id, title: voiceAnnouncements.title })
    .from(voiceAnnouncementReads)
    .innerJoin(voiceAnnouncements, and(eq(voiceAnnouncements.orgId, voiceAnnouncementReads.orgId), eq(voiceAnnouncements.id, voiceAnnouncementReads.announcementId)))
    .where(and(eq(voiceAnnouncementReads.orgId, orgId), eq(voiceAnnouncementReads.personId, personId)))
    .orderBy(voiceAnnouncements.title);
}

/** Deletes one person's reads; returns how many. */
export async function deleteReadsOf(q: Queryable, orgId: string, personId: string): Promise<number> {
  const gone = await q
    .delete(voiceAnnouncementReads)
    .where(and(eq(voiceAnnouncementReads.orgId, orgId), eq(voiceAnnouncementReads.personId, personId)))
    .returning({ personId: voiceAnnouncementReads.personId });
  return gone.length;
}

import { z } from '@hono/zod-openapi';
import type { Queryable } from '../../platform/db/client.js';
import { deleteReadsOf, readsOf } from './announcement-store.js';
import { deleteNamedConcernsOf, namedConcernsOf } from './concern-store.js';
import { ZConcern, presentConcern } from './present.js';

/**
 * A person's own staff-voice data, for their export and erasure: the concerns they raised by
 * name (with where each stands) and the announcements they marked read. Anonymous concerns are
 * no one's: nothing ties them to anybody, so they can be neither exported nor erased as theirs.
 */
export const ZVoicePersonalData = z
  .object({
    namedConcerns: z.array(ZConcern.extend({ raisedAt: z.string() })),
    announcementsRead: z.array(z.object({ announcementId: z.uuid(), title: z.string() })),
  })
  .openapi('VoicePersonalData');
export type TVoicePersonalData = z.infer<typeof ZVoicePersonalData>;

/** Everything of the person's own in staff voice, JSON-ready. */
export async function exportVoiceData(q: Queryable, orgId: string, personId: string): Promise<TVoicePersonalData> {
  const concerns = await namedConcernsOf(q, orgId, personId);
  const reads = await readsOf(q, orgId, personId);
  return {
    namedConcerns: concerns.map((c) => ({ ...presentConcern(c), raisedAt: c.raisedAt.toISOString() })),
    announcementsRead: reads.map((r) => ({ announcementId: r.announcementId, title: r.title })),
  };
}

/** Deletes the person's named concerns (with their answers) and their reads; returns the counts. */
export async function eraseVoiceData(q: Queryable, orgId: string, personId: string): Promise<Record<string, number>> {
  const namedConcerns = await deleteNamedConcernsOf(q, orgId, personId);
  const announcementReads = await deleteReadsOf(q, orgId, personId);
  return { namedConcerns, announcementReads };
}

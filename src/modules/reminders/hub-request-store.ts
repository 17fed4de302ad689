import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { hubReminderRequests } from './schema.js';

/**
 * A hub's "remind now" requests (schema.ts): claimed first, so a second one that day finds the row;
 * given back when some reminders could not go, so the hub can try again the same day.
 */

/** Claims today's request for a timepoint: true when this call made it, false when one was made already today. */
export async function claimHubRequest(q: Queryable, input: { hubId: string; timepointId: string; onDay: string; requestedByPersonId: string }): Promise<boolean> {
  const rows = await q.insert(hubReminderRequests).values(input).onConflictDoNothing().returning({ hubId: hubReminderRequests.hubId });
  return rows.length > 0;
}

/** Records how many organisations the request reached. */
export async function settleHubRequest(q: Queryable, hubId: string, timepointId: string, onDay: string, organisations: number) {
  await q
    .update(hubReminderRequests)
    .set({ organisations })
    .where(and(eq(hubReminderRequests.hubId, hubId), eq(hubReminderRequests.timepointId, timepointId), eq(hubReminderRequests.onDay, onDay)));
}

/** Gives today's claim back: some reminders could not be sent, and pressing again should try them. */
export async function releaseHubRequest(q: Queryable, hubId: string, timepointId: string, onDay: string) {
  await q.delete(hubReminderRequests).where(and(eq(hubReminderRequests.hubId, hubId), eq(hubReminderRequests.timepointId, timepointId), eq(hubReminderRequests.onDay, onDay)));
}

import { PRIVATE_KINDS } from './model.js';
import { z } from '@hono/zod-openapi';
import type { Queryable } from '../../platform/db/client.js';
import { preferencesWithDefaults, ZPreference } from './model.js';
import { deleteNotificationsOf, listNotifications, sentTo } from './notification-store.js';
import { deletePreferences, storedPreferences } from './preference-store.js';
import { presentNotification, ZNotification } from './present.js';

/** A person's reminders data for their export and erase: their choices, their notifications and what was sent to them. */
export const ZRemindersPersonalData = z
  .object({
    preferences: z.array(ZPreference),
    notifications: z.array(ZNotification),
    sent: z.array(z.object({ kind: z.string(), dueOn: z.string(), channels: z.array(z.string()), sentAt: z.string() })),
  })
  .openapi('RemindersPersonalData');
export type TRemindersPersonalData = z.infer<typeof ZRemindersPersonalData>;

export async function exportRemindersData(q: Queryable, orgId: string, personId: string): Promise<TRemindersPersonalData> {
  // one after another: inside the caller's transaction they share one connection
  const preferences = await storedPreferences(q, orgId, personId);
  const notifications = await listNotifications(q, orgId, personId, 100_000);
  const sent = await sentTo(q, orgId, personId);
  return {
    preferences: preferencesWithDefaults(preferences),
    notifications: notifications.map(presentNotification),
    sent: sent.map((s) => ({ kind: s.kind, dueOn: s.dueOn, channels: s.channels, sentAt: s.sentAt.toISOString() })),
  };
}

/** Deletes the person's choices, notifications and sent log; the counts. */
export async function eraseRemindersData(q: Queryable, orgId: string, personId: string): Promise<Record<string, number>> {
  const preferences = await deletePreferences(q, orgId, personId);
  // what came from the well-being space goes with it; reminders about training, plans, surveys and
  // supervision stay while the records they are about stay (and would only be sent again)
  return { preferences, ...(await deleteNotificationsOf(q, orgId, personId, [...PRIVATE_KINDS])) };
}

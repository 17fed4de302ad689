import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import { ZNotificationParams, ZPreference, ZReminderKind } from './model.js';
import type { NotificationRow } from './notification-store.js';

/** What leaves the server from reminders: every field listed, a raw row never. */

export const remindersTags = ['Reminders and notifications'];

export const ZNotification = z
  .object({
    id: z.string(),
    kind: ZReminderKind,
    params: ZNotificationParams.describe('what the text names: a title, a colleague, whose side the reader is on'),
    link: z.string().describe('the page inside Tend it opens'),
    dueOn: z.string().describe('the day the thing is due, ends or closes (YYYY-MM-DD)'),
    createdAt: z.string(),
    readAt: orNull(z.string()),
  })
  .openapi('Notification');

export const ZNotifications = z
  .object({ notifications: z.array(ZNotification).describe('unread first, then newest first'), unread: z.number().int() })
  .openapi('Notifications');

export const ZUnreadCount = z.object({ unread: z.number().int() }).openapi('UnreadNotifications');

export const ZPreferences = z
  .object({ preferences: z.array(ZPreference).describe('every kind, the defaults filling what was never chosen') })
  .openapi('ReminderPreferences');

export const presentNotification = (row: NotificationRow): z.infer<typeof ZNotification> => ({
  id: row.id,
  kind: ZReminderKind.parse(row.kind),
  params: ZNotificationParams.parse(row.params),
  link: row.link,
  dueOn: row.dueOn,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt ? row.readAt.toISOString() : null,
});

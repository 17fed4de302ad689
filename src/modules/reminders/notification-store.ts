import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { DueReminder, ReminderKind } from './model.js';
import { notifications, remindersSent } from './schema.js';

/** Queries for a person's notifications and the log of reminders sent. Callers pass the owner's own ids. */

export type NotificationRow = typeof notifications.$inferSelect;

/** The person's notifications: unread first, then newest first; at most `limit`. */
export function listNotifications(q: Queryable, orgId: string, personId: string, limit = 200): Promise<NotificationRow[]> {
  return q
    .select()
    .from(notifications)
    .where(and(eq(notifications.orgId, orgId), eq(notifications.personId, personId)))
    .orderBy(sql`${notifications.readAt} IS NOT NULL`, desc(notifications.createdAt), asc(notifications.id))
    .limit(limit);
}

/** How many of the person's notifications are unread. */
export async function unreadCount(q: Queryable, orgId: string, personId: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.orgId, orgId), eq(notifications.personId, personId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks the person's own notification read (a second time keeps the first time); undefined when they have none with this id. */
export async function markRead(q: Queryable, orgId: string, personId: string, id: string): Promise<NotificationRow | undefined> {
  const [row] = await q
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.orgId, orgId), eq(notifications.personId, personId), eq(notifications.id, id)))
    .returning();
  return row;
}

/** Marks all the person's notifications read; how many were unread. */
export async function markAllRead(q: Queryable, orgId: string, personId: string): Promise<number> {
  const rows = await q
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.orgId, orgId), eq(notifications.personId, personId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * Logs a reminder as sent, unless it already was: true when this call logged it (the caller then
 * delivers it). Inside the caller's transaction, a second process inserting the same key waits
 * for the first to commit and then finds it there (false), so it is delivered once.
 */
export async function logSent(q: Queryable, reminder: DueReminder, channels: readonly string[]): Promise<boolean> {
  const rows = await q
    .insert(remindersSent)
    .values({ orgId: reminder.orgId, personId: reminder.personId, kind: reminder.kind, subject: reminder.subject, dueOn: reminder.dueOn, channels: [...channels] })
    .onConflictDoNothing()
    .returning({ personId: remindersSent.personId });
  return rows.length > 0;
}

/** Adds the in-app notification of a reminder. */
export async function addNotification(q: Queryable, reminder: DueReminder): Promise<void> {
  await q.insert(notifications).values({
    orgId: reminder.orgId,
    id: uuidv7(),
    personId: reminder.personId,
    kind: reminder.kind,
    params: reminder.params,
    link: reminder.link,
    dueOn: reminder.dueOn,
  });
}

/** The reminders sent to the person, newest first (for their export). */
export function sentTo(q: Queryable, orgId: string, personId: string) {
  return q
    .select()
    .from(remindersSent)
    .where(and(eq(remindersSent.orgId, orgId), eq(remindersSent.personId, personId)))
    .orderBy(desc(remindersSent.sentAt));
}

/** Deletes the person's notifications and sent log; the counts. */
export async function deleteNotificationsOf(q: Queryable, orgId: string, personId: string, kinds: readonly ReminderKind[]) {
  const n = await q
    .delete(notifications)
    .where(and(eq(notifications.orgId, orgId), eq(notifications.personId, personId), inArray(notifications.kind, [...kinds])))
    .returning({ id: notifications.id });
  const s = await q
    .delete(remindersSent)
    .where(and(eq(remindersSent.orgId, orgId), eq(remindersSent.personId, personId), inArray(remindersSent.kind, [...kinds])))
    .returning({ kind: remindersSent.kind });
  return { notifications: n.length, remindersSent: s.length };
}

import type { Actor } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/http/errors.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { type Preference, preferencesWithDefaults } from '../model.js';
import { listNotifications, markAllRead, markRead, type NotificationRow, unreadCount } from '../notification-store.js';
import { own, ownPolicy } from '../policy.js';
import { savePreferences, storedPreferences } from '../preference-store.js';

const WHAT = 'The notification';

/** The actor's notifications, unread first, and how many are unread. */
export async function myNotifications(db: Db, actor: Actor): Promise<{ rows: NotificationRow[]; unread: number }> {
  authorize(ownPolicy(actor, 'list', own(actor)), WHAT);
  const [rows, unread] = await Promise.all([listNotifications(db, actor.orgId, actor.personId), unreadCount(db, actor.orgId, actor.personId)]);
  return { rows, unread };
}

/** How many of the actor's notifications are unread (the count beside the navigation). */
export async function myUnreadCount(db: Db, actor: Actor): Promise<number> {
  authorize(ownPolicy(actor, 'see', own(actor)), WHAT);
  return unreadCount(db, actor.orgId, actor.personId);
}

/** Marks one of the actor's notifications read; 404 for anyone else's (or an unknown id). */
export async function readNotification(db: Db, actor: Actor, id: string): Promise<NotificationRow> {
  authorize(ownPolicy(actor, 'change', own(actor)), WHAT);
  const row = await markRead(db, actor.orgId, actor.personId, id);
  if (!row) throw notFound(WHAT);
  return row;
}

/** Marks every notification of the actor read; how many were unread. */
export async function readAllNotifications(db: Db, actor: Actor): Promise<number> {
  authorize(ownPolicy(actor, 'change', own(actor)), WHAT);
  return markAllRead(db, actor.orgId, actor.personId);
}

/** The actor's choice for every kind of reminder. */
export async function myPreferences(db: Db, actor: Actor): Promise<Preference[]> {
  authorize(ownPolicy(actor, 'see', own(actor)), 'Your reminder settings');
  return preferencesWithDefaults(await storedPreferences(db, actor.orgId, actor.personId));
}

/** Saves the actor's choices for the kinds given (one transaction); all kinds after the change. */
export async function setMyPreferences(db: Db, actor: Actor, preferences: readonly Preference[]): Promise<Preference[]> {
  authorize(ownPolicy(actor, 'change', own(actor)), 'Your reminder settings');
  return db.transaction(async (tx) => {
    await savePreferences(tx, actor.orgId, actor.personId, preferences);
    return preferencesWithDefaults(await storedPreferences(tx, actor.orgId, actor.personId));
  });
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { z } from '@hono/zod-openapi';
import { ZPreferencesInput } from './model.js';
import { presentNotification, remindersTags, ZNotification, ZNotifications, ZPreferences, ZUnreadCount } from './present.js';
import { myNotifications, myPreferences, myUnreadCount, readAllNotifications, readNotification, setMyPreferences } from './use-cases/notifications.js';

/** The person's own notifications and reminder choices: every address is under /me and names nobody else. */
export function registerNotificationRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/notifications',
      tags: remindersTags,
      summary: 'My notifications, unread first',
      responses: { 200: jsonContent(ZNotifications, 'My notifications') },
    }),
    async (c) => {
      const { rows, unread } = await myNotifications(db, requireActor(c));
      return c.json({ notifications: rows.map(presentNotification), unread }, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/notifications/unread-count',
      tags: remindersTags,
      summary: 'How many of my notifications are unread',
      responses: { 200: jsonContent(ZUnreadCount, 'The count') },
    }),
    async (c) => c.json({ unread: await myUnreadCount(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/me/notifications/{id}/read',
      tags: remindersTags,
      summary: 'Mark one of my notifications read',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZNotification, 'The notification, read'), 404: jsonContent(ZProblem, 'Not one of mine') },
    }),
    async (c) => c.json(presentNotification(await readNotification(db, requireActor(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/me/notifications/read-all',
      tags: remindersTags,
      summary: 'Mark all my notifications read',
      responses: { 200: jsonContent(z.object({ marked: z.number().int() }).openapi('NotificationsMarked'), 'How many were unread') },
    }),
    async (c) => c.json({ marked: await readAllNotifications(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/reminder-preferences',
      tags: remindersTags,
      summary: 'Which reminders I get, in Tend and by email',
      responses: { 200: jsonContent(ZPreferences, 'My choices') },
    }),
    async (c) => c.json({ preferences: await myPreferences(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/me/reminder-preferences',
      tags: remindersTags,
      summary: 'Switch kinds of reminder on or off, in Tend and by email',
      request: { body: jsonBody(ZPreferencesInput) },
      responses: { 200: jsonContent(ZPreferences, 'My choices now'), 400: jsonContent(ZProblem, 'Bad input: each field named; nothing was changed') },
    }),
    async (c) => c.json({ preferences: await setMyPreferences(db, requireActor(c), c.req.valid('json').preferences) }, 200),
  );
}

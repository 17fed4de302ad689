import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerHubReminderRoutes } from './hub-reminder-routes.js';
import { registerNotificationRoutes } from './notification-routes.js';

/** Reminders and notifications: the person's own list and choices, and a hub's "remind now" (the round is reminder-job.ts, started by main.ts). */
export function registerRemindersRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerNotificationRoutes(app, deps);
  registerHubReminderRoutes(app, deps);
}

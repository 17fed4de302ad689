import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerNotificationRoutes } from './notification-routes.js';

/** Reminders and notifications: the person's own list and choices (sending is reminder-job.ts, started by main.ts). */
export function registerRemindersRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerNotificationRoutes(app, deps);
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerHrEventRoutes } from './hr-event-routes.js';
import { registerHrImportRoutes } from './hr-import-routes.js';

/** The workforce module's HTTP API: HR events (starts, leaves, absences) entered one at a time, and their CSV import. */
export function registerWorkforceRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerHrEventRoutes(app, deps);
  registerHrImportRoutes(app, deps);
}

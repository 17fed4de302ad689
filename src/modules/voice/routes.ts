import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerAnnouncementRoutes } from './announcement-routes.js';
import { registerConcernRoutes } from './concern-routes.js';

/**
 * Staff voice's HTTP API: concerns and suggestions (anonymous or named) with their public
 * answers, and announcements. No route takes or returns who raised an anonymous concern: there
 * is nothing stored to return.
 */
export function registerVoiceRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerConcernRoutes(app, deps);
  registerAnnouncementRoutes(app, deps);
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerHubCollaborativeRoutes } from './hub-collaborative-routes.js';
import { registerHubTimelineRoutes } from './hub-timeline-routes.js';
import { registerOrgCollaborativeRoutes } from './org-collaborative-routes.js';

/**
 * Learning collaboratives: `/api/v1/hub/collaboratives…` for a hub's own sessions, and
 * `/api/v1/org/hubs/{hubId}/collaborative…` for an organisation's admins; the tenant wall answers
 * the other kind 404. Only released aggregates and counts cross between them.
 */
export function registerCollaborativeRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerHubCollaborativeRoutes(app, deps);
  registerHubTimelineRoutes(app, deps);
  registerOrgCollaborativeRoutes(app, deps);
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerHubStandardsRoutes } from './hub-standards-routes.js';
import { registerOrgStandardsRoutes } from './org-standards-routes.js';

/**
 * A hub's standards: `/api/v1/hub/standards…` for a hub's own sessions, and
 * `/api/v1/org/hubs/{hubId}/standards` for a member organisation's admins; the tenant wall
 * answers the other kind 404. Only names, versions, notes and recognitions cross.
 */
export function registerStandardsRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerHubStandardsRoutes(app, deps);
  registerOrgStandardsRoutes(app, deps);
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerHubPeopleRoutes } from './hub-people-routes.js';
import { registerHubRoutes } from './hub-routes.js';
import { registerOrgHubRoutes } from './org-hub-routes.js';

/**
 * The regional hub's HTTP API. `/api/v1/hub/…` serves a hub's own sessions only and
 * `/api/v1/org/hubs…` an organisation's admins only: the tenant wall (access/policy.ts) answers
 * the other kind 404. Nothing here returns a row about a person of a member organisation.
 */
export function registerHubModuleRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerHubRoutes(app, deps);
  registerHubPeopleRoutes(app, deps);
  registerOrgHubRoutes(app, deps);
}

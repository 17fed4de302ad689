import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerSupervisionAdminRoutes } from './admin-routes.js';
import { registerPairRoutes } from './pair-routes.js';
import { registerSessionRoutes } from './session-routes.js';

/**
 * Supervision's HTTP API. A session's shared notes answer only to the pair, a private note only
 * to its writer (404 to everyone else, whatever their roles); the organisation sees counts of
 * sessions held, through the privacy gate, and who supervises whom.
 */
export function registerSupervisionRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerPairRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerSupervisionAdminRoutes(app, deps);
}

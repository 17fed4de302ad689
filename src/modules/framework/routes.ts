import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerPackRoutes } from './pack-routes.js';
import { registerPlacementRoutes } from './placement-routes.js';
import { registerReviewRoutes } from './review-routes.js';

/** The practice framework's HTTP API: the framework pack, placements and placement reviews. */
export function registerFrameworkRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerPackRoutes(app, deps);
  registerPlacementRoutes(app, deps);
  registerReviewRoutes(app, deps);
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerNeedsRoutes } from './needs-routes.js';
import { registerPlanRoutes } from './plan-routes.js';

/** Development's HTTP API: units' training needs, and workers' self-assessments with their plans. */
export function registerDevelopmentRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerPlanRoutes(app, deps);
  registerNeedsRoutes(app, deps);
}

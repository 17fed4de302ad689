import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerPlanRoutes } from './plan-routes.js';
import { registerPackRoutes } from './pack-routes.js';
import { registerPlacementRoutes } from './placement-routes.js';
import { registerReviewRoutes } from './review-routes.js';
import { registerNeedsRoutes } from './needs-routes.js';
import { registerCourseRoutes } from './course-routes.js';
import { registerTrainingRoutes } from './training-routes.js';
import { registerTrainingImportRoutes } from './training-import-routes.js';
import { registerCoverageRoutes } from './coverage-routes.js';

/** The practice framework's HTTP API: placements, needs, plans, courses and training records. */
export function registerFrameworkRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerPlanRoutes(app, deps);
  registerPackRoutes(app, deps);
  registerPlacementRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerNeedsRoutes(app, deps);
  registerCourseRoutes(app, deps);
  registerTrainingRoutes(app, deps);
  registerTrainingImportRoutes(app, deps);
  registerCoverageRoutes(app, deps);
}

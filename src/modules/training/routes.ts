import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerCourseRoutes } from './course-routes.js';
import { registerCoverageRoutes } from './coverage-routes.js';
import { registerTrainingImportRoutes } from './training-import-routes.js';
import { registerTrainingRecordRoutes } from './training-routes.js';

/** Training's HTTP API: the course catalogue, training records and their import, and coverage. */
export function registerTrainingRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerCourseRoutes(app, deps);
  registerTrainingRecordRoutes(app, deps);
  registerTrainingImportRoutes(app, deps);
  registerCoverageRoutes(app, deps);
}

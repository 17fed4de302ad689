import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerActionRoutes } from './action-routes.js';
import { registerRaisedActionRoutes } from './raised-action-routes.js';
import { registerCycleRoutes } from './cycle-routes.js';
import { registerEvidenceRoutes } from './evidence-routes.js';
import { registerReportRoutes } from './report/report-routes.js';
import { registerResultsRoutes } from './results-routes.js';
import { registerReviewRoutes } from './review-routes.js';
import { registerSurveyRespondentRoutes } from './survey-respondent-routes.js';
import { registerSurveyRoutes } from './survey-routes.js';

/** Organisational assessments' HTTP API: packs, cycles, team reviews, results, actions, reports. */
export function registerAssessmentRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerCycleRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerEvidenceRoutes(app, deps);
  registerResultsRoutes(app, deps);
  registerActionRoutes(app, deps);
  registerRaisedActionRoutes(app, deps);
  registerReportRoutes(app, deps);
  registerSurveyRoutes(app, deps);
  registerSurveyRespondentRoutes(app, deps);
}

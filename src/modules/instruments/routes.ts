import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerFhirRoutes } from './fhir-routes.js';
import { registerLicensedTextRoutes } from './licensed-text-routes.js';
import { registerOrgInstrumentRoutes } from './org-instrument-routes.js';

/**
 * The instruments' HTTP API: the installed instruments, each as a FHIR Questionnaire, a check-in
 * as a QuestionnaireResponse, the licensed texts an organisation imports, and the instruments an
 * organisation imports as its own (drafts, previews, safety marks, publishing).
 */
export function registerInstrumentRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerLicensedTextRoutes(app, deps);
  registerFhirRoutes(app, deps);
  registerOrgInstrumentRoutes(app, deps);
}

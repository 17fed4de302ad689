import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerFhirRoutes } from './fhir-routes.js';
import { registerLicensedTextRoutes } from './licensed-text-routes.js';

/**
 * The instruments' HTTP API: the installed instruments, each as a FHIR Questionnaire, a check-in
 * as a QuestionnaireResponse, and the licensed texts an organisation imports.
 */
export function registerInstrumentRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerLicensedTextRoutes(app, deps);
  registerFhirRoutes(app, deps);
}

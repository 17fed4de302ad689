import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerCheckInRoutes } from './check-in-routes.js';
import { registerExportRoutes } from './export-routes.js';
import type { PersonalDataPart } from './personal-data-parts.js';
import { registerGranteeRoutes } from './grantee-routes.js';
import { registerGrantRoutes } from './grant-routes.js';
import { registerImportRoutes } from './import-routes.js';
import { registerQuestionnaireResponseRoutes } from './questionnaire-response-routes.js';
import { registerReflectionRoutes } from './reflection-routes.js';
import { registerSpaceRoutes } from './space-routes.js';
import { registerSupportRoutes } from './support-routes.js';

/**
 * The well-being space's HTTP API. Personal data: every owner route is under /me and takes no
 * owner id; others read only through a grant (/shared-with-me), each read logged for the owner.
 * There is deliberately no route that returns another person's individual check-ins otherwise.
 * `personalDataParts`: what other modules keep that is the person's alone, in their export and erase.
 */
export function registerWellbeingRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps, personalDataParts: readonly PersonalDataPart[] = []) {
  registerSpaceRoutes(app, deps);
  registerCheckInRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerReflectionRoutes(app, deps);
  registerGrantRoutes(app, deps);
  registerGranteeRoutes(app, deps);
  registerExportRoutes(app, deps, personalDataParts);
  registerQuestionnaireResponseRoutes(app, deps);
  registerSupportRoutes(app, deps);
}

import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { publicAccess } from './platform/access/policy.js';
import { registerAuthRoutes } from './platform/auth/auth-routes.js';
import { registerPasswordChangeRoutes } from './platform/auth/password-change-routes.js';
import { registerEmailChangeRoutes } from './platform/auth/email-change-routes.js';
import { sessionMiddleware } from './platform/auth/middleware.js';
import type { AppDeps } from './platform/deps.js';
import { AppError, noSuchAddress, problemResponse } from './platform/http/errors.js';
import { apiInputGuard } from './platform/http/input-guard.js';
import { createApiApp, declarePlainRoute } from './platform/http/route.js';
import { registerSystemRoutes } from './platform/http/system-routes.js';
import { registerTenancyRoutes } from './platform/tenancy/tenancy-routes.js';
import { ZOrgSettings } from './org-settings.js';
import { PERSONAL_DATA_PARTS } from './personal-data-parts.js';
import { onSurveyReleased } from './modules/assessments/survey-release-listeners.js';
import { contributeReleasedSurvey } from './modules/collaboratives/contribution.js';
import { registerMeRoutes } from './modules/people/me-routes.js';
import { registerPeopleRoutes } from './modules/people/people-routes.js';
import { unitMembers } from './modules/people/unit-members.js';
import { registerUnitRoutes } from './modules/units/unit-routes.js';
import { registerImportRoutes } from './modules/people/import-routes.js';
import { registerAdminRoutes } from './modules/people/admin-routes.js';
import { registerFrameworkRoutes } from './modules/framework/routes.js';
import { registerDevelopmentRoutes } from './modules/development/routes.js';
import { registerTrainingRoutes } from './modules/training/routes.js';
import { registerFigureActionRoutes } from './modules/workforce/figure-action-routes.js';
import { registerFigureRoutes } from './modules/workforce/figure-routes.js';
import { registerFigureExportRoutes } from './modules/workforce/figure-export-routes.js';
import { registerInstrumentRoutes } from './modules/instruments/routes.js';
import { registerWellbeingRoutes } from './modules/wellbeing/routes.js';
import { registerAssessmentRoutes } from './modules/assessments/routes.js';
import { registerWorkforceRoutes } from './modules/workforce/routes.js';
import { registerVoiceRoutes } from './modules/voice/routes.js';
import { registerSupervisionRoutes } from './modules/supervision/routes.js';
import { registerPeersRoutes } from './modules/peers/routes.js';
import { registerHardEventRoutes } from './modules/hard-events/routes.js';
import { registerRemindersRoutes } from './modules/reminders/routes.js';
import { registerTasksRoutes } from './modules/tasks/routes.js';
import { registerHubModuleRoutes } from './modules/hub/routes.js';
import { registerCollaborativeRoutes } from './modules/collaboratives/routes.js';
import { registerSharedPracticeRoutes } from './modules/shared-practice/routes.js';
import { registerOpenDataRoutes } from './modules/open-data/routes.js';
import { registerStandardsRoutes } from './modules/standards/routes.js';

// TEND_WEB_DIST lets a test run serve its own build while someone rebuilds web/dist
export const WEB_DIST = process.env.TEND_WEB_DIST ?? fileURLToPath(new URL('../web/dist', import.meta.url));

/** Composes the platform and the capability modules into one Hono app. */
export function createApp(deps: AppDeps) {
  const app = createApiApp();

  app.onError((error, c) => {
    if (error instanceof AppError) return problemResponse(c, error);
    // the framework's own refusals (a body it cannot read, a limit) keep their 4xx status
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(c, new AppError(error.status, 'bad-request', error.message || 'The request cannot be read.', [{ field: 'body', problem: error.message || 'cannot be read' }]));
    }
    deps.log(`Unexpected error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return problemResponse(c, new AppError(500, 'internal', 'Something went wrong on our side. Nothing was changed; please try again.'));
  });
  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return problemResponse(c, noSuchAddress());
    // a missing script or style is a 404, not the app's page (which would fail to load as code)
    if (c.req.path.startsWith('/assets/')) return c.text('Not found', 404);
    return serveIndex(c);
  });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
      // a year, as browsers' preload lists ask; sent only over https, where browsers heed it
      strictTransportSecurity: 'max-age=31536000; includeSubDomains',
      // Tend uses none of these: a script that got in could not reach them either
      permissionsPolicy: {
        accelerometer: false,
        autoplay: false,
        camera: false,
        displayCapture: false,
        fullscreen: false,
        geolocation: false,
        gyroscope: false,
        hid: false,
        magnetometer: false,
        microphone: false,
        midi: false,
        payment: false,
        publickeyCredentialsGet: false,
        screenWakeLock: false,
        serial: false,
        usb: false,
        xrSpatialTracking: false,
      },
    }),
  );
  // before the session is read: an over-size body or a control character in the query is refused first
  app.use('/api/*', apiInputGuard());
  app.use('/api/*', sessionMiddleware(deps));

  registerSystemRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerPasswordChangeRoutes(app, deps);
  registerEmailChangeRoutes(app, deps);
  registerMeRoutes(app, deps);
  registerUnitRoutes(app, deps, unitMembers);
  registerPeopleRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerAdminRoutes(app, deps);
  registerTenancyRoutes(app, deps, ZOrgSettings);
  registerFrameworkRoutes(app, deps);
  registerDevelopmentRoutes(app, deps);
  registerTrainingRoutes(app, deps);
  registerFigureRoutes(app, deps);
  registerFigureExportRoutes(app, deps);
  registerFigureActionRoutes(app, deps);
  // a survey cycle linked to a collaborative's timepoint gives the hub its shown whole-organisation figures, once
  onSurveyReleased(contributeReleasedSurvey);
  registerWellbeingRoutes(app, deps, PERSONAL_DATA_PARTS);
  registerInstrumentRoutes(app, deps);
  registerAssessmentRoutes(app, deps);
  registerWorkforceRoutes(app, deps);
  registerVoiceRoutes(app, deps);
  registerSupervisionRoutes(app, deps);
  registerPeersRoutes(app, deps);
  registerHardEventRoutes(app, deps);
  registerRemindersRoutes(app, deps);
  registerTasksRoutes(app, deps);
  registerHubModuleRoutes(app, deps);
  registerCollaborativeRoutes(app, deps);
  registerSharedPracticeRoutes(app, deps);
  registerOpenDataRoutes(app, deps);
  registerStandardsRoutes(app, deps);

  // The web app: built files, and index.html for every page address (the browser routes).
  app.get(
    '/assets/*',
    declarePlainRoute('GET', '/assets/*', publicAccess),
    compress(),
    async (c, next) => {
      await next();
      // file names carry a content hash: a changed file is a new name, so cache for good
      if (c.res.ok) c.header('cache-control', 'public, max-age=31536000, immutable');
    },
    serveStatic({ root: relativeWebRoot() }),
  );
  app.get('/favicon.svg', declarePlainRoute('GET', '/favicon.svg', publicAccess), serveStatic({ root: relativeWebRoot() }));
  return app;
}

// serveStatic resolves against the working folder; keep it right whatever folder Tend runs from
const relativeWebRoot = () => relative(process.cwd(), WEB_DIST) || '.';

let indexHtml: string | undefined;
function serveIndex(c: import('hono').Context) {
  const file = `${WEB_DIST}/index.html`;
  if (!existsSync(file)) {
    return c.html('<!doctype html><html lang="en"><title>Tend</title><main><h1>Tend</h1><p>The web app is not built yet: run <code>npm run build:web</code>.</p></main></html>', 503);
  }
  indexHtml ??= readFileSync(file, 'utf8');
  return c.html(indexHtml);
}

import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { publicAccess } from '../access/policy.js';
import type { AppDeps } from '../deps.js';
import { type AppEnv, declarePlainRoute, guarded } from './route.js';
import { jsonContent } from './openapi-shared.js';
import { renderApiDocs } from './api-docs-page.js';

const ZHealth = z.object({ status: z.enum(['ok', 'unavailable']), database: z.string() }).openapi('Health');

/** Liveness, readiness, the OpenAPI document and its readable page. */
export function registerSystemRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    guarded(publicAccess, {
      method: 'get',
      path: '/api/health',
      tags: ['System'],
      summary: 'Liveness: the server answers',
      responses: { 200: jsonContent(ZHealth, 'Alive') },
    }),
    (c) => c.json({ status: 'ok' as const, database: deps.database.kind }, 200),
  );

  app.openapi(
    guarded(publicAccess, {
      method: 'get',
      path: '/api/ready',
      tags: ['System'],
      summary: 'Readiness: the database answers and start-up has finished',
      responses: { 200: jsonContent(ZHealth, 'Ready'), 503: jsonContent(ZHealth, 'Not ready') },
    }),
    async (c) => {
      const started = deps.ready ? deps.ready() : true;
      const databaseOk = await deps.database.db
        .execute(sql`SELECT 1`)
        .then(() => true)
        .catch(() => false);
      const ok = started && databaseOk;
      return c.json({ status: ok ? ('ok' as const) : ('unavailable' as const), database: deps.database.kind }, ok ? 200 : 503);
    },
  );

  const document = {
    openapi: '3.1.0',
    info: {
      title: 'Tend API',
      version: '1',
      description:
        'Tend helps organisations build a trauma-informed workforce. Sign in with POST /api/v1/auth/sign-in; send the returned csrfToken as X-CSRF-Token on every change. Errors are RFC 9457 problem+json naming each field.',
    },
  };
  app.get('/api/openapi.json', declarePlainRoute('GET', '/api/openapi.json', publicAccess), (c) =>
    c.json(app.getOpenAPI31Document(document)),
  );
  app.get('/api/docs', declarePlainRoute('GET', '/api/docs', publicAccess), (c) =>
    c.html(renderApiDocs(app.getOpenAPI31Document(document))),
  );
}

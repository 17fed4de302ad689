import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { managers } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { ZNeedsInput } from './model.js';
import { ZNeedsAssessment } from './needs-present.js';
import { listNeedsAssessments, recordNeedsAssessment } from './needs-use-cases.js';

/** Training needs assessments of a unit (H.tna), by the people who look after it. */
export function registerNeedsRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(managers, {
      method: 'get',
      path: '/api/v1/units/{id}/needs-assessments',
      tags: ['Framework'],
      summary: "A unit's training needs assessments, newest first, each with its gap (admins; supervisors for their own units)",
      request: { params: ZIdParam },
      responses: {
        200: jsonContent(z.object({ assessments: z.array(ZNeedsAssessment) }), 'Assessments, newest first'),
        404: jsonContent(ZProblem, 'No such unit you look after'),
      },
    }),
    async (c) => c.json({ assessments: await listNeedsAssessments(db, requireActor(c), c.req.valid('param').id) }, 200),
  );

  app.openapi(
    guarded(managers, {
      method: 'post',
      path: '/api/v1/units/{id}/needs-assessments',
      tags: ['Framework'],
      summary: 'Record a training needs assessment of a unit (admins; supervisors for their own units)',
      request: { params: ZIdParam, body: jsonBody(ZNeedsInput) },
      responses: {
        201: jsonContent(ZNeedsAssessment, 'Recorded'),
        400: jsonContent(ZProblem, 'Bad input'),
        403: jsonContent(ZProblem, 'Not a unit you look after'),
        404: jsonContent(ZProblem, 'No such unit'),
      },
    }),
    async (c) => c.json(await recordNeedsAssessment(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
}

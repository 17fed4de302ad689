import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { orgAdmins } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { linkSurvey, myBenchmarks, readMyCollaborative } from './org-collaborative-use-cases.js';
import { collaborativeTags, presentBenchmarkRow, presentMyCollaborative, ZBenchmarkRow, ZMyCollaborative } from './present.js';

const ZHubId = z.object({ hubId: z.uuid('must be an id (UUID)') });
const notFound = jsonContent(ZProblem, 'No collaborative of this hub for my organisation (or consent not in force)');

/** An organisation's side: its admins read their collaborative, link surveys to timepoints and read benchmarks. */
export function registerOrgCollaborativeRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/org/hubs/{hubId}/collaborative',
      tags: collaborativeTags,
      summary: "The collaborative my organisation takes part in at this hub: timeline, timepoints, our linked surveys",
      request: { params: ZHubId },
      responses: { 200: jsonContent(ZMyCollaborative, 'The collaborative'), 404: notFound },
    }),
    async (c) => c.json(presentMyCollaborative(await readMyCollaborative(db, requireActor(c), c.req.valid('param').hubId)), 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/org/hubs/{hubId}/collaborative/timepoints/{timepointId}/survey',
      tags: collaborativeTags,
      summary: 'Link one of our whole-organisation staff surveys to a timepoint; released results become our contribution (shown figures only)',
      request: { params: ZHubId.extend({ timepointId: z.uuid('must be an id (UUID)') }), body: jsonBody(z.object({ cycleId: z.uuid('must be the id of a staff survey') })) },
      responses: { 200: jsonContent(z.object({ contributed: z.number().int() }), 'Linked: how many figures went to the hub now'), 404: notFound, 409: jsonContent(ZProblem, 'Not possible') },
    }),
    async (c) => {
      const { hubId, timepointId } = c.req.valid('param');
      return c.json(await linkSurvey(db, requireActor(c), hubId, timepointId, c.req.valid('json').cycleId), 200);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/org/hubs/{hubId}/collaborative/benchmarks',
      tags: collaborativeTags,
      summary: "Our released figures beside the collaborative's and the hub's, with change since baseline; hidden ones say why",
      request: { params: ZHubId },
      responses: { 200: jsonContent(z.object({ rows: z.array(ZBenchmarkRow) }), 'Benchmarks'), 404: notFound },
    }),
    async (c) => c.json({ rows: (await myBenchmarks(db, requireActor(c), c.req.valid('param').hubId)).map(presentBenchmarkRow) }, 200),
  );
}

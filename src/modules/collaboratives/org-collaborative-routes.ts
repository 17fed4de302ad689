import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { orgAdmins } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZTimepointSurvey } from './model.js';
import { linkSurvey, myBenchmarks, openSurveyForTimepoint, readMyCollaborative } from './org-collaborative-use-cases.js';
import { contributeCheckInBands, linkAudit } from './org-contribution-use-cases.js';
import { collaborativeTags, presentBenchmarkRow, presentMyCollaborative, ZBenchmarkRow, ZMyCollaborative } from './present.js';

const ZHubId = z.object({ hubId: z.uuid('must be an id (UUID)') });
const ZTimepointParams = ZHubId.extend({ timepointId: z.uuid('must be an id (UUID)') });
const notFound = jsonContent(ZProblem, 'No collaborative of this hub for my organisation (or consent not in force)');

/** An organisation's side: its admins read their collaborative, link surveys and audits to timepoints, send check-in band counts and read benchmarks. */
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
      method: 'post',
      path: '/api/v1/org/hubs/{hubId}/collaborative/timepoints/{timepointId}/new-survey',
      tags: collaborativeTags,
      summary: "Open a staff survey of the whole organisation for a timepoint, with the timepoint's pack, and link it in the same step",
      request: { params: ZTimepointParams, body: jsonBody(ZTimepointSurvey) },
      responses: {
        201: jsonContent(z.object({ cycleId: z.uuid() }), 'Opened and linked: the new survey'),
        400: jsonContent(ZProblem, 'Bad input, named by field'),
        404: notFound,
        409: jsonContent(ZProblem, 'Not possible: the timepoint asks for no staff survey, names no pack, or has a survey already'),
      },
    }),
    async (c) => {
      const { hubId, timepointId } = c.req.valid('param');
      return c.json(await openSurveyForTimepoint(db, requireActor(c), hubId, timepointId, c.req.valid('json')), 201);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/org/hubs/{hubId}/collaborative/timepoints/{timepointId}/audit',
      tags: collaborativeTags,
      summary: 'Link a closed audit (a team review of the whole organisation) to a timepoint; its confirmed ratings per section become our contribution',
      request: { params: ZTimepointParams, body: jsonBody(z.object({ cycleId: z.uuid('must be the id of a closed audit') })) },
      responses: {
        200: jsonContent(z.object({ contributed: z.number().int() }), 'Linked: how many section figures went to the hub'),
        404: notFound,
        409: jsonContent(ZProblem, 'Not possible: the audit is open, a unit’s or a staff survey, has no confirmed rating, or the timepoint does not ask for one or has one'),
      },
    }),
    async (c) => {
      const { hubId, timepointId } = c.req.valid('param');
      return c.json(await linkAudit(db, requireActor(c), hubId, timepointId, c.req.valid('json').cycleId), 200);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/org/hubs/{hubId}/collaborative/timepoints/{timepointId}/check-in-bands',
      tags: collaborativeTags,
      summary: "Send our check-in band counts for the timepoint's quarter: per band, how many contributors fell in it, as our own privacy gate shows them; never a person's row",
      request: { params: ZTimepointParams },
      responses: {
        200: jsonContent(z.object({ contributed: z.number().int(), quarter: z.string() }), 'How many band figures went to the hub (0: our gate showed none yet), and for which quarter'),
        404: notFound,
        409: jsonContent(ZProblem, 'Not possible: the timepoint does not ask for them, already has them, or its quarter has not started'),
        422: jsonContent(ZProblem, 'Our privacy gate refused to show any figure now'),
      },
    }),
    async (c) => {
      const { hubId, timepointId } = c.req.valid('param');
      return c.json(await contributeCheckInBands(db, requireActor(c), hubId, timepointId), 200);
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

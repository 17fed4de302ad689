import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZPlanSessionInput, ZRhythmInput } from './model.js';
import { supervisionTags as tags, ZPairView, ZSessionSummary, ZSupervisee } from './present.js';
import { agreePairRhythm, mySupervisees, mySupervision, planSession, proposePairRhythm, superviseeSupervision } from './use-cases/pair.js';

const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');
const notInPair = jsonContent(ZProblem, 'No supervision of yours with this person');
const refused = jsonContent(ZProblem, 'Part of the pair, but this is the other member’s step');
const noneWaiting = jsonContent(ZProblem, 'No supervisor yet, or no proposal from the other member waiting');

/**
 * A pair's supervision: the worker's own page (/me), the supervisor's supervisees, planning and
 * the rhythm. Addresses that name a worker answer 404 to anyone outside the pair.
 */
export function registerPairRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/supervision',
      tags,
      summary: 'My supervision: my supervisor, our rhythm, next and due dates, my sessions',
      responses: { 200: jsonContent(ZPairView, 'My supervision') },
    }),
    async (c) => c.json(await mySupervision(db, requireActor(c)), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/supervision/supervisees',
      tags,
      summary: 'The people I supervise, with next and overdue dates (seen by the pair only)',
      responses: { 200: jsonContent(z.object({ supervisees: z.array(ZSupervisee) }).openapi('Supervisees'), 'My supervisees') },
    }),
    async (c) => c.json({ supervisees: await mySupervisees(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/supervision/supervisees/{id}',
      tags,
      summary: 'One supervisee’s supervision with me (read logged for them)',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZPairView, 'The supervision'), 404: notInPair },
    }),
    async (c) => c.json(await superviseeSupervision(db, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/supervision/supervisees/{id}/sessions',
      tags,
      summary: 'Plan a session with a supervisee',
      request: { params: ZIdParam, body: jsonBody(ZPlanSessionInput) },
      responses: { 201: jsonContent(ZSessionSummary, 'The planned session'), 400: badInput, 403: refused, 404: notInPair },
    }),
    async (c) => c.json(await planSession(db, requireActor(c), c.req.valid('param').id, c.req.valid('json').plannedFor), 201),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/supervision/pairs/{id}/rhythm',
      tags,
      summary: 'Propose another rhythm to the other member of the pair (the id is the worker’s)',
      request: { params: ZIdParam, body: jsonBody(ZRhythmInput) },
      responses: { 204: { description: 'Proposed; the other member agrees to it' }, 400: badInput, 404: notInPair, 409: noneWaiting },
    }),
    async (c) => {
      await proposePairRhythm(db, requireActor(c), c.req.valid('param').id, c.req.valid('json').weeks);
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/supervision/pairs/{id}/rhythm/agree',
      tags,
      summary: 'Agree to the rhythm the other member proposed',
      request: { params: ZIdParam },
      responses: { 204: { description: 'Agreed: the rhythm in force' }, 404: notInPair, 409: noneWaiting },
    }),
    async (c) => {
      await agreePairRhythm(db, requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}

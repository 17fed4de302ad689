import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZConcernAnswer, ZConcernInput } from './model.js';
import { voiceTags, ZConcern, ZConcernHandlers, ZHandledConcern, ZRaisedConcern } from './present.js';
import { answerConcernAsHandler, listConcernsToHandle, listHandlers, listMyConcerns, listPublicConcerns, raiseConcern } from './use-cases/concerns.js';

const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');
const hidden = jsonContent(ZProblem, 'Not found (also for anyone this is not for)');

/**
 * Concerns and suggestions (C.1, C.5). The handlers' routes are signed-in, not admin-only, on
 * purpose: the policy answers 404 to everyone who does not handle concerns, admins included.
 */
export function registerConcernRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/voice/concerns',
      tags: voiceTags,
      summary: 'You said, we did: every answered concern and suggestion, without names',
      responses: { 200: jsonContent(z.object({ concerns: z.array(ZConcern) }).openapi('PublicConcerns'), 'The public list'), 404: hidden },
    }),
    async (c) => c.json({ concerns: await listPublicConcerns(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/voice/concerns',
      tags: voiceTags,
      summary: 'Raise a concern or suggestion, anonymously (nothing kept about who) or by name',
      request: { body: jsonBody(ZConcernInput) },
      responses: { 201: jsonContent(ZRaisedConcern, 'Received'), 400: badInput, 404: hidden },
    }),
    async (c) => c.json(await raiseConcern(db, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/voice/concerns/mine',
      tags: voiceTags,
      summary: 'The concerns I raised by name, with where each stands',
      responses: { 200: jsonContent(z.object({ concerns: z.array(ZConcern) }).openapi('MyConcerns'), 'My named concerns'), 404: hidden },
    }),
    async (c) => c.json({ concerns: await listMyConcerns(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/voice/handling/concerns',
      tags: voiceTags,
      summary: 'Every concern, for those who handle them (names only where they may know them)',
      responses: { 200: jsonContent(z.object({ concerns: z.array(ZHandledConcern) }).openapi('ConcernsToHandle'), 'Concerns to handle'), 404: hidden },
    }),
    async (c) => c.json({ concerns: await listConcernsToHandle(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/voice/handling/concerns/{id}/answer',
      tags: voiceTags,
      summary: 'Answer a concern in public: its status and what was done',
      request: { params: ZIdParam, body: jsonBody(ZConcernAnswer) },
      responses: { 200: jsonContent(ZHandledConcern, 'The concern as answered'), 400: badInput, 404: hidden },
    }),
    async (c) => c.json(await answerConcernAsHandler(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/voice/handlers',
      tags: voiceTags,
      summary: 'Who handles concerns (and so reads the name on a named one)',
      responses: { 200: jsonContent(ZConcernHandlers, 'The handlers'), 404: hidden },
    }),
    async (c) => c.json(await listHandlers(db, requireActor(c)), 200),
  );
}

import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZReflection } from './present.js';
import { wellbeingTags } from './present.js';
import { myReflections, removeReflection, rewriteReflection, writeReflection } from './use-cases/reflections.js';

const ZReflectionInput = z
  .object({ body: z.string().trim().min(1, 'write something, or delete the note').max(20_000, 'must be at most 20000 characters') })
  .openapi('ReflectionInput');
const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');
const notMine = jsonContent(ZProblem, 'I have no reflection with this id');

/** Private reflection notes: the owner's alone. No grant scope reaches them, by design. */
export function registerReflectionRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/reflections',
      tags: wellbeingTags,
      summary: 'My private reflections, newest first',
      responses: { 200: jsonContent(z.object({ reflections: z.array(ZReflection) }).openapi('Reflections'), 'My reflections') },
    }),
    async (c) => c.json({ reflections: await myReflections(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/me/wellbeing/reflections',
      tags: wellbeingTags,
      summary: 'Write a private reflection (never shareable)',
      request: { body: jsonBody(ZReflectionInput) },
      responses: { 201: jsonContent(ZReflection, 'The new reflection'), 400: badInput },
    }),
    async (c) => c.json(await writeReflection(db, requireActor(c), c.req.valid('json').body), 201),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/me/wellbeing/reflections/{id}',
      tags: wellbeingTags,
      summary: 'Rewrite one of my reflections',
      request: { params: ZIdParam, body: jsonBody(ZReflectionInput) },
      responses: { 200: jsonContent(ZReflection, 'The reflection now'), 400: badInput, 404: notMine },
    }),
    async (c) => c.json(await rewriteReflection(db, requireActor(c), c.req.valid('param').id, c.req.valid('json').body), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'delete',
      path: '/api/v1/me/wellbeing/reflections/{id}',
      tags: wellbeingTags,
      summary: 'Delete one of my reflections for good',
      request: { params: ZIdParam },
      responses: { 204: { description: 'Deleted' }, 404: notMine },
    }),
    async (c) => {
      await removeReflection(db, requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}

import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { ZNextCursor, ZPageQuery } from '../../platform/http/page.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { GRANT_SCOPES } from './model.js';
import { ZGrant, ZSharedGrant, ZSharedPart } from './present.js';
import { wellbeingTags } from './present.js';
import { listMyGrants, makeGrant, readThroughGrant, revokeMyGrant, sharedWithMe } from './use-cases/grants.js';

export const ZGrantInput = z
  .object({
    granteePersonId: z.uuid('must be a person id (UUID)'),
    scope: z.enum(GRANT_SCOPES, { error: `must be one of ${GRANT_SCOPES.join(', ')}` }),
    checkInId: z.uuid('must be a check-in id (UUID)').nullable().optional().describe("only for the 'check-in' scope: the one result to share"),
    expiresAt: z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' }).describe('in the future, at most one year away'),
  })
  .openapi('WellbeingGrantInput');

const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');
const sharedTags = ['Well-being (shared with me)'];

/**
 * Sharing (use-cases/grants.ts): the owner grants one named colleague one part of their space
 * until a date, and may revoke it; the grantee reads exactly that part while it is in force.
 */
export function registerGrantRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/me/wellbeing/grants',
      tags: wellbeingTags,
      summary: 'Share one part of my space with one colleague of my organisation until a date (at most a year)',
      request: { body: jsonBody(ZGrantInput) },
      responses: { 201: jsonContent(ZGrant, 'The grant'), 400: badInput },
    }),
    async (c) => {
      const input = c.req.valid('json');
      return c.json(await makeGrant(db, requireActor(c), { ...input, expiresAt: new Date(input.expiresAt) }), 201);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/grants',
      tags: wellbeingTags,
      summary: 'Everything I have shared, newest first, each active, expired or revoked, a page at a time',
      request: { query: ZPageQuery },
      responses: {
        200: jsonContent(z.object({ grants: z.array(ZGrant), nextCursor: ZNextCursor }).openapi('WellbeingGrants'), 'One page of my grants'),
        422: jsonContent(ZProblem, 'The cursor is not one this list gave'),
      },
    }),
    async (c) => c.json(await listMyGrants(db, requireActor(c), c.req.valid('query')), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/me/wellbeing/grants/{id}/revoke',
      tags: wellbeingTags,
      summary: 'Stop sharing: the grantee loses access at once',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZGrant, 'The grant, revoked'), 404: jsonContent(ZProblem, 'I made no grant with this id') },
    }),
    async (c) => c.json(await revokeMyGrant(db, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/shared-with-me',
      tags: sharedTags,
      summary: 'What colleagues are sharing with me now: whose, which part, until when',
      responses: { 200: jsonContent(z.object({ grants: z.array(ZSharedGrant) }).openapi('SharedWithMeList'), 'Grants to me in force, newest first') },
    }),
    async (c) => c.json({ grants: await sharedWithMe(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/shared-with-me/{id}',
      tags: sharedTags,
      summary: "Read what a colleague shared with me: only the granted part; the read shows in their access log",
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZSharedPart, 'The granted part'), 404: jsonContent(ZProblem, 'No grant to me in force with this id (expired, revoked or not mine)') },
    }),
    async (c) => c.json(await readThroughGrant(db, requireActor(c), c.req.valid('param').id), 200),
  );
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZSelfRatingInput } from './model.js';
import { selfRatingTags, ZSelfRating, ZSelfRatings } from './present.js';
import { mySelfRatings, rateMyself, removeMySelfRating, seeMySelfRating } from './use-cases/self-rating.js';

const BASE = '/api/v1/me/supervision-self-ratings';
const hidden = jsonContent(ZProblem, 'No such self-rating of mine (or I supervise nobody)');

/** The supervisors' private self-rating: owner-only, under /me, no route takes anyone else's id. */
export function registerSelfRatingRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: BASE,
      tags: selfRatingTags,
      summary: 'The self-rating of supervision abilities, and my past self-ratings (only I see them)',
      responses: { 200: jsonContent(ZSelfRatings, 'The questions and my self-ratings'), 404: hidden },
    }),
    async (c) => c.json(await mySelfRatings(db, requireActor(c)), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: BASE,
      tags: selfRatingTags,
      summary: 'Rate myself (every statement may be skipped); a suggestion comes back for each low area',
      request: { body: jsonBody(ZSelfRatingInput) },
      responses: { 201: jsonContent(ZSelfRating, 'My self-rating'), 400: jsonContent(ZProblem, 'Bad input: each field named; nothing was changed'), 404: hidden, 422: jsonContent(ZProblem, 'An answer the self-rating does not offer, named') },
    }),
    async (c) => c.json(await rateMyself(db, requireActor(c), c.req.valid('json').answers), 201),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: `${BASE}/{id}`,
      tags: selfRatingTags,
      summary: 'One of my self-ratings',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZSelfRating, 'My self-rating'), 404: hidden },
    }),
    async (c) => c.json(await seeMySelfRating(db, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'delete',
      path: `${BASE}/{id}`,
      tags: selfRatingTags,
      summary: 'Delete one of my self-ratings for good',
      request: { params: ZIdParam },
      responses: { 204: { description: 'Deleted' }, 404: hidden },
    }),
    async (c) => {
      await removeMySelfRating(db, requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}

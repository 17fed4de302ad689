import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { managers, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { ZReviewRequest, ZReviewResponse } from './model.js';
import { ZPlacementReview } from './placement-present.js';
import { answerPlacementReview, listPlacementReviews, requestPlacementReview } from './review-use-cases.js';

/** A worker asks for their placement to be looked at again; their line manager or an admin answers. */
export function registerReviewRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/me/placement-review',
      tags: ['Framework'],
      summary: 'Ask for my placement to be looked at again (one open request at a time)',
      request: { body: jsonBody(ZReviewRequest) },
      responses: {
        201: jsonContent(z.object({ id: z.string() }), 'Requested'),
        400: jsonContent(ZProblem, 'Bad input'),
        409: jsonContent(ZProblem, 'A request is already open'),
      },
    }),
    async (c) => c.json(await requestPlacementReview(db, requireActor(c), c.req.valid('json').reason), 201),
  );

  app.openapi(
    guarded(managers, {
      method: 'get',
      path: '/api/v1/placement-reviews',
      tags: ['Framework'],
      summary: 'Review requests to answer: direct reports for supervisors, everyone for org admins (open first)',
      responses: { 200: jsonContent(z.object({ reviews: z.array(ZPlacementReview) }), 'Requests, open first then newest') },
    }),
    async (c) => c.json({ reviews: await listPlacementReviews(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(managers, {
      method: 'post',
      path: '/api/v1/placement-reviews/{id}/response',
      tags: ['Framework'],
      summary: "Answer a review request and close it (the person's line manager or an org admin)",
      request: { params: ZIdParam, body: jsonBody(ZReviewResponse) },
      responses: {
        204: { description: 'Answered' },
        400: jsonContent(ZProblem, 'Bad input'),
        404: jsonContent(ZProblem, 'No such request you may answer'),
        409: jsonContent(ZProblem, 'Already answered'),
      },
    }),
    async (c) => {
      await answerPlacementReview(db, requireActor(c), c.req.valid('param').id, c.req.valid('json').response);
      return c.body(null, 204);
    },
  );
}

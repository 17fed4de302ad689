import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { managers, signedIn } from '../../platform/access/policy.js';
import { recordAudit, recordListRead } from '../../platform/audit/audit-store.js';
import type { AppDeps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/errors.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { findPerson, listPeople } from '../people/people-store.js';
import { ZReviewRequest, ZReviewResponse } from './model.js';
import { ZPlacementReview, presentReview } from './placement-present.js';
import { answerReview, findReview, listReviews, openReview } from './placement-store.js';
import { namesOf } from '../people/person-names.js';
import { placementReviewPolicy, reviewListScope } from './policy.js';

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
    async (c) => {
      const actor = requireActor(c);
      const { reason } = c.req.valid('json');
      const id = await db.transaction(async (tx) => {
        const id = await openReview(tx, actor.orgId, actor.personId, reason);
        await recordAudit(tx, actor, { type: 'placement.review-requested', subjectPersonId: actor.personId, data: { reviewId: id } });
        return id;
      });
      return c.json({ id }, 201);
    },
  );

  app.openapi(
    guarded(managers, {
      method: 'get',
      path: '/api/v1/placement-reviews',
      tags: ['Framework'],
      summary: 'Review requests to answer: direct reports for supervisors, everyone for org admins (open first)',
      responses: { 200: jsonContent(z.object({ reviews: z.array(ZPlacementReview) }), 'Requests, open first then newest') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const scope = reviewListScope(actor);
      let personIds: string[] | undefined;
      if (scope !== 'everyone') {
        const { rows } = await listPeople(db, actor.orgId, { managerId: scope.managerId, limit: 10_000, offset: 0 });
        personIds = rows.map((r) => r.id);
      }
      const rows = await listReviews(db, actor.orgId, personIds);
      await recordListRead(db, actor, personIds ? 'placement-reviews:direct-reports' : 'placement-reviews', [...new Set(rows.map((r) => r.personId))]);
      const names = await namesOf(db, actor.orgId, rows.flatMap((r) => [r.personId, r.resolvedByPersonId]));
      return c.json({ reviews: rows.map((r) => presentReview(r, names)) }, 200);
    },
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
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const { response } = c.req.valid('json');
      await db.transaction(async (tx) => {
        const review = await findReview(tx, actor.orgId, id);
        const person = review ? await findPerson(tx, actor.orgId, review.personId) : undefined;
        if (!review || !person) throw notFound('The request');
        authorize(placementReviewPolicy(actor, 'change', { person }), 'The request');
        await answerReview(tx, actor.orgId, id, response, actor.personId);
        await recordAudit(tx, actor, { type: 'placement.review-answered', subjectPersonId: review.personId, data: { reviewId: id } });
      });
      return c.body(null, 204);
    },
  );
}

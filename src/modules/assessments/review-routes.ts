import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { packOfCycle } from './cycle-lookups.js';
import { ratingsOf } from './cycle-store.js';
import { ZNoteInput, ZRating, ZRatingInput } from './model.js';
import { presentCycle, presentEvidence, ZCriterionParams, ZCycle, ZCycleIdParam, ZEvidence, ZNullableRating } from './present.js';
import { evidenceOf, sectionNotesOf } from './review-store.js';
import { commentCounts } from './review-counts.js';
import { loadReview } from './use-cases/load-resource.js';
import { confirmCriterion, rateCriterion, writeSectionNote } from './use-cases/review-use-cases.js';

const ZCriterionState = z
  .object({
    id: z.string(),
    rating: ZNullableRating.describe('the latest rating, proposed or confirmed'),
    ratedByPersonId: z.string().nullable(),
    ratedAt: z.string().nullable(),
    confirmed: z.boolean().describe('the lead confirmed this rating as final'),
    confirmedByPersonId: z.string().nullable(),
    confirmedAt: z.string().nullable(),
    evidence: z.array(ZEvidence),
    commentCount: z.number().int(),
  })
  .openapi('CriterionState');
const ZReview = z
  .object({
    cycle: ZCycle,
    sections: z.array(
      z.object({ id: z.string(), note: z.string().nullable(), noteUpdatedAt: z.string().nullable(), criteria: z.array(ZCriterionState) }),
    ),
  })
  .openapi('TeamReview');
const ZRatingState = z.object({ criterionId: z.string(), rating: ZRating, confirmed: z.boolean() }).openapi('RatingState');

/** A team review: its state, ratings, the lead's confirmations and the sections' journey notes. */
export function registerReviewRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/cycles/{id}/review',
      tags: ['Assessments'],
      summary: "A team review's state: per section its journey note, per criterion its rating, confirmation, evidence and comment count",
      request: { params: ZCycleIdParam },
      responses: { 200: jsonContent(ZReview, 'The review'), 404: jsonContent(ZProblem, 'No such cycle you may see') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const cycle = await loadReview(db, actor, c.req.valid('param').id, 'see');
      const pack = await packOfCycle(db, cycle);
      const [ratings, evidence, notes, comments] = await Promise.all([
        ratingsOf(db, actor.orgId, [cycle.id]),
        evidenceOf(db, actor.orgId, cycle.id),
        sectionNotesOf(db, actor.orgId, cycle.id),
        commentCounts(db, actor.orgId, cycle.id),
      ]);
      const sections = pack.pack.body.sections.map((section) => {
        const note = notes.find((n) => n.sectionId === section.id);
        return {
          id: section.id,
          note: note?.note ?? null,
          noteUpdatedAt: note?.updatedAt.toISOString() ?? null,
          criteria: section.criteria.map((criterion) => {
            const r = ratings.find((x) => x.criterionId === criterion.id);
            return {
              id: criterion.id,
              rating: r?.rating ?? null,
              ratedByPersonId: r?.ratedByPersonId ?? null,
              ratedAt: r?.ratedAt?.toISOString() ?? null,
              confirmed: Boolean(r?.confirmedAt),
              confirmedByPersonId: r?.confirmedByPersonId ?? null,
              confirmedAt: r?.confirmedAt?.toISOString() ?? null,
              evidence: evidence.filter((e) => e.criterionId === criterion.id).map((e) => presentEvidence(cycle.id, e)),
              commentCount: comments.get(criterion.id) ?? 0,
            };
          }),
        };
      });
      return c.json({ cycle: presentCycle(cycle), sections }, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/assessments/cycles/{id}/criteria/{criterionId}/rating',
      tags: ['Assessments'],
      summary: "Rate a criterion red, amber or green (the review's contributors and lead, while the cycle is open)",
      request: { params: ZCriterionParams, body: jsonBody(ZRatingInput) },
      responses: {
        200: jsonContent(ZRatingState, 'Rated; a changed rating needs confirming again'),
        400: jsonContent(ZProblem, 'Bad rating, or a criterion not in this pack'),
        403: jsonContent(ZProblem, 'Not a contributor'),
        404: jsonContent(ZProblem, 'No such cycle you may see'),
        409: jsonContent(ZProblem, 'The cycle is closed'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id, criterionId } = c.req.valid('param');
      const { rating } = c.req.valid('json');
      return c.json(await rateCriterion(db, actor, { cycleId: id, criterionId, rating }), 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/assessments/cycles/{id}/criteria/{criterionId}/confirm',
      tags: ['Assessments'],
      summary: "The lead confirms a criterion's final rating (while the cycle is open)",
      request: { params: ZCriterionParams, body: jsonBody(ZRatingInput) },
      responses: {
        200: jsonContent(ZRatingState, 'Confirmed'),
        400: jsonContent(ZProblem, 'Bad rating, or a criterion not in this pack'),
        403: jsonContent(ZProblem, 'Not the lead'),
        404: jsonContent(ZProblem, 'No such cycle you may see'),
        409: jsonContent(ZProblem, 'The cycle is closed'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id, criterionId } = c.req.valid('param');
      const { rating } = c.req.valid('json');
      return c.json(await confirmCriterion(db, actor, { cycleId: id, criterionId, rating }), 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/assessments/cycles/{id}/sections/{sectionId}/note',
      tags: ['Assessments'],
      summary: "Write a section's journey note: where the team is on its journey (contributors and lead, while open)",
      request: { params: z.object({ id: z.uuid('must be an id (UUID)'), sectionId: z.string().min(1).max(100) }), body: jsonBody(ZNoteInput) },
      responses: {
        200: jsonContent(z.object({ sectionId: z.string(), note: z.string() }), 'Saved'),
        400: jsonContent(ZProblem, 'A section not in this pack, or a note too long'),
        403: jsonContent(ZProblem, 'Not a contributor'),
        404: jsonContent(ZProblem, 'No such cycle you may see'),
        409: jsonContent(ZProblem, 'The cycle is closed'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id, sectionId } = c.req.valid('param');
      const { note } = c.req.valid('json');
      return c.json(await writeSectionNote(db, actor, { cycleId: id, sectionId, note }), 200);
    },
  );
}

import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { managers, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZPlanInput, ZSelfAssessmentAnswers } from './model.js';
import { ZSelfAssessmentHistory, ZTeamPlanRow } from './plan-present.js';
import { normaliseAnswers } from './plan-store.js';
import { answerSelfAssessment, changePlan, confirmPlan, listTeamPlans, seePlans, submitSelfAssessment } from './plan-use-cases.js';

const tags = ['Development plans'];
const notYours = jsonContent(ZProblem, 'No such person whose plan you may see (or, for answers and submitting, not your own)');
const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');
const history = jsonContent(ZSelfAssessmentHistory, 'All versions after the change, newest first');

/**
 * Self-assessments and agreed plans (H.self). Professional records: the person, their line
 * manager and org admins read them; every read or change by someone else lands in the person's
 * access log. Only the person answers and submits; both sides write the plan and confirm.
 */
export function registerPlanRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/people/{id}/self-assessments',
      tags,
      summary: "Every version of a person's self-assessment and plan, newest first; reads by others are logged",
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZSelfAssessmentHistory, 'The versions, newest first'), 404: notYours },
    }),
    async (c) => c.json(await seePlans(db, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/people/{id}/self-assessment/answers',
      tags,
      summary: 'The worker saves their own answers (every field may be left empty); after a confirmation this starts a new version',
      request: { params: ZIdParam, body: jsonBody(ZSelfAssessmentAnswers) },
      responses: { 200: history, 400: badInput, 404: notYours },
    }),
    async (c) => c.json(await answerSelfAssessment(db, requireActor(c), c.req.valid('param').id, normaliseAnswers(c.req.valid('json'))), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/people/{id}/self-assessment/plan',
      tags,
      summary: 'The worker, their line manager or an admin writes the development and support plan; after a confirmation this starts a new version',
      request: { params: ZIdParam, body: jsonBody(ZPlanInput) },
      responses: { 200: history, 400: badInput, 404: notYours },
    }),
    async (c) => c.json(await changePlan(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/people/{id}/self-assessment/submit',
      tags,
      summary: "The worker hands their self-assessment to their manager for review",
      request: { params: ZIdParam },
      responses: { 200: history, 404: notYours },
    }),
    async (c) => c.json(await submitSelfAssessment(db, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/people/{id}/self-assessment/confirm',
      tags,
      summary: 'The worker or the manager side confirms the current version; when both have, it is agreed',
      request: { params: ZIdParam },
      responses: { 200: history, 404: notYours, 422: jsonContent(ZProblem, 'Nothing to confirm yet') },
    }),
    async (c) => c.json(await confirmPlan(db, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guarded(managers, {
      method: 'get',
      path: '/api/v1/team/plans',
      tags,
      summary: "Plan status and review dates: a supervisor's direct reports, or everyone for org admins",
      responses: { 200: jsonContent(z.object({ plans: z.array(ZTeamPlanRow) }), 'One row per person, by name') },
    }),
    async (c) => c.json(await listTeamPlans(db, requireActor(c)), 200),
  );
}

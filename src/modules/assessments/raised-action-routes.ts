import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { todayIn } from '../../platform/time/day.js';
import { DOMAIN_IDS } from '../../content/assessment-pack-schema.js';
import { presentActions, ZAction } from './action-view.js';
import { ZActionInput } from './model.js';
import { ZCycleIdParam } from './present.js';
import { laterSurveyFigures, raiseDomainAction, raiseSurveyAction } from './use-cases/raised-action-use-cases.js';

const ZSurveyActionInput = ZActionInput.extend({
  criterionId: z.string().min(1).max(100),
  unitId: z.uuid('must be a unit id').nullable().describe("null: the survey's whole scope"),
}).openapi('SurveyActionInput');

const ZDomainActionInput = ZActionInput.extend({
  domain: z.enum(DOMAIN_IDS, { error: `must be one of ${DOMAIN_IDS.join(', ')}` }),
}).openapi('DomainActionInput');

/** Actions raised from the assessments' released figures: a survey criterion's mean for a group, an audit domain's share of green. */
export function registerRaisedActionRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;
  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/assessments/cycles/{id}/survey-actions',
      tags: ['Assessments'],
      summary:
        "Raise an action from a closed staff survey's criterion figure for a group, as the gate released it to you (org admins and the survey's lead); it joins the survey's action plan and keeps the figure",
      request: { params: ZCycleIdParam, body: jsonBody(ZSurveyActionInput) },
      responses: {
        201: jsonContent(ZAction, 'Raised'),
        400: jsonContent(ZProblem, 'Bad input, a criterion or group with no figure, a hidden figure, or an owner not of the organisation'),
        404: jsonContent(ZProblem, 'No such survey whose results you may see'),
        409: jsonContent(ZProblem, 'The survey is still open'),
        422: jsonContent(ZProblem, 'The results cannot be shown now without giving away a hidden figure'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const created = await raiseSurveyAction(db, actor, c.req.valid('param').id, c.req.valid('json'));
      const [action] = await presentActions(db, actor.orgId, [created], todayIn(actor.timeZone), { survey: laterSurveyFigures(db, actor) });
      return c.json(action!, 201);
    },
  );
  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/assessments/cycles/{id}/domain-actions',
      tags: ['Assessments'],
      summary: "Raise an action from a team review's share of green criteria in an implementation domain (org admins); it joins the review's action plan and keeps the figure",
      request: { params: ZCycleIdParam, body: jsonBody(ZDomainActionInput) },
      responses: {
        201: jsonContent(ZAction, 'Raised'),
        400: jsonContent(ZProblem, "Bad input, not a team review, a domain with no criterion in the review's pack, or an owner not of the organisation"),
        403: jsonContent(ZProblem, 'Only org admins'),
        404: jsonContent(ZProblem, 'No such cycle you may see'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const created = await raiseDomainAction(db, actor, c.req.valid('param').id, c.req.valid('json'));
      const [action] = await presentActions(db, actor.orgId, [created], todayIn(actor.timeZone));
      return c.json(action!, 201);
    },
  );
}

import { todayIn } from '../../platform/time/day.js';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { hasRole, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { pageOf, ZNextCursor, ZPageQuery } from '../../platform/http/page.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { listActions } from './action-store.js';
import { presentActions, ZAction } from './action-view.js';
import { listCycles } from './cycle-store.js';
import { newestFirstCursor } from './newest-first.js';
import { ZActionInput, ZActionPatch, ZCommentInput } from './model.js';
import { ZCriterionParams, ZCycleIdParam } from './present.js';
import { changeAction, noteAction, planAction } from './use-cases/action-use-cases.js';
import { loadActionPlan } from './use-cases/load-resource.js';
import { laterSurveyFigures } from './use-cases/raised-action-use-cases.js';

/** Action plans: actions from amber and red criteria, their progress, and the organisation's list. */
export function registerActionRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/assessments/cycles/{id}/criteria/{criterionId}/actions',
      tags: ['Assessments'],
      summary: 'Create an action for a criterion rated amber or red, with an owner in the organisation and a due date (admins, the lead, contributors)',
      request: { params: ZCriterionParams, body: jsonBody(ZActionInput) },
      responses: {
        201: jsonContent(ZAction, 'Created'),
        400: jsonContent(ZProblem, 'Bad input, a criterion not in this pack, or one not rated amber or red'),
        403: jsonContent(ZProblem, 'Not part of the review'),
        404: jsonContent(ZProblem, 'No such cycle you may see'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id, criterionId } = c.req.valid('param');
      const input = c.req.valid('json');
      const created = await planAction(db, actor, { cycleId: id, criterionId, ...input });
      const [action] = await presentActions(db, actor.orgId, [created], todayIn(actor.timeZone));
      return c.json(action!, 201);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/cycles/{id}/actions',
      tags: ['Assessments'],
      summary: "A cycle's action plan (people who may see the cycle)",
      request: { params: ZCycleIdParam },
      responses: { 200: jsonContent(z.object({ actions: z.array(ZAction) }), 'Actions, newest first'), 404: jsonContent(ZProblem, 'No such cycle you may see') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const cycle = await loadActionPlan(db, actor, c.req.valid('param').id, 'see');
      // a survey's actions raised from its figures, beside the same figures of the next survey (for those who may see its results)
      const later = cycle.mode === 'staff-survey' ? { survey: laterSurveyFigures(db, actor) } : {};
      return c.json({ actions: await presentActions(db, actor.orgId, await listActions(db, actor.orgId, { cycleIds: [cycle.id] }), todayIn(actor.timeZone), later) }, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/actions',
      tags: ['Assessments'],
      summary: "The organisation's actions, newest first, a page at a time, overdue ones flagged: all for admins; otherwise those of cycles one takes part in, those one owns and, for supervisors, those raised from workforce figures",
      request: { query: ZPageQuery },
      responses: {
        200: jsonContent(z.object({ actions: z.array(ZAction), nextCursor: ZNextCursor }), 'A page of actions, newest first'),
        422: jsonContent(ZProblem, 'A cursor not from this list, or a limit out of range'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { cursor, limit } = c.req.valid('query');
      const after = newestFirstCursor(cursor);
      const filter = hasRole(actor, 'org_admin')
        ? {}
        : {
            cycleIds: (await listCycles(db, actor.orgId, actor.personId)).map((x) => x.id),
            ownerPersonId: actor.personId,
            // those who see the workforce figures follow up the actions raised from them (actionPolicy)
            fromFigures: hasRole(actor, 'supervisor'),
          };
      const page = pageOf(await listActions(db, actor.orgId, filter, { after, limit }), limit, (r) => r.sortKey);
      return c.json({ actions: await presentActions(db, actor.orgId, page.items, todayIn(actor.timeZone)), nextCursor: page.nextCursor }, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'patch',
      path: '/api/v1/assessments/actions/{id}',
      tags: ['Assessments'],
      summary: "Change an action's status, owner or due date (people who may see it)",
      request: { params: ZIdParam, body: jsonBody(ZActionPatch) },
      responses: { 200: jsonContent(ZAction, 'Changed'), 400: jsonContent(ZProblem, 'Bad input'), 404: jsonContent(ZProblem, 'No such action you may see') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const changed = await changeAction(db, actor, id, patch);
      return c.json((await presentActions(db, actor.orgId, [changed], todayIn(actor.timeZone)))[0]!, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/assessments/actions/{id}/notes',
      tags: ['Assessments'],
      summary: 'Add a progress note to an action (people who may see it)',
      request: { params: ZIdParam, body: jsonBody(ZCommentInput) },
      responses: { 201: jsonContent(ZAction, 'The action with its notes'), 400: jsonContent(ZProblem, 'Bad input'), 404: jsonContent(ZProblem, 'No such action you may see') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const { body } = c.req.valid('json');
      const noted = await noteAction(db, actor, id, body);
      return c.json((await presentActions(db, actor.orgId, [noted], todayIn(actor.timeZone)))[0]!, 201);
    },
  );
}

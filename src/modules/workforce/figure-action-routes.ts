import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { managers } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZAction } from '../assessments/action-view.js';
import { newestFirstCursor } from '../assessments/newest-first.js';
import { ZNextCursor, ZPageQuery } from '../../platform/http/page.js';
import { ZActionInput } from '../assessments/model.js';
import { figureActions, raiseFigureAction } from './figure-action-use-cases.js';
import { INDICATOR_KEYS } from './indicator-rules.js';

const ZFigureActionInput = ZActionInput.extend({
  quarter: z.string().max(20).describe('the quarter of the figure, such as 2026-Q3'),
  unitId: z.uuid('must be a unit id').nullable().describe('null: the whole organisation'),
  indicator: z.enum(INDICATOR_KEYS, { error: `must be one of ${INDICATOR_KEYS.join(', ')}` }),
}).openapi('FigureActionInput');

/** Actions raised from released workforce figures, and their list with each figure before and after. */
export function registerFigureActionRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;
  app.openapi(
    guarded(managers, {
      method: 'post',
      path: '/api/v1/workforce/figure-actions',
      tags: ['Workforce'],
      summary:
        "Raise an action from a workforce figure as the gate released it (a group's quarter figure that is shown), with an owner in the organisation and a due date. It joins the organisation's action plan.",
      request: { body: jsonBody(ZFigureActionInput) },
      responses: {
        201: jsonContent(ZAction, 'Raised'),
        400: jsonContent(ZProblem, 'Bad input, a hidden group, a figure not shown, or an owner not of the organisation'),
        403: jsonContent(ZProblem, 'Only org admins and supervisors'),
        422: jsonContent(ZProblem, 'Not a quarter, or one not started yet'),
      },
    }),
    async (c) => c.json(await raiseFigureAction(db, requireActor(c), c.req.valid('json')), 201),
  );
  app.openapi(
    guarded(managers, {
      method: 'get',
      path: '/api/v1/workforce/figure-actions',
      tags: ['Workforce'],
      summary: 'Actions raised from workforce figures, newest first: each with its figure when raised and, once the next quarter has ended, the same figure then (through the gate)',
      request: { query: ZPageQuery },
      responses: {
        200: jsonContent(z.object({ actions: z.array(ZAction), nextCursor: ZNextCursor }), 'A page of actions, newest first'),
        403: jsonContent(ZProblem, 'Only org admins and supervisors'),
        422: jsonContent(ZProblem, 'A cursor not from this list, or a limit out of range'),
      },
    }),
    async (c) => {
      const { cursor, limit } = c.req.valid('query');
      return c.json(await figureActions(db, requireActor(c), { after: newestFirstCursor(cursor), limit }), 200);
    },
  );
}

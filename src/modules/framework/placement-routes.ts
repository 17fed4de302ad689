import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { managers, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent, orNull } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZLevel, ZPlacementInput } from './model.js';
import { ZPlacementRecord, ZPlacementReview, ZRequiredLevel } from './placement-present.js';
import { placePerson, placeUnit, seePersonPlacement, seeUnitPlacement } from './placement-use-cases.js';

const ZUnitPlacement = z
  .object({
    unit: z.object({ id: z.string(), name: z.string() }),
    /** The level in force here: the unit's own placement, or the nearest placed unit above it. */
    effective: z.object({ level: ZLevel, unitId: z.string(), unitName: z.string() }).nullable(),
    history: z.array(ZPlacementRecord),
  })
  .openapi('UnitPlacement');

const ZPersonPlacement = z
  .object({
    person: z.object({ id: z.string(), name: z.string(), unitId: z.string().nullable(), unitName: z.string().nullable() }),
    required: orNull(ZRequiredLevel),
    history: z.array(ZPlacementRecord),
    openReview: orNull(ZPlacementReview),
    reviews: z.array(ZPlacementReview),
  })
  .openapi('PersonPlacement');

const placed = jsonContent(z.object({ id: z.string(), level: ZLevel }), 'Placed');

/** Placing units and people at a practice level (H.placement), with the history of decisions. */
export function registerPlacementRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/units/{id}/placement',
      tags: ['Framework'],
      summary: "A unit's practice level and the decisions that set it (anyone in the organisation)",
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZUnitPlacement, 'The unit placement'), 404: jsonContent(ZProblem, 'No such unit') },
    }),
    async (c) => c.json(await seeUnitPlacement(db, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guarded(managers, {
      method: 'post',
      path: '/api/v1/units/{id}/placement',
      tags: ['Framework'],
      summary: 'Place a unit at a level (org admins; supervisors for their own unit and the units inside it)',
      request: { params: ZIdParam, body: jsonBody(ZPlacementInput) },
      responses: {
        201: placed,
        400: jsonContent(ZProblem, 'Bad input, or answers that do not settle a level'),
        403: jsonContent(ZProblem, 'Not a unit you look after'),
        404: jsonContent(ZProblem, 'No such unit'),
      },
    }),
    async (c) => c.json(await placeUnit(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/people/{id}/placement',
      tags: ['Framework'],
      summary: "A person's required level and where it comes from, their own placements and review requests",
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZPersonPlacement, 'The person placement'), 404: jsonContent(ZProblem, 'No such person you may see') },
    }),
    async (c) => c.json(await seePersonPlacement(db, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/people/{id}/placement',
      tags: ['Framework'],
      summary: 'Place one person at a level (the person themself, their line manager, or an org admin)',
      request: { params: ZIdParam, body: jsonBody(ZPlacementInput) },
      responses: {
        201: placed,
        400: jsonContent(ZProblem, 'Bad input, or answers that do not settle a level'),
        404: jsonContent(ZProblem, 'No such person you may place'),
      },
    }),
    async (c) => c.json(await placePerson(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
}

import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { type Actor, managers, signedIn } from '../../platform/access/policy.js';
import { canReadProfessionalRecord } from '../people/policy.js';
import { recordAudit, recordRead } from '../../platform/audit/audit-store.js';
import type { Queryable } from '../../platform/db/client.js';
import type { AppDeps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/errors.js';
import { type AppEnv, guarded } from '../../platform/http/route.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { findPerson } from '../people/people-store.js';
import { ZLevel, ZPlacementInput } from './model.js';
import { ZPlacementRecord, ZPlacementReview, ZRequiredLevel, presentPlacement, presentReview } from './placement-present.js';
import { requiredLevel, unitChainOf } from './placement-rules.js';
import { currentUnitPlacements, insertPlacement, listReviews, placementHistory } from './placement-store.js';
import { namesOf } from '../people/person-names.js';
import { requireManagedUnit, unitOr404, unitTree } from './unit-scope.js';

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
    required: ZRequiredLevel.nullable(),
    history: z.array(ZPlacementRecord),
    openReview: ZPlacementReview.nullable(),
    reviews: z.array(ZPlacementReview),
  })
  .openapi('PersonPlacement');

const placed = jsonContent(z.object({ id: z.string(), level: ZLevel }), 'Placed');

/** The person, when the actor may read (and so place) them; 404 alike for missing and not allowed. */
async function personFor(q: Queryable, actor: Actor, id: string) {
  const person = await findPerson(q, actor.orgId, id);
  if (!person || !canReadProfessionalRecord(actor, person)) throw notFound('The person');
  return person;
}

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
    async (c) => {
      const actor = c.get('actor')!;
      const { id } = c.req.valid('param');
      const tree = await unitTree(db, actor.orgId);
      const unit = unitOr404(tree, id);
      const [history, current] = await Promise.all([placementHistory(db, actor.orgId, { unitId: id }), currentUnitPlacements(db, actor.orgId)]);
      const effective = requiredLevel(null, unitChainOf(id, tree.parentOf), current);
      return c.json(
        {
          unit: { id: unit.id, name: unit.name },
          effective: effective?.unitId ? { level: effective.level, unitId: effective.unitId, unitName: tree.byId.get(effective.unitId)?.name ?? '' } : null,
          history: history.map(presentPlacement),
        },
        200,
      );
    },
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
    async (c) => {
      const actor = c.get('actor')!;
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const result = await db.transaction(async (tx) => {
        await requireManagedUnit(tx, actor, id);
        const result = await insertPlacement(tx, actor.orgId, { unitId: id }, input, actor.personId);
        await recordAudit(tx, actor, { type: 'placement.decided', data: { unitId: id, placementId: result.id, level: result.level } });
        return result;
      });
      return c.json(result, 201);
    },
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
    async (c) => {
      const actor = c.get('actor')!;
      const { id } = c.req.valid('param');
      const person = await personFor(db, actor, id);
      const [tree, current, history, reviewRows] = await Promise.all([
        unitTree(db, actor.orgId),
        currentUnitPlacements(db, actor.orgId),
        placementHistory(db, actor.orgId, { personId: id }),
        listReviews(db, actor.orgId, [id]),
      ]);
      const own = history[0] ? { level: history[0].level, decidedAt: history[0].decidedAt } : null;
      const required = requiredLevel(own, unitChainOf(person.unitId, tree.parentOf), current);
      const names = await namesOf(db, actor.orgId, [id, ...reviewRows.map((r) => r.resolvedByPersonId)]);
      const reviews = reviewRows.map((r) => presentReview(r, names));
      await recordRead(db, actor, id, 'placement');
      return c.json(
        {
          person: { id: person.id, name: person.name, unitId: person.unitId, unitName: person.unitName },
          required: required
            ? { level: required.level, from: required.from, ...(required.unitId ? { unitId: required.unitId, unitName: tree.byId.get(required.unitId)?.name ?? '' } : {}) }
            : null,
          history: history.map(presentPlacement),
          openReview: reviews.find((r) => r.status === 'open') ?? null,
          reviews,
        },
        200,
      );
    },
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
    async (c) => {
      const actor = c.get('actor')!;
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const result = await db.transaction(async (tx) => {
        // who may read a professional record may also place that person: self, line manager, admin
        await personFor(tx, actor, id);
        const result = await insertPlacement(tx, actor.orgId, { personId: id }, input, actor.personId);
        await recordAudit(tx, actor, { type: 'placement.decided', subjectPersonId: id, data: { placementId: result.id, level: result.level } });
        return result;
      });
      return c.json(result, 201);
    },
  );
}

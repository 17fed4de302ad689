import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { managers } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { AppDeps } from '../../platform/deps.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent, orNull } from '../../platform/http/openapi-shared.js';
import { needsGap } from './development-rules.js';
import { ZLevel } from '../framework/model.js';
import { NEED_KINDS, RECOVERY_STAGES, ZNeedsInput } from './model.js';
import { type NeedsAnswers, type NeedsRow, insertNeedsAssessment, needsAssessmentsOf } from './needs-store.js';
import { loadUnitAccess } from '../framework/unit-scope.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { needsPolicy } from './policy.js';

const ZNeedsAssessment = z
  .object({
    id: z.string(),
    unitId: z.string(),
    serviceRemit: z.string().nullable(),
    recoveryStages: z.array(z.enum(RECOVERY_STAGES)),
    currentLevel: orNull(ZLevel),
    requiredLevel: ZLevel,
    need: z.enum(NEED_KINDS).nullable(),
    notes: z.string().nullable(),
    /** Levels training still has to cover to reach the required level, and what kind of need. */
    gap: z.object({ levels: z.array(ZLevel), hasGap: z.boolean(), need: z.enum(NEED_KINDS).nullable() }),
    packId: z.string(),
    packVersion: z.string(),
    assessedBy: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    assessedAt: z.string(),
  })
  .openapi('NeedsAssessment');

function presentNeeds(row: NeedsRow): z.infer<typeof ZNeedsAssessment> {
  const answers = row.answers as NeedsAnswers;
  return {
    id: row.id,
    unitId: row.unitId,
    serviceRemit: answers.serviceRemit ?? null,
    recoveryStages: (answers.recoveryStages ?? []) as Array<(typeof RECOVERY_STAGES)[number]>,
    currentLevel: row.currentLevel,
    requiredLevel: row.requiredLevel,
    need: row.need,
    notes: answers.notes ?? null,
    gap: needsGap(row.currentLevel, row.requiredLevel, row.need),
    packId: row.packId,
    packVersion: row.packVersion,
    assessedBy: row.assessedByPersonId ? { id: row.assessedByPersonId, name: row.assessedByName } : null,
    assessedAt: row.assessedAt.toISOString(),
  };
}

/** Training needs assessments of a unit (H.tna), by the people who look after it. */
export function registerNeedsRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(managers, {
      method: 'get',
      path: '/api/v1/units/{id}/needs-assessments',
      tags: ['Framework'],
      summary: "A unit's training needs assessments, newest first, each with its gap (admins; supervisors for their own units)",
      request: { params: ZIdParam },
      responses: {
        200: jsonContent(z.object({ assessments: z.array(ZNeedsAssessment) }), 'Assessments, newest first'),
        404: jsonContent(ZProblem, 'No such unit you look after'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      // the unit list is open to all, but a unit's needs are its managers' working notes
      authorize(needsPolicy(actor, 'list', (await loadUnitAccess(db, actor, id)).access), 'The unit');
      const rows = await needsAssessmentsOf(db, actor.orgId, id);
      return c.json({ assessments: rows.map(presentNeeds) }, 200);
    },
  );

  app.openapi(
    guarded(managers, {
      method: 'post',
      path: '/api/v1/units/{id}/needs-assessments',
      tags: ['Framework'],
      summary: 'Record a training needs assessment of a unit (admins; supervisors for their own units)',
      request: { params: ZIdParam, body: jsonBody(ZNeedsInput) },
      responses: {
        201: jsonContent(ZNeedsAssessment, 'Recorded'),
        400: jsonContent(ZProblem, 'Bad input'),
        403: jsonContent(ZProblem, 'Not a unit you look after'),
        404: jsonContent(ZProblem, 'No such unit'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const created = await db.transaction(async (tx) => {
        authorize(needsPolicy(actor, 'create', (await loadUnitAccess(tx, actor, id)).access), 'The unit');
        const assessmentId = await insertNeedsAssessment(tx, actor.orgId, id, input, actor.personId);
        await recordAudit(tx, actor, { type: 'needs.assessed', data: { unitId: id, assessmentId } });
        const rows = await needsAssessmentsOf(tx, actor.orgId, id);
        return rows.find((r) => r.id === assessmentId)!;
      });
      return c.json(presentNeeds(created), 201);
    },
  );
}

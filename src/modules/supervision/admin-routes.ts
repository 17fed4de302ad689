import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { managers, orgAdmins, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZAssignmentInput } from './model.js';
import { supervisionTags as tags, ZAssignment, ZHeldCounts } from './present.js';
import { assignSupervisor, listAssignments } from './use-cases/assignments.js';
import { sessionsHeld } from './use-cases/held-counts.js';

const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');

const ZAssignmentsQuery = z.object({
  unitId: z.uuid('must be a unit id (UUID)').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
const ZQuarterQuery = z.object({ quarter: z.string().regex(/^\d{4}-Q[1-4]$/, 'must be a quarter such as 2026-Q3') });

/** The organisation's side: who supervises whom, and how many sessions were held (counts through the gate only). */
export function registerSupervisionAdminRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/supervision/assignments',
      tags,
      summary: 'People with their supervisor (line manager unless another is assigned); the list read is logged',
      request: { query: ZAssignmentsQuery },
      responses: { 200: jsonContent(z.object({ total: z.number().int(), assignments: z.array(ZAssignment) }).openapi('SupervisionAssignments'), 'A page of people'), 400: badInput },
    }),
    async (c) => c.json(await listAssignments(db, requireActor(c), c.req.valid('query')), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/supervision/assignments/{id}',
      tags,
      summary: 'Choose who supervises a person (org admins and the person’s line manager); null: the line manager',
      request: { params: ZIdParam, body: jsonBody(ZAssignmentInput) },
      responses: { 200: jsonContent(ZAssignment, 'The person and their supervisor now'), 400: badInput, 422: jsonContent(ZProblem, 'The chosen supervisor cannot be: the field named'), 403: jsonContent(ZProblem, 'The person themself'), 404: jsonContent(ZProblem, 'No such person of yours') },
    }),
    async (c) => c.json(await assignSupervisor(db, requireActor(c), c.req.valid('param').id, c.req.valid('json').supervisorId), 200),
  );

  app.openapi(
    guarded(managers, {
      method: 'get',
      path: '/api/v1/supervision/sessions-held',
      tags,
      summary: 'How many sessions were held per unit in a quarter, through the privacy gate (supervisors: their units)',
      request: { query: ZQuarterQuery },
      responses: { 200: jsonContent(ZHeldCounts, 'Released counts; hidden groups say why'), 400: badInput, 422: jsonContent(ZProblem, 'Refused by the gate: too close to figures shown before') },
    }),
    async (c) => c.json(await sessionsHeld(db, requireActor(c), c.req.valid('query').quarter), 200),
  );
}

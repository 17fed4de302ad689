import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { orgAdmins, signedIn } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { AppDeps } from '../../platform/deps.js';
import { type AppEnv, guarded } from '../../platform/http/route.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { ZUnitInput, ZUnitPatch } from './model.js';
import { createUnit, deleteUnit, listUnits, updateUnit } from './unit-store.js';

const ZUnit = z
  .object({ id: z.string(), name: z.string(), kind: z.enum(['service', 'team']), parentId: z.string().nullable(), peopleCount: z.number() })
  .openapi('Unit');

/** Services and teams: anyone signed in may see the structure; org admins change it. */
export function registerUnitRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/units',
      tags: ['Units'],
      summary: "The organisation's services and teams",
      responses: { 200: jsonContent(z.object({ units: z.array(ZUnit) }), 'Units, by name') },
    }),
    async (c) => c.json({ units: await listUnits(db, c.get('actor')!.orgId) }, 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/units',
      tags: ['Units'],
      summary: 'Add a service or team',
      request: { body: jsonBody(ZUnitInput) },
      responses: { 201: jsonContent(z.object({ id: z.string() }), 'Created'), 400: jsonContent(ZProblem, 'Bad input') },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const input = c.req.valid('json');
      const id = await db.transaction(async (tx) => {
        const id = await createUnit(tx, actor.orgId, input);
        await recordAudit(tx, actor, { type: 'unit.created', data: { unitId: id } });
        return id;
      });
      return c.json({ id }, 201);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'patch',
      path: '/api/v1/units/{id}',
      tags: ['Units'],
      summary: 'Rename or move a unit',
      request: { params: ZIdParam, body: jsonBody(ZUnitPatch) },
      responses: { 204: { description: 'Changed' }, 400: jsonContent(ZProblem, 'Bad input'), 404: jsonContent(ZProblem, 'No such unit') },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      await db.transaction(async (tx) => {
        const fields = await updateUnit(tx, actor.orgId, id, patch);
        await recordAudit(tx, actor, { type: 'unit.updated', data: { unitId: id, fields } });
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'delete',
      path: '/api/v1/units/{id}',
      tags: ['Units'],
      summary: 'Remove an empty unit',
      request: { params: ZIdParam },
      responses: { 204: { description: 'Removed' }, 409: jsonContent(ZProblem, 'The unit is not empty') },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const { id } = c.req.valid('param');
      await db.transaction(async (tx) => {
        await deleteUnit(tx, actor.orgId, id);
        await recordAudit(tx, actor, { type: 'unit.deleted', data: { unitId: id } });
      });
      return c.body(null, 204);
    },
  );
}

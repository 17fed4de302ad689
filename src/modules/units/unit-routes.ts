import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { orgAdmins, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { ZUnitInput, ZUnitPatch } from './model.js';
import { addUnit, changeUnit, removeUnit, showUnits, type UnitMembers } from './unit-use-cases.js';

const ZUnit = z
  .object({ id: z.string(), name: z.string(), kind: z.enum(['service', 'team']), parentId: z.string().nullable(), peopleCount: z.number() })
  .openapi('Unit');

/** Services and teams: anyone signed in may see the structure; org admins change it. */
export function registerUnitRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps, members: UnitMembers) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/units',
      tags: ['Units'],
      summary: "The organisation's services and teams",
      responses: { 200: jsonContent(z.object({ units: z.array(ZUnit) }), 'Units, by name') },
    }),
    async (c) => c.json({ units: await showUnits(db, members, requireActor(c)) }, 200),
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
    async (c) => c.json({ id: await addUnit(db, requireActor(c), c.req.valid('json')) }, 201),
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
      await changeUnit(db, requireActor(c), c.req.valid('param').id, c.req.valid('json'));
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
      await removeUnit(db, members, requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}

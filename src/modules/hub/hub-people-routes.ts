import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { hubAdmins, hubPeople } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { addHubPerson, listPeopleOfHub } from './hub-people-use-cases.js';
import { hubTags, ZHubPerson, ZHubRole } from './present.js';

const ZNewHubPerson = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  email: z.string().trim().toLowerCase().max(320).pipe(z.email('must be an email address like name@example.org')),
  roles: z.array(ZHubRole).min(1, 'choose at least one role'),
});

/** The hub's people: its admins add admins and analysts, who get an invitation link by email. */
export function registerHubPeopleRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(hubPeople, {
      method: 'get',
      path: '/api/v1/hub/people',
      tags: hubTags,
      summary: "The hub's admins and analysts",
      responses: { 200: jsonContent(z.object({ people: z.array(ZHubPerson) }), 'People') },
    }),
    async (c) => {
      const people = await listPeopleOfHub(db, requireActor(c));
      return c.json({ people: people.map((p) => ({ ...p, roles: p.roles.filter((r): r is 'hub_admin' | 'hub_analyst' => r === 'hub_admin' || r === 'hub_analyst') })) }, 200);
    },
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'post',
      path: '/api/v1/hub/people',
      tags: hubTags,
      summary: 'Add a hub admin or analyst and send them an invitation link',
      request: { body: jsonBody(ZNewHubPerson) },
      responses: { 201: jsonContent(z.object({ personId: z.uuid() }), 'Invited'), 400: jsonContent(ZProblem, 'Bad input'), 409: jsonContent(ZProblem, 'Email taken') },
    }),
    async (c) => c.json({ personId: await addHubPerson(deps, requireActor(c), c.req.valid('json')) }, 201),
  );
}

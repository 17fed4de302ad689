import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { managers, orgAdmins, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { APP_ROLES } from '../../platform/auth/schema.js';
import { PERSON_KINDS, ZPersonInput, ZPersonPatch } from './model.js';
import { addPerson, changePerson, exportPeople, showPeople, showPerson } from './people-use-cases.js';

// the import's column names: its tests check the export round-trips
export { EXPORT_COLUMNS } from './people-use-cases.js';

export const ZPerson = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    /** A new email an admin asked for, awaiting confirmation by its owner; sign-in still uses `email`. */
    pendingEmail: z.string().nullable(),
    jobTitle: z.string().nullable(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    managerId: z.string().nullable(),
    managerName: z.string().nullable(),
    kind: z.enum(PERSON_KINDS),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    account: z
      .object({ roles: z.array(z.enum(APP_ROLES)), disabled: z.boolean(), status: z.enum(['active', 'invited', 'disabled']) })
      .nullable(),
  })
  .openapi('Person');

const ZListQuery = z.object({
  search: z.string().trim().max(200).optional(),
  unitId: z.uuid('must be the id of a unit').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** People: admins manage everyone; supervisors see their own direct reports; a worker sees themself. */
export function registerPeopleRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(managers, {
      method: 'get',
      path: '/api/v1/people',
      tags: ['People'],
      summary: 'List people: everyone for org admins, direct reports for supervisors (each request is one audit event with how many were shown)',
      request: { query: ZListQuery },
      responses: { 200: jsonContent(z.object({ people: z.array(ZPerson), total: z.number() }), 'People, by name') },
    }),
    async (c) => c.json(await showPeople(db, requireActor(c), c.req.valid('query')), 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/people/export.csv',
      tags: ['People'],
      summary: 'Export everyone as CSV (UTF-8, comma-separated, ISO dates)',
      responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV file' } },
    }),
    async (c) => {
      const csv = await exportPeople(db, requireActor(c));
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="people.csv"' });
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/people/{id}',
      tags: ['People'],
      summary: "A person's record (themself, their line manager, or an org admin); others' reads are logged",
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZPerson, 'The person'), 404: jsonContent(ZProblem, 'No such person you may see') },
    }),
    async (c) => c.json(await showPerson(db, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/people',
      tags: ['People'],
      summary: 'Add a person',
      request: { body: jsonBody(ZPersonInput) },
      responses: { 201: jsonContent(ZPerson, 'Created'), 400: jsonContent(ZProblem, 'Bad input'), 409: jsonContent(ZProblem, 'Email taken') },
    }),
    async (c) => c.json(await addPerson(db, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'patch',
      path: '/api/v1/people/{id}',
      tags: ['People'],
      summary: 'Change a person (a new email for someone with an account waits for their confirmation)',
      request: { params: ZIdParam, body: jsonBody(ZPersonPatch) },
      responses: { 200: jsonContent(ZPerson, 'Changed'), 400: jsonContent(ZProblem, 'Bad input'), 404: jsonContent(ZProblem, 'No such person') },
    }),
    async (c) => c.json(await changePerson(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
}

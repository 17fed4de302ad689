import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { canReadProfessionalRecord, hasRole, managers, orgAdmins, signedIn } from '../../platform/access/policy.js';
import { recordAudit, recordListRead, recordRead } from '../../platform/audit/audit-store.js';
import type { AppDeps } from '../../platform/deps.js';
import { toCsv } from '../../platform/http/csv-export.js';
import { notFound } from '../../platform/http/errors.js';
import { type AppEnv, guarded } from '../../platform/http/route.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { mailEmailChange } from '../../platform/auth/email-change.js';
import { sendInvitation } from '../../platform/auth/reset.js';
import { ZPersonInput, ZPersonPatch } from './model.js';
import { createPerson, findPerson, listPeople, presentPerson, updatePerson } from './people-store.js';

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
    kind: z.string(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    account: z
      .object({ roles: z.array(z.string()), disabled: z.boolean(), status: z.enum(['active', 'invited', 'disabled']) })
      .nullable(),
  })
  .openapi('Person');

const ZListQuery = z.object({
  search: z.string().trim().max(200).optional(),
  unitId: z.uuid('must be the id of a unit').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The CSV export's columns: the same names the import understands without mapping. */
export const EXPORT_COLUMNS = ['name', 'email', 'job_title', 'unit', 'manager_email', 'kind', 'start_date', 'end_date'] as const;

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
    async (c) => {
      const actor = c.get('actor')!;
      const query = c.req.valid('query');
      const managerId = hasRole(actor, 'org_admin') ? undefined : actor.personId;
      const { rows, total } = await listPeople(db, actor.orgId, { ...query, managerId });
      await recordListRead(db, actor, managerId ? 'people:direct-reports' : 'people', rows.map((r) => r.id), {
        searched: Boolean(query.search),
        unitId: query.unitId ?? null,
        offset: query.offset,
        total,
      });
      return c.json({ people: rows.map(presentPerson), total }, 200);
    },
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
      const actor = c.get('actor')!;
      const { rows } = await listPeople(db, actor.orgId, { limit: 1_000_000, offset: 0 });
      const emailById = new Map(rows.map((r) => [r.id, r.email]));
      const csv = toCsv(
        rows.map((r) => [r.name, r.email, r.jobTitle ?? '', r.unitName ?? '', r.managerId ? (emailById.get(r.managerId) ?? '') : '', r.kind, r.startDate ?? '', r.endDate ?? '']),
        { columns: EXPORT_COLUMNS },
      );
      await recordAudit(db, actor, { type: 'people.exported', data: { count: rows.length, list: 'people-export' } });
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
    async (c) => {
      const actor = c.get('actor')!;
      const { id } = c.req.valid('param');
      const person = await findPerson(db, actor.orgId, id);
      // Not found and not allowed answer alike, so ids cannot be probed.
      if (!person || !canReadProfessionalRecord(actor, person)) throw notFound('The person');
      await recordRead(db, actor, person.id, 'profile');
      return c.json(presentPerson(person), 200);
    },
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
    async (c) => {
      const actor = c.get('actor')!;
      const input = c.req.valid('json');
      const person = await db.transaction(async (tx) => {
        const id = await createPerson(tx, actor.orgId, input);
        await recordAudit(tx, actor, { type: 'person.created', subjectPersonId: id });
        return findPerson(tx, actor.orgId, id);
      });
      return c.json(presentPerson(person!), 201);
    },
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
    async (c) => {
      const actor = c.get('actor')!;
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const { person, emailChange } = await db.transaction(async (tx) => {
        const { fields, emailChange } = await updatePerson(tx, actor.orgId, id, patch, actor);
        if (fields.length > 0) await recordAudit(tx, actor, { type: 'person.updated', subjectPersonId: id, data: { fields } });
        return { person: await findPerson(tx, actor.orgId, id), emailChange };
      });
      if (emailChange?.kind === 'pending') await mailEmailChange(deps, emailChange, actor.name);
      if (emailChange?.kind === 'replaced') {
        await sendInvitation(deps, { orgId: actor.orgId, accountId: emailChange.account.accountId, email: emailChange.newEmail }, actor.name);
      }
      return c.json(presentPerson(person!), 200);
    },
  );
}

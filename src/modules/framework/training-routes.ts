import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type Actor, orgAdmins, signedIn } from '../../platform/access/policy.js';
import { canReadProfessionalRecord } from '../people/policy.js';
import { recordAudit, recordRead } from '../../platform/audit/audit-store.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Queryable } from '../../platform/db/client.js';
import { toCsv } from '../../platform/http/csv-export.js';
import { notFound } from '../../platform/http/errors.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded } from '../../platform/http/route.js';
import { todayIso } from '../people/model.js';
import { findPerson, listPeople } from '../people/people-store.js';
import { ZLevel, ZTrainingRecordInput } from './model.js';
import { TRAINING_EXPORT_COLUMNS } from './training-import/training-import-rules.js';
import { createTrainingRecord, deleteTrainingRecord, listTrainingForExport, listTrainingOf, presentTrainingRecord } from './training-store.js';

export const ZTrainingRecord = z
  .object({
    id: z.string(),
    personId: z.string(),
    courseId: z.string().nullable(),
    title: z.string(),
    completedOn: z.string(),
    hours: z.number(),
    levels: z.array(ZLevel),
    evidenceNote: z.string().nullable(),
    expiresOn: z.string().nullable(),
    validity: z.enum(['current', 'expiring', 'expired']).openapi({ description: 'Expiring opens 60 days before the end' }),
  })
  .openapi('TrainingRecord');

const ZRecordParams = z.object({ id: z.uuid('must be an id (UUID)'), recordId: z.uuid('must be the id of a training record') });

/**
 * The person whose training `actor` may read and change: themself, a direct report, or anyone
 * for an org admin. Not found and not allowed answer alike (404), so ids cannot be probed.
 */
async function personWhoseTraining(q: Queryable, actor: Actor, personId: string) {
  const person = await findPerson(q, actor.orgId, personId);
  if (!person || !canReadProfessionalRecord(actor, person)) throw notFound('The person');
  return person;
}

/** Training records of a person, and the organisation's export. */
export function registerTrainingRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/people/{id}/training',
      tags: ['Training'],
      summary: "A person's training records with their validity (themself, their line manager, org admins); others' reads are logged",
      request: { params: ZIdParam },
      responses: { 200: jsonContent(z.object({ records: z.array(ZTrainingRecord) }), 'Newest first'), 404: jsonContent(ZProblem, 'No such person you may see') },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const { id } = c.req.valid('param');
      await personWhoseTraining(db, actor, id);
      const rows = await listTrainingOf(db, actor.orgId, id);
      await recordRead(db, actor, id, 'training');
      const today = todayIso();
      return c.json({ records: rows.map((r) => presentTrainingRecord(r, today)) }, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/people/{id}/training',
      tags: ['Training'],
      summary: 'Record a course or other learning (the person, their line manager or an org admin)',
      request: { params: ZIdParam, body: jsonBody(ZTrainingRecordInput) },
      responses: {
        201: jsonContent(ZTrainingRecord, 'Recorded'),
        400: jsonContent(ZProblem, 'Bad input'),
        404: jsonContent(ZProblem, 'No such person you may see'),
        422: jsonContent(ZProblem, 'No such course'),
      },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      await personWhoseTraining(db, actor, id);
      const row = await db.transaction(async (tx) => {
        const recordId = await createTrainingRecord(tx, actor.orgId, id, input, actor.personId);
        await recordAudit(tx, actor, { type: 'training.recorded', subjectPersonId: id, data: { recordId } });
        return (await listTrainingOf(tx, actor.orgId, id)).find((r) => r.id === recordId)!;
      });
      return c.json(presentTrainingRecord(row, todayIso()), 201);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'delete',
      path: '/api/v1/people/{id}/training/{recordId}',
      tags: ['Training'],
      summary: 'Remove a training record (the person, their line manager or an org admin)',
      request: { params: ZRecordParams },
      responses: { 204: { description: 'Removed' }, 404: jsonContent(ZProblem, 'No such record you may change') },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const { id, recordId } = c.req.valid('param');
      await personWhoseTraining(db, actor, id);
      await db.transaction(async (tx) => {
        if (!(await deleteTrainingRecord(tx, actor.orgId, id, recordId))) throw notFound('The training record');
        await recordAudit(tx, actor, { type: 'training.deleted', subjectPersonId: id, data: { recordId } });
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/training/export.csv',
      tags: ['Training'],
      summary: "Export the organisation's training records as CSV (UTF-8, comma-separated, ISO dates; re-imports without mapping)",
      responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV file' } },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const [rows, { rows: everyone }] = await Promise.all([listTrainingForExport(db, actor.orgId), listPeople(db, actor.orgId, { limit: 1_000_000, offset: 0 })]);
      const personById = new Map(everyone.map((p) => [p.id, p]));
      const csv = toCsv(
        rows.map((r) => {
          const person = personById.get(r.personId);
          return [person?.email ?? '', person?.name ?? '', r.course ?? '', r.title, r.completedOn, r.hours, (r.levels as string[]).join(' '), r.expiresOn ?? '', r.evidenceNote ?? ''];
        }),
        { columns: TRAINING_EXPORT_COLUMNS },
      );
      await recordAudit(db, actor, { type: 'training.exported', data: { count: rows.length, people: new Set(rows.map((r) => r.personId)).size } });
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="training.csv"' });
    },
  );
}

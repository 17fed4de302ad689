import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { orgAdmins, signedIn } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { AppDeps } from '../../platform/deps.js';
import { toCsv } from '../../platform/http/csv-export.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { listPeople } from '../people/people-store.js';
import { ZTrainingRecordInput } from './model.js';
import { ZTrainingRecord } from './present.js';
import { TRAINING_EXPORT_COLUMNS } from './training-import/training-import-rules.js';
import { listTrainingForExport } from './training-store.js';
import { listTrainingRecords, recordTraining, removeTrainingRecord } from './training-record-use-cases.js';

const ZRecordParams = z.object({ id: z.uuid('must be an id (UUID)'), recordId: z.uuid('must be the id of a training record') });

/** Training records of a person, and the organisation's export. */
export function registerTrainingRecordRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
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
    async (c) => c.json(await listTrainingRecords(db, requireActor(c), c.req.valid('param').id), 200),
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
    async (c) => c.json(await recordTraining(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
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
      const { id, recordId } = c.req.valid('param');
      await removeTrainingRecord(db, requireActor(c), id, recordId);
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
      const actor = requireActor(c);
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

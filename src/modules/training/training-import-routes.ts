import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { orgAdmins } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/errors.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { createImportJobs } from '../people/import/import-jobs.js';
import { CSV_BODY, ZBadRow, ZCsv, ZDateFormat, ZImportJob } from '../people/import/import-api-schemas.js';
import { ZLevel } from '../framework/model.js';
import { TRAINING_IMPORT_FIELDS, type TrainingImportField } from './training-import/training-import-rules.js';
import { badRowsError, checkTrainingFile, previewTrainingImport, readTrainingFile, writeTrainingFile } from './training-import/run-training-import.js';

const optionalFields = Object.fromEntries(TRAINING_IMPORT_FIELDS.map((f) => [f, z.string().nullable().optional()])) as Record<
  TrainingImportField,
  z.ZodOptional<z.ZodNullable<z.ZodString>>
>;
const nullableFields = Object.fromEntries(TRAINING_IMPORT_FIELDS.map((f) => [f, z.string().nullable()])) as Record<TrainingImportField, z.ZodNullable<z.ZodString>>;
const ZMapping = z.object(optionalFields).openapi('TrainingImportMapping', { description: 'For each field, the header of the column that holds it, or null. Absent: suggested from the headers.' });

const ZPreview = z
  .object({
    headers: z.array(z.string()),
    mapping: z.object(nullableFields),
    totalRows: z.number().int(),
    goodRows: z.number().int(),
    badRows: z.array(ZBadRow),
    sample: z.array(
      z.object({ line: z.number().int(), title: z.string(), completedOn: z.string(), hours: z.number(), levels: z.array(ZLevel), expiresOn: z.string().nullable() }),
    ),
  })
  .openapi('TrainingImportPreview');


/**
 * CSV import of training records from a learning system, for org admins: preview, then
 * confirm, which runs as a job the web app polls. Nothing is written when any row is bad unless
 * the admin chose mode 'good-rows-only'.
 */
export function registerTrainingImportRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;
  const jobs = createImportJobs(deps.database, 'training-import', { log: deps.log });

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/training/imports/preview',
      tags: ['Training import'],
      summary: 'What an import would do: the headers, the mapping used, counts, every bad row by line and the first good rows. Writes nothing.',
      request: { body: jsonBody(z.object({ csv: ZCsv, mapping: ZMapping.optional(), dateFormat: ZDateFormat })) },
      responses: { 200: jsonContent(ZPreview, 'The preview'), 400: jsonContent(ZProblem, 'Unreadable file or a mapping problem') },
    }, CSV_BODY),
    async (c) => {
      const actor = requireActor(c);
      const { csv, mapping, dateFormat } = c.req.valid('json');
      const file = readTrainingFile(csv, mapping);
      return c.json(await previewTrainingImport(db, actor.orgId, file, dateFormat), 200);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/training/imports',
      tags: ['Training import'],
      summary: "Confirm an import: starts a job and returns its id. With bad rows, refuses (422) unless mode is 'good-rows-only'.",
      request: {
        body: jsonBody(
          z.object({
            csv: ZCsv,
            mapping: ZMapping.optional(),
            dateFormat: ZDateFormat,
            mode: z.enum(['all', 'good-rows-only'], { error: "must be 'all' or 'good-rows-only'" }),
          }),
        ),
      },
      responses: {
        202: jsonContent(z.object({ jobId: z.string() }), 'The import has started'),
        400: jsonContent(ZProblem, 'Unreadable file or a mapping problem'),
        422: jsonContent(ZProblem, 'Bad rows (each listed as `line N: field`); nothing was written'),
      },
    }, CSV_BODY),
    async (c) => {
      const actor = requireActor(c);
      const { csv, mapping, dateFormat, mode } = c.req.valid('json');
      const file = readTrainingFile(csv, mapping);
      const goodRowsOnly = mode === 'good-rows-only';
      const { goodRows, badRows } = await checkTrainingFile(db, actor.orgId, file, dateFormat);
      if (badRows.length > 0 && !goodRowsOnly) throw badRowsError(badRows);
      const jobId = await jobs.start(actor, goodRows.length, async (onProgress) => {
        const result = await writeTrainingFile(db, { orgId: actor.orgId, actor, file, dateFormat, goodRowsOnly, onProgress });
        if (!result.written) return { failed: badRowsError(result.badRows).message };
        return { created: result.created, updated: 0 };
      });
      return c.json({ jobId }, 202);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/training/imports/{jobId}',
      tags: ['Training import'],
      summary: "A training import job's progress and outcome (only for whoever started it; kept for an hour after it finishes)",
      request: { params: z.object({ jobId: z.uuid('must be an import job id') }) },
      responses: { 200: jsonContent(ZImportJob, 'The job'), 404: jsonContent(ZProblem, 'No such job of yours') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const job = await jobs.find(actor, c.req.valid('param').jobId);
      if (!job) throw notFound('The import job');
      return c.json(job, 200);
    },
  );
}

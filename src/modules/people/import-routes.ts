import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { orgAdmins } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/errors.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { createImportJobs } from './import/import-jobs.js';
import { IMPORT_FIELDS, type ImportField } from './import/import-rules.js';
import { PERSON_KINDS } from './model.js';
import { PEOPLE_CSV_BODY, ZBadRow, ZDateFormat, ZImportJob, ZPeopleCsv } from './import/import-api-schemas.js';
import { analyseCsv, badRowsError, checkImportFile, previewImport, readImportFile, writeImportFile } from './import/run-import.js';

const ZMapping = z
  .object(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, z.string().nullable().optional()])) as Record<ImportField, z.ZodOptional<z.ZodNullable<z.ZodString>>>)
  .openapi('ImportMapping', { description: 'For each field, the header of the column that holds it, or null.' });
const nullableFields = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, z.string().nullable()])) as Record<ImportField, z.ZodNullable<z.ZodString>>;

const ZAnalysis = z
  .object({
    delimiter: z.enum([',', ';', '\t']),
    headers: z.array(z.string()),
    rowCount: z.number().int(),
    suggestedMapping: z.object(nullableFields),
    sampleRows: z.array(z.array(z.string())),
  })
  .openapi('ImportAnalysis');

const ZPreview = z
  .object({
    totalRows: z.number().int(),
    goodRows: z.number().int(),
    newPeople: z.number().int(),
    updatedPeople: z.number().int(),
    badRows: z.array(ZBadRow),
    sample: z.array(
      z.object({
        line: z.number().int(),
        name: z.string(),
        email: z.string(),
        unit: z.string().nullable(),
        // an empty kind cell reads as 'employee'
        kind: z.enum(PERSON_KINDS),
        startDate: z.string().nullable(),
        endDate: z.string().nullable(),
      }),
    ),
  })
  .openapi('ImportPreview');


/**
 * CSV import of people, for org admins: analyse a file, preview it against the organisation,
 * then confirm, which runs as a job the web app polls for its progress bar. Nothing is written
 * before the confirmation, and nothing at all when there are bad rows unless the admin asked
 * for the good rows only.
 */
export function registerImportRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;
  const jobs = createImportJobs(deps.database, 'people-import', { log: deps.log });

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/people/imports/analyse',
      tags: ['People import'],
      summary: 'Read a CSV file: separator, headers, row count, a suggested column mapping and the first rows. Writes nothing.',
      request: { body: jsonBody(z.object({ csv: ZPeopleCsv })) },
      responses: { 200: jsonContent(ZAnalysis, 'What the file holds'), 400: jsonContent(ZProblem, 'Not a CSV file Tend can read') },
    }, PEOPLE_CSV_BODY),
    async (c) => {
      const { csv } = c.req.valid('json');
      return c.json(analyseCsv(csv), 200);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/people/imports/preview',
      tags: ['People import'],
      summary: 'What an import would do: counts, every bad row by line, and the first good rows. Writes nothing.',
      request: { body: jsonBody(z.object({ csv: ZPeopleCsv, mapping: ZMapping, dateFormat: ZDateFormat })) },
      responses: { 200: jsonContent(ZPreview, 'The preview'), 400: jsonContent(ZProblem, 'Unreadable file or a mapping problem') },
    }, PEOPLE_CSV_BODY),
    async (c) => {
      const actor = requireActor(c);
      const { csv, mapping, dateFormat } = c.req.valid('json');
      const file = readImportFile(csv, mapping);
      return c.json(await previewImport(db, actor.orgId, file, dateFormat), 200);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/people/imports',
      tags: ['People import'],
      summary: 'Confirm an import: starts a job and returns its id. With bad rows, refuses (422) unless goodRowsOnly.',
      request: { body: jsonBody(z.object({ csv: ZPeopleCsv, mapping: ZMapping, dateFormat: ZDateFormat, goodRowsOnly: z.boolean() })) },
      responses: {
        202: jsonContent(z.object({ jobId: z.string() }), 'The import has started'),
        400: jsonContent(ZProblem, 'Unreadable file or a mapping problem'),
        422: jsonContent(ZProblem, 'Bad rows (each listed as `line N: field`); nothing was written'),
      },
    }, PEOPLE_CSV_BODY),
    async (c) => {
      const actor = requireActor(c);
      const { csv, mapping, dateFormat, goodRowsOnly } = c.req.valid('json');
      const file = readImportFile(csv, mapping);
      // Checked here too, so the admin hears about bad rows at once rather than from a failed job.
      const { goodRows, badRows } = await checkImportFile(db, actor.orgId, file, dateFormat);
      if (badRows.length > 0 && !goodRowsOnly) throw badRowsError(badRows);
      const jobId = await jobs.start(actor, goodRows.length, async (onProgress) => {
        const result = await writeImportFile(db, { orgId: actor.orgId, actor, file, dateFormat, goodRowsOnly, onProgress });
        // the organisation changed between the check above and the write: say so, nothing was written
        if (!result.written) return { failed: badRowsError(result.badRows).message };
        return result;
      });
      return c.json({ jobId }, 202);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/people/imports/{jobId}',
      tags: ['People import'],
      summary: "An import job's progress and outcome (only for whoever started it; kept for an hour after it finishes)",
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

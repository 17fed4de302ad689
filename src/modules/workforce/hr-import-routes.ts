import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { orgAdmins } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/errors.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { createImportJobs } from '../people/import/import-jobs.js';
import { CSV_BODY, ZBadRow, ZCsv, ZDateFormat, ZImportJob } from '../people/import/import-api-schemas.js';
import { ABSENCE_REASONS, LEAVE_REASONS, WORKER_KINDS } from './schema.js';
import { HR_FILE_KINDS } from './hr-import/hr-import-rules.js';
import { badRowsError, checkHrFile, previewHrImport, readHrFile, writeHrFile } from './hr-import/run-hr-import.js';
import { HR_EVENT_KINDS } from './present.js';

const ZFileKind = z.enum(HR_FILE_KINDS, { error: "must be 'moves' (starters and leavers) or 'absences'" }).openapi({ description: "'moves': starters and leavers; 'absences': absence spells" });
const ZMapping = z
  .record(z.string().max(50), z.string().max(500).nullable())
  .openapi('HrImportMapping', {
    description:
      'For each field, the header of the column that holds it, or null. Starters and leavers: email, event, date, worker_kind, leave_reason; absences: email, first_day, last_day, working_days_lost, reason. Absent: suggested from the headers.',
  });

const ZPreview = z
  .object({
    fileKind: ZFileKind,
    headers: z.array(z.string()),
    mapping: z.record(z.string(), z.string().nullable()),
    totalRows: z.number().int(),
    goodRows: z.number().int(),
    badRows: z.array(ZBadRow),
    sample: z.array(
      z.object({
        line: z.number().int(),
        kind: z.enum(HR_EVENT_KINDS),
        day: z.string(),
        lastDay: z.string().nullable(),
        workingDaysLost: z.number().nullable(),
        reason: z.union([z.enum(LEAVE_REASONS), z.enum(ABSENCE_REASONS)]).nullable().openapi({ description: "A leave's reason or an absence's category" }),
        workerKind: z.enum(WORKER_KINDS).nullable(),
      }),
    ),
  })
  .openapi('HrImportPreview');

const ZFileBody = { fileKind: ZFileKind, csv: ZCsv, mapping: ZMapping.optional(), dateFormat: ZDateFormat };

/**
 * CSV import of HR events from an HR or payroll export, for org admins: one kind of file at a
 * time (starters and leavers, or absence), previewed, then confirmed as a job the web app polls.
 * Nothing is written before the confirmation, and nothing at all when any row is bad unless the
 * admin chose mode 'good-rows-only'.
 */
export function registerHrImportRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;
  const jobs = createImportJobs(deps.database, 'workforce-import', { log: deps.log });

  app.openapi(
    guarded(
      orgAdmins,
      {
        method: 'post',
        path: '/api/v1/workforce/imports/preview',
        tags: ['HR events import'],
        summary: 'What an import would do: the headers, the mapping used, counts, every bad row by line and the first good rows. Writes nothing.',
        request: { body: jsonBody(z.object(ZFileBody)) },
        responses: { 200: jsonContent(ZPreview, 'The preview'), 400: jsonContent(ZProblem, 'Unreadable file or a mapping problem') },
      },
      CSV_BODY,
    ),
    async (c) => {
      const actor = requireActor(c);
      const { fileKind, csv, mapping, dateFormat } = c.req.valid('json');
      const file = readHrFile(fileKind, csv, mapping);
      return c.json(await previewHrImport(db, actor.orgId, actor.timeZone, file, dateFormat), 200);
    },
  );

  app.openapi(
    guarded(
      orgAdmins,
      {
        method: 'post',
        path: '/api/v1/workforce/imports',
        tags: ['HR events import'],
        summary: "Confirm an import: starts a job and returns its id. With bad rows, refuses (422) unless mode is 'good-rows-only'.",
        request: { body: jsonBody(z.object({ ...ZFileBody, mode: z.enum(['all', 'good-rows-only'], { error: "must be 'all' or 'good-rows-only'" }) })) },
        responses: {
          202: jsonContent(z.object({ jobId: z.string() }), 'The import has started'),
          400: jsonContent(ZProblem, 'Unreadable file or a mapping problem'),
          422: jsonContent(ZProblem, 'Bad rows (each listed as `line N: field`); nothing was written'),
        },
      },
      CSV_BODY,
    ),
    async (c) => {
      const actor = requireActor(c);
      const { fileKind, csv, mapping, dateFormat, mode } = c.req.valid('json');
      const file = readHrFile(fileKind, csv, mapping);
      const goodRowsOnly = mode === 'good-rows-only';
      // checked here too, so the admin hears about bad rows at once rather than from a failed job
      const { goodRows, badRows } = await checkHrFile(db, actor.orgId, actor.timeZone, file, dateFormat);
      if (badRows.length > 0 && !goodRowsOnly) throw badRowsError(badRows);
      const jobId = await jobs.start(actor, goodRows.length, async (onProgress) => {
        const result = await writeHrFile(db, { orgId: actor.orgId, timeZone: actor.timeZone, actor, file, dateFormat, goodRowsOnly, onProgress });
        // the organisation changed between the check above and the write: say so, nothing was written
        if (!result.written) return { failed: badRowsError(result.badRows).message };
        return { created: result.created, updated: result.peopleUpdated };
      });
      return c.json({ jobId }, 202);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/workforce/imports/{jobId}',
      tags: ['HR events import'],
      summary: "An HR events import job's progress and outcome: created is events added, updated is people whose start or end date moved (only for whoever started it; kept for an hour after it finishes)",
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

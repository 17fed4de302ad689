import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { signedIn } from '../../../platform/access/policy.js';
import type { AppDeps } from '../../../platform/deps.js';
import { notFound } from '../../../platform/http/errors.js';
import { ZProblem, jsonBody, jsonContent } from '../../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../../platform/http/route.js';
import { loadCycle } from '../use-cases/load-resource.js';
import { attachmentHeader } from '../../../platform/http/file-content.js';
import { ZCycleIdParam } from '../present.js';
import { ratingsCsv } from './report-csv.js';
import { reportData } from './report-data.js';
import { createReportJobs } from './report-jobs.js';
import { reportPdf } from './report-pdf.js';

const ZLocale = z.enum(['en', 'es'], { error: 'must be en or es' }).optional().describe("texts' language; absent: the caller's");
const ZJobParam = z.object({ jobId: z.uuid('must be an id (UUID)') });
const ZReportJob = z
  .object({ status: z.enum(['running', 'done', 'failed']), progress: z.number().int().min(0).max(100), cycleId: z.string(), message: z.string().nullable(), downloadUrl: z.string().nullable() })
  .openapi('AssessmentReportJob');

/** A file name from a title: letters, digits and dashes. */
const fileStem = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 80) || 'assessment';

/** A cycle's ratings as CSV, and its PDF report made as a job with progress (people who may see the cycle). */
export function registerReportRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;
  const jobs = createReportJobs(deps.database, { log: deps.log });

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/cycles/{id}/ratings.csv',
      tags: ['Assessments'],
      summary: "A cycle's ratings as CSV: criterion, section, text, rating, confirmed by and at, evidence and action counts",
      request: { params: ZCycleIdParam, query: z.object({ locale: ZLocale }) },
      responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV file' }, 404: jsonContent(ZProblem, 'No such cycle you may see') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const cycle = await loadCycle(db, actor, c.req.valid('param').id, 'see');
      const locale = c.req.valid('query').locale ?? (actor.locale === 'es' ? 'es' : 'en');
      const csv = ratingsCsv(await reportData(db, actor.orgId, cycle), locale);
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': attachmentHeader(`${fileStem(cycle.title)}.csv`) });
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/assessments/cycles/{id}/report',
      tags: ['Assessments'],
      summary: "Start making a cycle's PDF report; poll the job for progress, then download it",
      request: { params: ZCycleIdParam, body: { ...jsonBody(z.object({ locale: ZLocale })), required: false } },
      responses: {
        202: jsonContent(z.object({ jobId: z.string() }), 'Started'),
        404: jsonContent(ZProblem, 'No such cycle you may see'),
        429: jsonContent(ZProblem, 'You already hold as many reports as one person may (3, or 30 MB); download them or let them expire'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const cycle = await loadCycle(db, actor, c.req.valid('param').id, 'see');
      const body = c.req.valid('json') as { locale?: 'en' | 'es' | undefined };
      const locale = body.locale ?? (actor.locale === 'es' ? 'es' : 'en');
      const jobId = await jobs.start(actor, cycle.id, `${fileStem(cycle.title)}.pdf`, async (onProgress) => {
        const data = await reportData(db, actor.orgId, cycle);
        onProgress(10);
        return reportPdf(data, locale, onProgress);
      });
      return c.json({ jobId }, 202);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/reports/{jobId}',
      tags: ['Assessments'],
      summary: 'How far a report job has got (only for whoever started it)',
      request: { params: ZJobParam },
      responses: { 200: jsonContent(ZReportJob, 'The job'), 404: jsonContent(ZProblem, 'No such job of yours') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { jobId } = c.req.valid('param');
      const job = await jobs.find(actor, jobId);
      if (!job) throw notFound('The report');
      return c.json({ ...job, downloadUrl: job.status === 'done' ? `/api/v1/assessments/reports/${jobId}/download` : null }, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/reports/{jobId}/download',
      tags: ['Assessments'],
      summary: 'Download a finished report as PDF (only for whoever started it, for an hour after it is made)',
      request: { params: ZJobParam },
      responses: {
        200: { content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } }, description: 'The PDF' },
        404: jsonContent(ZProblem, 'No such finished report of yours'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const file = await jobs.file(actor, c.req.valid('param').jobId);
      if (!file) throw notFound('The report');
      return c.body(new Uint8Array(file.pdf), 200, {
        'content-type': 'application/pdf',
        'content-disposition': attachmentHeader(file.fileName),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      });
    },
  );
}

import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { managers } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonContent, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { attachmentHeader } from '../../platform/http/file-content.js';
import { exportFileName, figuresCsv } from './figure-export.js';
import { figuresPdf } from './figure-export-pdf.js';
import { workforceFigures } from './figure-use-cases.js';
import { ZWorkerKindFilter } from './model.js';

const ZQuery = z.object({
  quarter: z.string().max(20).describe('a quarter such as 2026-Q3'),
  locale: z.enum(['en', 'es'], { error: 'must be en or es' }).optional().describe("texts' language; absent: the caller's"),
  workerKind: ZWorkerKindFilter,
});
const problems = {
  403: jsonContent(ZProblem, 'Only org admins and supervisors'),
  422: jsonContent(ZProblem, 'Not a quarter, one not started yet, or figures shown earlier that would point at individuals together with any figure now'),
};
// a file of figures is for whoever asked: no shared cache keeps it, no browser guesses its type
const fileHeaders = (type: string, name: string) => ({ 'content-type': type, 'content-disposition': attachmentHeader(name), 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store' });

/**
 * The workforce figures of a quarter as files, CSV and PDF. Both are made from workforceFigures(),
 * so they pass the same privacy gate and the same release log as the page: a file holds exactly
 * the released figures, a hidden group its reason in words and no number.
 */
export function registerFigureExportRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;
  const localeOf = (c: { req: { valid(target: 'query'): z.infer<typeof ZQuery> } }, actorLocale: string) => c.req.valid('query').locale ?? (actorLocale === 'es' ? 'es' : 'en');

  app.openapi(
    guarded(managers, {
      method: 'get',
      path: '/api/v1/workforce/figures.csv',
      tags: ['Workforce'],
      summary: 'The workforce figures of a quarter and its twelve months as CSV, only as the privacy gate released them: unit, level, period, each figure (rates as fractions), and for a hidden row its reason in words with every figure cell empty',
      request: { query: ZQuery },
      responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV file' }, ...problems },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { quarter, workerKind } = c.req.valid('query');
      const csv = figuresCsv(await workforceFigures(db, actor, quarter, { workerKind }), localeOf(c, actor.locale));
      return c.body(csv, 200, fileHeaders('text/csv; charset=utf-8', exportFileName(quarter, 'csv', workerKind)));
    },
  );

  app.openapi(
    guarded(managers, {
      method: 'get',
      path: '/api/v1/workforce/figures.pdf',
      tags: ['Workforce'],
      summary: 'The workforce figures of a quarter and its twelve months as a PDF table, only as the privacy gate released them; a hidden row says why and shows no figure',
      request: { query: ZQuery },
      responses: { 200: { content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } }, description: 'The PDF' }, ...problems },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { quarter, workerKind } = c.req.valid('query');
      const pdf = await figuresPdf(await workforceFigures(db, actor, quarter, { workerKind }), localeOf(c, actor.locale));
      return c.body(new Uint8Array(pdf), 200, fileHeaders('application/pdf', exportFileName(quarter, 'pdf', workerKind)));
    },
  );
}

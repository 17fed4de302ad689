import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { presentImportReport, wellbeingTags, ZImportReport } from './present.js';
import { MAX_IMPORT_BYTES, MAX_RESPONSES } from './response-import-rules.js';
import { bringInMyResponses } from './use-cases/import-responses.js';

/**
 * Bringing my past results in: FHIR R4 QuestionnaireResponses from another app, into my own
 * space only (the route names no person). The zod schema checks the envelope; each response is
 * read by response-import-rules.ts, which names every problem by its path in the file.
 */

const IMPORT_BODY = { maxJsonBytes: MAX_IMPORT_BYTES };

const ZResource = z.looseObject({ resourceType: z.string().max(100).optional() }).describe('a FHIR resource: a QuestionnaireResponse is read, anything else is named as a problem');
const ZBundle = z
  .looseObject({
    resourceType: z.literal('Bundle'),
    type: z.string().max(100).describe('collection, searchset or transaction'),
    entry: z.array(z.looseObject({ resource: ZResource.optional() })).max(MAX_RESPONSES, `at most ${MAX_RESPONSES} responses at a time`),
  })
  .describe('a FHIR Bundle of QuestionnaireResponses (entries of other resources are passed over, with a note)');

export const ZResponseImportInput = z
  .object({
    instrumentId: z.string().min(1, 'choose an instrument').max(200),
    responses: z.union([z.array(ZResource).max(MAX_RESPONSES, `at most ${MAX_RESPONSES} responses at a time`), ZBundle], {
      error: `must be a list of QuestionnaireResponses (at most ${MAX_RESPONSES}) or a FHIR Bundle of them`,
    }),
    dryRun: z.boolean().optional().describe('read and report, store nothing (the preview): problems are listed in the report rather than refused'),
  })
  .openapi('ResponseImportInput');

export function registerImportRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(
      signedIn,
      {
        method: 'post',
        path: '/api/v1/me/wellbeing/check-ins/import',
        tags: wellbeingTags,
        summary:
          'Bring my past results in from another app (FHIR QuestionnaireResponses to an instrument I am offered): scores recomputed, all or nothing, responses already brought in skipped; only I see them',
        request: { body: jsonBody(ZResponseImportInput) },
        responses: {
          200: jsonContent(ZImportReport, 'A dry run: how each response reads, nothing stored'),
          201: jsonContent(ZImportReport, 'Brought in: how each response was read, and how many were stored'),
          400: jsonContent(ZProblem, 'The instrument is not on offer, or a response has problems (each named by its path; notes too): nothing was stored'),
        },
      },
      IMPORT_BODY,
    ),
    async (c) => {
      const report = presentImportReport(await bringInMyResponses(db, requireActor(c), c.req.valid('json')));
      return report.dryRun ? c.json(report, 200) : c.json(report, 201);
    },
  );
}

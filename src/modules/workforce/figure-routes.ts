import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { managers } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonContent, orNull, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { workforceFigures } from './figure-use-cases.js';
import { WORKER_KINDS, ZWorkerKindFilter } from './model.js';

const ZText = z.record(z.string(), z.string());

const rate = (what: string) => orNull(z.number()).describe(`${what}, as a fraction (0.1 = 10%); null when fewer than the minimum stand behind its denominator`);

const ZIndicators = z
  .object({
    headcount: z.number().int().describe('people employed on the last day'),
    averageHeadcount: z.number().describe('people employed at each month end, averaged'),
    starters: z.number().int(),
    leavers: z.number().int(),
    turnover: rate('leavers ÷ average headcount'),
    stability: rate('people employed on the first day and still on the last ÷ people employed on the first day (a quarter only)'),
    absenceRate: rate('working days lost ÷ working days available'),
    stressShare: rate('working days lost to stress-related absence ÷ all working days lost'),
    trainingCoverage: rate('people who had completed the training level asked of them ÷ people asked a level, on the last day'),
    planCoverage: rate('people with a development plan both sides agreed ÷ headcount, on the last day'),
    reviewsOnTime: rate('people whose plan reviews due in the period were all met by a newer agreed plan by the review date ÷ people with a review due'),
  })
  .openapi('WorkforceIndicators');

const ZWorkforceFigures = z
  .object({
    quarter: z.string(),
    from: z.string(),
    to: z.string(),
    minGroupSize: z.number().int(),
    workerKind: orNull(z.enum(WORKER_KINDS)).describe('the kind of worker the figures are of; null: everyone'),
    units: z.array(
      z.object({
        unitId: orNull(z.string()).describe('null: the whole organisation'),
        name: z.string(),
        depth: z.number().int().describe('0 for the organisation, 1 for a top-level unit, …'),
        quarter: z.union([
          z.object({ shown: z.literal(true), indicators: ZIndicators }),
          z.object({ shown: z.literal(false), reason: z.enum(['small-group', 'protects-another']).describe('fewer than the minimum people; or hidden so another hidden figure cannot be worked out') }),
        ]),
        twelveMonths: orNull(ZIndicators).describe('the twelve months ending with the quarter, where all four quarters are shown'),
      }),
    ),
    checkInBands: z
      .array(
        z.object({
          instrumentId: z.string(),
          title: ZText,
          scales: z.array(
            z.object({
              scaleId: z.string(),
              name: ZText,
              bands: z.array(z.object({ id: z.string(), label: ZText })),
              units: z.array(
                z.object({
                  unitId: orNull(z.string()),
                  name: z.string(),
                  depth: z.number().int(),
                  shown: z.boolean(),
                  reason: z.enum(['small-group', 'protects-another']).optional(),
                  people: z.number().int().optional().describe('contributors in the group'),
                  counts: z.record(z.string(), z.number().int()).optional().describe("band id → contributors whose latest check-in of the quarter fell in it; 'none': too few answers for a band"),
                }),
              ),
            }),
          ),
        }),
      )
      .describe('only from people who chose to let their check-in results count, through the gate; the quarter only'),
  })
  .openapi('WorkforceFigures');



/** The workforce figures (docs/metrics.md), only as the privacy gate releases them. */
export function registerFigureRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;
  app.openapi(
    guarded(managers, {
      method: 'get',
      path: '/api/v1/workforce/figures',
      tags: ['Workforce'],
      summary:
        'Headcount, starters, leavers, turnover, stability and absence for a quarter and the twelve months ending with it, by unit, through the privacy gate: a hidden group says why, never its figures. Each figure shown is recorded (who it covered, never a value) so later figures cannot be set against it.',
      request: { query: z.object({ quarter: z.string().max(20).describe('a quarter such as 2026-Q3'), workerKind: ZWorkerKindFilter }) },
      responses: {
        200: jsonContent(ZWorkforceFigures, 'The figures by unit'),
        403: jsonContent(ZProblem, 'Only org admins and supervisors'),
        422: jsonContent(ZProblem, 'Not a quarter, one not started yet, or figures shown earlier that would point at individuals together with any figure now'),
      },
    }),
    async (c) => {
      const { quarter, workerKind } = c.req.valid('query');
      return c.json(await workforceFigures(db, requireActor(c), quarter, { workerKind }), 200);
    },
  );
}

import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { orgAdmins, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZProblem, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { packOfCycle } from './cycle-lookups.js';
import { cyclesOfPackAndUnit, ratingsOf } from './cycle-store.js';
import { ragCounts } from './model.js';
import { cyclePolicy } from './policy.js';
import { loadCycle } from './use-cases/load-resource.js';
import { ZCycleIdParam, ZNullableRating, ZRagCounts } from './present.js';
import { confirmedRatings, cycleResults, previousClosedCycle } from './results.js';
import { evidenceOf } from './review-store.js';
import { assessmentPack } from './assessment-pack.js';
import { DOMAIN_IDS } from '../../content/assessment-pack-schema.js';
import { auditProgress } from './use-cases/domain-progress-use-cases.js';

const ZResults = z
  .object({
    cycleId: z.string(),
    previousCycle: z.object({ id: z.string(), title: z.string() }).nullable().describe('the closed cycle of the same pack and unit before this one'),
    totals: ZRagCounts,
    sections: z.array(
      z.object({
        id: z.string(),
        counts: ZRagCounts,
        criteria: z.array(
          z.object({
            id: z.string(),
            sectionId: z.string(),
            rating: ZNullableRating.describe('the confirmed rating'),
            evidenceCount: z.number().int(),
            previousRating: ZNullableRating,
            change: z.enum(['better', 'same', 'worse']).nullable(),
          }),
        ),
      }),
    ),
    strengths: z.array(z.string()).describe('criteria confirmed green'),
    gaps: z.array(z.string()).describe('criteria confirmed amber or red'),
  })
  .openapi('TeamReviewResults');

const ZHistory = z
  .object({
    cycles: z.array(
      z.object({ id: z.string(), title: z.string(), opensOn: z.string(), closesOn: z.string(), status: z.enum(['open', 'closed']), counts: ZRagCounts }),
    ),
  })
  .openapi('AssessmentHistory');

const ZDomainProgress = z.object({
  domain: z.enum(DOMAIN_IDS),
  criteria: z.number().int().describe('criteria of the pack tagged with the domain'),
  green: z.number().int(),
  amber: z.number().int(),
  red: z.number().int(),
  unrated: z.number().int(),
  greenShare: z.number().nullable().describe('green ÷ criteria, as a fraction; null when the pack has no criterion in the domain'),
});
const ZReviewRollup = z.object({ cycleId: z.string(), title: z.string(), status: z.enum(['open', 'closed']), closesOn: z.string(), domains: z.array(ZDomainProgress) });
const ZAuditProgress = z
  .object({
    scopes: z.array(
      z.object({
        packId: z.string(),
        packTitle: z.record(z.string(), z.string()),
        unitId: z.string().nullable().describe('null: the whole organisation'),
        unitName: z.string().nullable(),
        latest: ZReviewRollup.extend({
          actions: z
            .object({
              counted: z.number().int().describe('not dropped, and done or due before today'),
              doneOnTime: z.number().int(),
              doneLate: z.number().int(),
              overdue: z.number().int(),
              onTimeShare: z.number().nullable(),
            })
            .describe("the latest review's actions against their due dates"),
        }),
        previous: ZReviewRollup.nullable().describe('the review with confirmed ratings before the latest, for the trend'),
      }),
    ),
  })
  .openapi('AuditProgress');

/** A team review's results and the history of a pack in one unit, for charts. */
export function registerResultsRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/assessments/domain-progress',
      tags: ['Assessments'],
      summary:
        'The audit rolled up by the ten implementation domains: for each pack and scope, its latest team review with confirmed ratings beside the one before, and how that review\'s actions went against their due dates. Org admins only.',
      responses: { 200: jsonContent(ZAuditProgress, 'Progress by scope'), 403: jsonContent(ZProblem, 'Only org admins') },
    }),
    async (c) => c.json(await auditProgress(db, requireActor(c)), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/cycles/{id}/results',
      tags: ['Assessments'],
      summary: "A team review's results: RAG spread per section, confirmed rating and evidence count per criterion beside the previous closed cycle's, strengths and gaps",
      request: { params: ZCycleIdParam },
      responses: { 200: jsonContent(ZResults, 'Results'), 404: jsonContent(ZProblem, 'No such cycle you may see') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const cycle = await loadCycle(db, actor, c.req.valid('param').id, 'see');
      const pack = await packOfCycle(db, cycle);
      const previous = previousClosedCycle(await cyclesOfPackAndUnit(db, actor.orgId, cycle.packId, cycle.unitId), cycle.id);
      const ratings = await ratingsOf(db, actor.orgId, previous ? [cycle.id, previous.id] : [cycle.id]);
      const evidenceCounts = new Map<string, number>();
      for (const e of await evidenceOf(db, actor.orgId, cycle.id)) evidenceCounts.set(e.criterionId, (evidenceCounts.get(e.criterionId) ?? 0) + 1);
      const results = cycleResults(
        pack.pack,
        ratings.filter((r) => r.cycleId === cycle.id),
        evidenceCounts,
        previous ? confirmedRatings(ratings.filter((r) => r.cycleId === previous.id)) : null,
      );
      return c.json({ cycleId: cycle.id, previousCycle: previous ? { id: previous.id, title: previous.title } : null, ...results }, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/history',
      tags: ['Assessments'],
      summary: 'Team reviews of one pack for one unit (or the whole organisation), oldest first, each with its counts of confirmed ratings: for a chart',
      request: {
        query: z.object({
          packId: z.string().min(1, 'must name an assessment pack'),
          unitId: z.uuid('must be a unit id').optional().describe('absent: cycles for the whole organisation'),
        }),
      },
      responses: { 200: jsonContent(ZHistory, 'Cycles the caller may see, oldest first'), 400: jsonContent(ZProblem, 'Bad input') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { packId, unitId } = c.req.valid('query');
      const cycles = (await cyclesOfPackAndUnit(db, actor.orgId, packId, unitId ?? null)).filter((x) => cyclePolicy(actor, 'list', x).kind === 'allowed');
      const ratings = await ratingsOf(db, actor.orgId, cycles.map((x) => x.id));
      // one read per pack version, not per cycle: the cycles of one pack share a version or two
      const versions = [...new Set(cycles.map((x) => x.packVersion))];
      const packs = new Map(await Promise.all(versions.map(async (v) => [v, await assessmentPack(db, packId, v)] as const)));
      const history = [];
      for (const cycle of cycles) {
        const pack = packs.get(cycle.packVersion);
        const ids = pack ? [...pack.criteria.keys()] : [];
        const counts = ragCounts(ids, confirmedRatings(ratings.filter((r) => r.cycleId === cycle.id)));
        history.push({ id: cycle.id, title: cycle.title, opensOn: cycle.opensOn, closesOn: cycle.closesOn, status: cycle.status, counts });
      }
      return c.json({ cycles: history }, 200);
    },
  );
}

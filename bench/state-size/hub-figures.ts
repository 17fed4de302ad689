// The hub's benchmark figures over the state-size data set: each organisation's partial
// aggregates (n and sum per timepoint, measure and cell — what Citus computes on each worker
// node, next to the organisation's rows) and the figures a hub page asks the cross-organisation
// gate for (the whole hub and each collaborative, per timepoint, measure and cell).
import type pg from 'pg';
import { STS_ITEMS, SURVEY_CRITERIA, YEAR_END, YEAR_START } from './generate.js';

import type { CrossOrgEarlierFigure, CrossOrgFigureRequest, CrossOrgVerdict, OrgContribution, releaseCrossOrg } from '../../src/platform/privacy/cross-org-release.js';

export type { CrossOrgEarlierFigure, CrossOrgFigureRequest, CrossOrgThresholds, CrossOrgVerdict, OrgContribution } from '../../src/platform/privacy/cross-org-release.js';
/** The gate's signature: the bench loads it at run time (BENCH_CROSS_ORG_RELEASE may point at another build of it). */
export type ReleaseCrossOrg = typeof releaseCrossOrg;

const QUARTER = `'YYYY-"Q"Q'`;
const TOTAL = STS_ITEMS.map((item) => `(c.answers->>'${item}')::numeric`).join(' + ');

/**
 * Check-ins: people who chose to contribute, each counted once per quarter with the mean total
 * of their self-checks in it, by kind of worker (employee, volunteer, peer worker: cells every
 * organisation has, so they pool across organisations). The whole organisation's cell is the sum
 * of its kinds (each person has one), added by readAggregates: Citus runs no GROUPING SETS
 * across shards (citusdata/citus#2219), and every statement here is one Citus can push down.
 */
export const CHECK_IN_AGGREGATES = `
  with scored as (
    select c.org_id, c.person_id, to_char(c.submitted_on, ${QUARTER}) as timepoint, ${TOTAL} as total
    from wellbeing_check_ins c
    join wellbeing_spaces s on s.org_id = c.org_id and s.person_id = c.person_id and s.contributes_to_figures
    where c.instrument_id = 'tend.sts-self-check' and c.submitted_on >= ${YEAR_START} and c.submitted_on < ${YEAR_END}),
  per_person as (select org_id, person_id, timepoint, avg(total) as score from scored group by org_id, person_id, timepoint)
  select pp.org_id, pp.timepoint, 'sts-self-check.total' as measure, p.kind as cell, count(*)::int as n, sum(pp.score)::float8 as sum
  from per_person pp join people p on p.org_id = pp.org_id and p.id = pp.person_id
  group by pp.org_id, pp.timepoint, p.kind`;

/** Staff surveys: per quarter's survey, the responses rating each criterion and their sum. */
export const SURVEY_AGGREGATES = `
  select r.org_id, to_char(cy.opens_on, ${QUARTER}) as timepoint, 'survey.' || a.key as measure, 'all' as cell,
    count(*)::int as n, sum(a.value::numeric)::float8 as sum
  from assessment_survey_responses r
  join assessment_cycles cy on cy.org_id = r.org_id and cy.id = r.cycle_id
  cross join lateral jsonb_each_text(r.answers) a
  where cy.mode = 'staff-survey' and cy.opens_on >= ${YEAR_START} and cy.opens_on < ${YEAR_END}
    and a.key in (${SURVEY_CRITERIA.map((c) => `'${c}'`).join(', ')})
  group by r.org_id, cy.opens_on, a.key`;

interface AggregateRow {
  org_id: string;
  timepoint: string;
  measure: string;
  cell: string;
  n: number;
  sum: number;
}

/** Both per-organisation GROUP BYs, side by side on two connections. */
export async function readAggregates(pool: pg.Pool): Promise<AggregateRow[]> {
  const [checkIns, surveys] = await Promise.all([pool.query<AggregateRow>(CHECK_IN_AGGREGATES), pool.query<AggregateRow>(SURVEY_AGGREGATES)]);
  const whole = new Map<string, AggregateRow>();
  for (const r of checkIns.rows) {
    const key = `${r.org_id}|${r.timepoint}|${r.measure}`;
    const had = whole.get(key) ?? { ...r, cell: 'all', n: 0, sum: 0 };
    whole.set(key, { ...had, n: had.n + r.n, sum: had.sum + r.sum });
  }
  return [...checkIns.rows, ...whole.values(), ...surveys.rows];
}

export function toContributions(rows: AggregateRow[]): OrgContribution[] {
  return rows.map((r) => ({ orgId: r.org_id, timepoint: r.timepoint, measure: r.measure, cell: r.cell, n: r.n, sum: r.sum }));
}

const blockKey = (b: { timepoint: string; measure: string; cell: string }) => `${b.timepoint}|${b.measure}|${b.cell}`;

/**
 * What the hub page asks for: per timepoint, measure and cell, the whole hub and each
 * collaborative (organisation i of the sorted list in collaborative i mod k, k about one per 50
 * organisations, at least 2). Earlier releases: the first quarter's hub figures were published
 * before the last organisation joined, so showing them again with it would give it away unless
 * the gate hides something — the differencing case the gate exists for.
 */
export function hubPage(contributions: OrgContribution[]): { figures: CrossOrgFigureRequest[]; earlier: CrossOrgEarlierFigure[]; collaboratives: number } {
  const orgIds = [...new Set(contributions.map((c) => c.orgId))].sort();
  const k = Math.max(2, Math.round(orgIds.length / 50));
  const collaboratives = Array.from({ length: k }, (_, i) => orgIds.filter((_, j) => j % k === i));
  const blocks = new Map<string, { timepoint: string; measure: string; cell: string }>();
  for (const c of contributions) blocks.set(blockKey(c), { timepoint: c.timepoint, measure: c.measure, cell: c.cell });
  const firstTimepoint = [...blocks.values()].map((b) => b.timepoint).sort()[0];
  const figures: CrossOrgFigureRequest[] = [];
  const earlier: CrossOrgEarlierFigure[] = [];
  for (const [key, block] of [...blocks].sort(([a], [b]) => (a < b ? -1 : 1))) {
    figures.push({ id: `hub|${key}`, ...block, orgIds });
    for (const [i, members] of collaboratives.entries()) figures.push({ id: `collaborative-${i + 1}|${key}`, ...block, orgIds: members });
    if (block.timepoint === firstTimepoint) earlier.push({ ...block, orgIds: orgIds.slice(0, -1) });
  }
  return { figures, earlier, collaboratives: k };
}

/**
 * Checks that a shown figure is exactly the pooled raw aggregates of its organisations, so the
 * two sides of the bench compute the same numbers; returns the first mismatch.
 */
export function mismatch(rows: AggregateRow[], figures: CrossOrgFigureRequest[], verdicts: CrossOrgVerdict[]): string | undefined {
  const byBlock = new Map<string, AggregateRow[]>();
  for (const r of rows) byBlock.set(blockKey(r), [...(byBlock.get(blockKey(r)) ?? []), r]);
  const requested = new Map(figures.map((f) => [f.id, f]));
  for (const verdict of verdicts) {
    if (!verdict.shown) continue;
    const figure = requested.get(verdict.id);
    if (!figure) return `a verdict for ${verdict.id}, which was not asked for`;
    const members = new Set(figure.orgIds);
    const pooled = (byBlock.get(blockKey(figure)) ?? []).filter((r) => members.has(r.org_id));
    const n = pooled.reduce((t, r) => t + r.n, 0);
    const sum = pooled.reduce((t, r) => t + r.sum, 0);
    if (n !== verdict.n || Math.abs(sum - verdict.sum) > 1e-6 * Math.max(1, Math.abs(sum))) {
      return `${verdict.id}: the gate shows n ${verdict.n}, sum ${verdict.sum}; the raw rows give n ${n}, sum ${sum}`;
    }
  }
  return undefined;
}

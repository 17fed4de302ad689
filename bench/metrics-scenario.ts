// The `metrics` scenario: the workforce dashboard's figures of one quarter
// (GET /api/v1/workforce/figures?quarter=…, as the org admin, over HTTP through the served app,
// privacy gate included) against the same figures from the baseline's hand-written GROUP BY
// (baseline-metrics.ts, no gate) on the same database, in the same run. Not a load: a request
// takes from a fraction of a second to seconds, so each is timed on its own, one at a time,
// alternating Tend and baseline (T,b then b,T …), and the medians and their ratio are printed.
// Every request asks for the same quarter: a dashboard is opened again and again for the quarter
// people are looking at. Tend records what it shows in the release log the first time (the check
// below, cold); later requests find the same figures already recorded and add nothing, but
// still read and test against the whole log, which is what a page opened again costs.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/platform/db/client.js';
import { quarterOf, shiftQuarter } from '../src/modules/workforce/indicator-rules.js';
import { todayIn } from '../src/platform/time/day.js';
import { type LoadRequest, sendOnce } from './load.js';
import type { Session } from './seed.js';
import { traceSql } from './sql-trace.js';

export interface MetricsTarget {
  name: 'Tend' | 'baseline';
  port: number;
  admin: Session;
}

export interface MetricsTiming {
  tend: number[];
  baseline: number[];
  quarter: string;
  statements: string;
  check: string;
  releaseRows: number[];
}

type Indicators = Record<string, number | null>;
interface TendFigures {
  units: Array<{ unitId: string | null; name: string; quarter: { shown: boolean; indicators?: Indicators }; twelveMonths: Indicators | null }>;
  checkInBands: Array<{ instrumentId: string; scales: Array<{ scaleId: string; units: Array<{ unitId: string | null; shown: boolean; people?: number; counts?: Record<string, number> }> }> }>;
}
interface RawFigures {
  units: Array<{ unitId: string | null; people: number; quarter: Indicators; twelveMonths: Indicators | null }>;
  checkInBands: Array<{ instrumentId: string; scales: Array<{ scaleId: string; units: Array<{ unitId: string | null; people: number; counts: Record<string, number> }> }> }>;
}

/** The last quarter that has ended (the one a dashboard is usually opened for). */
export const benchQuarter = () => shiftQuarter(quarterOf(todayIn('UTC')), -1);

const request = (t: MetricsTarget, quarterId: string): LoadRequest => ({ method: 'GET', path: `/api/v1/workforce/figures?quarter=${quarterId}`, headers: { cookie: t.admin.cookie } });

const same = (a: number | null | undefined, b: number | null | undefined) => (a === null || a === undefined ? b === null || b === undefined : typeof b === 'number' && Math.abs(a - b) <= 2e-4 * Math.max(1, Math.abs(a)));

/** Every figure Tend shows must be the baseline's for that group; returns what was compared. */
function compare(tend: TendFigures, raw: RawFigures): string {
  const rawOf = new Map(raw.units.map((u) => [u.unitId, u]));
  let shown = 0;
  let yearShown = 0;
  for (const u of tend.units) {
    const r = rawOf.get(u.unitId);
    if (!r) throw new Error(`the baseline has no figures for ${u.name} (${u.unitId})`);
    if (u.quarter.shown) {
      shown++;
      for (const [k, v] of Object.entries(u.quarter.indicators!)) if (!same(v, r.quarter[k])) throw new Error(`${u.name}, quarter, ${k}: Tend ${v}, baseline ${r.quarter[k]}`);
    }
    if (u.twelveMonths) {
      yearShown++;
      for (const [k, v] of Object.entries(u.twelveMonths)) if (!same(v, r.twelveMonths?.[k])) throw new Error(`${u.name}, twelve months, ${k}: Tend ${v}, baseline ${r.twelveMonths?.[k]}`);
    }
  }
  if (shown === 0) throw new Error('Tend shows no unit of the quarter');
  let bandGroups = 0;
  for (const instrument of tend.checkInBands) {
    const rawInstrument = raw.checkInBands.find((i) => i.instrumentId === instrument.instrumentId);
    for (const scale of instrument.scales) {
      const rawScale = new Map((rawInstrument?.scales.find((s) => s.scaleId === scale.scaleId)?.units ?? []).map((u) => [u.unitId, u]));
      for (const u of scale.units.filter((x) => x.shown)) {
        const r = rawScale.get(u.unitId);
        const counts = Object.fromEntries(Object.entries(u.counts ?? {}).filter(([, n]) => n > 0));
        if (!r || r.people !== u.people || JSON.stringify(Object.entries(counts).sort()) !== JSON.stringify(Object.entries(r.counts).sort())) {
          throw new Error(`check-in bands of ${instrument.instrumentId}/${scale.scaleId} at ${u.unitId}: Tend ${u.people} ${JSON.stringify(counts)}, baseline ${r?.people} ${JSON.stringify(r?.counts)}`);
        }
        bandGroups++;
      }
    }
  }
  const headcount = Math.max(...tend.units.map((u) => u.quarter.indicators?.headcount ?? 0));
  return `the same figures for the ${shown} groups Tend shows of ${tend.units.length} (twelve months for ${yearShown}; largest headcount shown ${headcount}), and the same check-in bands for ${bandGroups} groups × scales`;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * One cold request to each (traced, compared), then `repeats` timed requests to each, alternating
 * which goes first. Returns every time in ms.
 */
export async function runMetricsScenario(
  database: Database,
  orgId: string,
  targets: readonly [MetricsTarget, MetricsTarget],
  repeats: number,
  pauseMs: number,
  log: (m: string) => void,
): Promise<MetricsTiming> {
  const quarterId = benchQuarter();
  const [tend, baseline] = targets;
  const releaseRows = async () => Number(((await database.db.execute(sql`SELECT count(*)::int AS n FROM privacy_releases WHERE org_id = ${orgId}`)).rows[0] as { n: number }).n);
  // a pause before each request, as between people opening the page: whatever a server does
  // after answering (Tend starts the next gate worker) is then not counted against the other
  const timed = async (t: MetricsTarget) => {
    await new Promise((done) => setTimeout(done, pauseMs));
    const started = performance.now();
    const answer = await sendOnce(t.port, request(t, quarterId));
    const ms = performance.now() - started;
    if (answer.status !== 200) throw new Error(`${t.name} answered the figures with ${answer.status}: ${answer.body.slice(0, 400)}`);
    return { ms, body: answer.body };
  };
  let first: Awaited<ReturnType<typeof timed>> | undefined;
  let second: typeof first;
  const tt = await traceSql(async () => (first = await timed(tend)));
  const bt = await traceSql(async () => (second = await timed(baseline)));
  const check = compare(JSON.parse(first!.body) as TendFigures, JSON.parse(second!.body) as RawFigures);
  const rows = [await releaseRows()];
  log(`metrics ${quarterId}: ${check}; cold: Tend ${Math.round(first!.ms)} ms, baseline ${Math.round(second!.ms)} ms; statements: Tend ${tt.length}, baseline ${bt.length}; release log ${rows[0]} rows`);
  const times: Record<'Tend' | 'baseline', number[]> = { Tend: [], baseline: [] };
  for (let i = 0; i < repeats; i++) {
    for (const t of i % 2 === 0 ? [tend, baseline] : [baseline, tend]) times[t.name].push((await timed(t)).ms);
    rows.push(await releaseRows());
    log(`metrics, repeat ${i + 1}: Tend ${Math.round(times.Tend.at(-1)!)} ms, baseline ${Math.round(times.baseline.at(-1)!)} ms; release log ${rows.at(-1)} rows`);
  }
  return { tend: times.Tend, baseline: times.baseline, quarter: quarterId, statements: `Tend ${tt.length}, baseline ${bt.length}`, check, releaseRows: rows };
}

export function printMetricsTable(size: string, m: MetricsTiming) {
  const [t, b] = [median(m.tend), median(m.baseline)];
  console.log('');
  console.log(`| workforce figures of ${m.quarter} (${size}) | Tend ms | baseline ms | ratio Tend/baseline (time) |`);
  console.log('|---|---:|---:|---:|');
  console.log(`| median of ${m.tend.length} | ${t.toFixed(0)} | ${b.toFixed(0)} | ${(t / b).toFixed(2)} |`);
  console.log(`| fastest | ${Math.min(...m.tend).toFixed(0)} | ${Math.min(...m.baseline).toFixed(0)} | ${(Math.min(...m.tend) / Math.min(...m.baseline)).toFixed(2)} |`);
  console.log(`statements per request: ${m.statements}; release log rows after each request: ${m.releaseRows.join(', ')}`);
  console.log('ratio (time) > 1: Tend takes longer than the hand-written GROUP BY; the goal is ≤ 1.5.');
}

// The hub's benchmark page at state size (issue 13, "Performance"): (a) the raw per-organisation
// GROUP BYs over the check-ins and survey answers, against (b) the same aggregates read and then
// released by the cross-organisation gate (releaseCrossOrg of
// src/platform/privacy/cross-org-release.ts) for the whole hub and every collaborative, in the
// same run on the same database. Prints the ratio of medians b/a (goal ≤ 1.5) and the p99 of b.
// Not part of `npm test`.
//
//   node --import tsx bench/state-size/hub-benchmark.ts [--scale 0.01] [--data DIR] [--repeats 7]
//
// The data: BENCH_DATABASE_URL, or the embedded PostgreSQL in --data (default
// /tmp/tend-state-size), generated there at --scale when the database has no organisations yet
// (generate.ts writes it ahead). BENCH_CROSS_ORG_RELEASE: another path to the gate's module.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateStateSize } from './generate.js';
import { type CrossOrgVerdict, hubPage, mismatch, type ReleaseCrossOrg, readAggregates, toContributions } from './hub-figures.js';
import { argument, openBenchDatabase } from './open.js';

/** The hub's thresholds: the minimum group size Tend ships (5) and 3 organisations. */
const THRESHOLDS = { minGroupSize: 5, minOrganisations: 3 };

async function loadGate(): Promise<ReleaseCrossOrg> {
  const path = resolve(process.env.BENCH_CROSS_ORG_RELEASE ?? fileURLToPath(new URL('../../src/platform/privacy/cross-org-release.ts', import.meta.url)));
  if (!existsSync(path)) {
    throw new Error(`the cross-organisation gate is not at ${path}; set BENCH_CROSS_ORG_RELEASE to the file that exports releaseCrossOrg`);
  }
  const module = (await import(pathToFileURL(path).href)) as { releaseCrossOrg?: ReleaseCrossOrg };
  if (typeof module.releaseCrossOrg !== 'function') throw new Error(`${path} exports no releaseCrossOrg`);
  return module.releaseCrossOrg;
}

function describePage(read: Awaited<ReturnType<typeof readAggregates>>, page: ReturnType<typeof hubPage>, verdicts: CrossOrgVerdict[]) {
  const wrong = mismatch(read, page.figures, verdicts);
  if (wrong) throw new Error(`the gate's figures and the raw aggregates differ: ${wrong}`);
  const reasons = new Map<string, number>();
  for (const v of verdicts) reasons.set(v.shown ? 'shown' : v.reason, (reasons.get(v.shown ? 'shown' : v.reason) ?? 0) + 1);
  console.log(
    `  the page: ${read.length.toLocaleString('en')} organisation-level rows, ${page.figures.length.toLocaleString('en')} figures ` +
      `(the hub and ${page.collaboratives} collaboratives per timepoint, measure and cell), ${page.earlier.length} earlier releases; ` +
      [...reasons].map(([reason, n]) => `${reason} ${n}`).join(', '),
  );
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const repeats = Number(argument('--repeats') ?? '7');
  const releaseCrossOrg = await loadGate();
  const opened = await openBenchDatabase(argument('--data'), (line) => console.log(line));
  try {
    const pool = opened.database.pool;
    const count = async () =>
      (
        await pool.query<{ organisations: number; workers: number; check_ins: number; responses: number }>(
          `select (select count(*) from organisations)::int as organisations, (select count(*) from people)::int as workers,
             (select count(*) from wellbeing_check_ins)::int as check_ins, (select count(*) from assessment_survey_responses)::int as responses`,
        )
      ).rows[0]!;
    let c = await count();
    if (c.organisations === 0) {
      const scale = Number(argument('--scale') ?? '0.01');
      console.log(`${opened.where} is empty: generating the data set at scale ${scale}`);
      await generateStateSize(pool, scale, (line) => console.log(`  ${line}`));
      c = await count();
    }
    console.log(
      `Data in ${opened.where}: ${c.organisations.toLocaleString('en')} organisations, ${c.workers.toLocaleString('en')} workers, ` +
        `${c.check_ins.toLocaleString('en')} check-ins, ${c.responses.toLocaleString('en')} survey responses`,
    );

    const raw: number[] = [];
    const gated: number[] = [];
    const gateOnly: number[] = [];
    for (let i = 0; i < repeats; i++) {
      // alternate which side goes first, so neither always meets a warmer cache
      const order = i % 2 === 0 ? (['raw', 'gated'] as const) : (['gated', 'raw'] as const);
      for (const side of order) {
        const t = performance.now();
        const read = await readAggregates(pool);
        if (side === 'raw') {
          raw.push(performance.now() - t);
          continue;
        }
        const g = performance.now();
        const contributions = toContributions(read);
        const page = hubPage(contributions);
        const verdicts = releaseCrossOrg({ thresholds: THRESHOLDS, contributions, figures: page.figures, earlier: page.earlier });
        gateOnly.push(performance.now() - g);
        gated.push(performance.now() - t);
        // after timing, once: the shown figures must be exactly the pooled raw rows (the two
        // sides compute the same numbers), and what the page asked for and got
        if (i === 0) describePage(read, page, verdicts);
      }
      console.log(`  repeat ${i + 1}: raw ${raw.at(-1)!.toFixed(0)} ms, gated ${gated.at(-1)!.toFixed(0)} ms (gate ${gateOnly.at(-1)!.toFixed(0)} ms)`);
    }
    const ratio = percentile(gated, 50) / percentile(raw, 50);
    // the same statements on both sides: what (b) adds is the gate; its reads vary as (a)'s do
    const readsOfGated = gated.map((t, i) => t - gateOnly[i]!);
    console.log(`raw GROUP BY: median ${percentile(raw, 50).toFixed(0)} ms`);
    console.log(`hub page (aggregates + gate): median ${percentile(gated, 50).toFixed(0)} ms, p99 ${percentile(gated, 99).toFixed(0)} ms (gate alone: median ${percentile(gateOnly, 50).toFixed(0)} ms)`);
    console.log(`  of which the reads: median ${percentile(readsOfGated, 50).toFixed(0)} ms (the same statements as the raw side)`);
    console.log(`ratio hub page / raw (medians): ${ratio.toFixed(2)} (goal ≤ 1.5)`);
    console.log(`(raw + gate) / raw (medians): ${((percentile(raw, 50) + percentile(gateOnly, 50)) / percentile(raw, 50)).toFixed(3)} — the gate's own cost against the raw query`);
  } finally {
    await opened.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

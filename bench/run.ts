// `npm run bench`: Tend against bare node:http + pg doing the same SQL, in the same run, on the same
// database, alternating between the two. Prints throughput ratios and latency percentiles.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { serve } from '@hono/node-server';
import type pg from 'pg';
import { createApp } from '../src/app.js';
import { installBuiltInPacks } from '../src/content/built-in-packs.js';
import { openDatabase, runMigrations } from '../src/platform/db/client.js';
import { createMemoryMailer } from '../src/platform/mail/mailer.js';
import { startBaselineServer } from './baseline-server.js';
import { type ImportTiming, runImportScenario } from './import-scenario.js';
import { type LoadRun, type LoadSummary, runLoadInWorker, summarise } from './load.js';
import { coverageScenario, seedCoverage } from './coverage-scenario.js';
import { type MetricsTiming, printMetricsTable, runMetricsScenario } from './metrics-scenario.js';
import { seedMetrics } from './metrics-seed.js';
import { type Scenario, SCENARIO_KEYS, scenarios, type Target } from './scenarios.js';
import { seed, signIn, signInAll, WORKERS } from './seed.js';
import { RESPONDENTS, respondentSessions, seedSurvey, surveyScenario } from './survey-scenario.js';

// one worker session per connection in the check-in scenario
const CONNECTIONS = WORKERS;
const seconds = positive('BENCH_SECONDS', 10);
const warmupSeconds = positive('BENCH_WARMUP_SECONDS', 5);
const rounds = positive('BENCH_ROUNDS', 2);
const importRows = positive('BENCH_IMPORT_ROWS', 100_000);
// survey answers each server may take per second at most: enough surveys are opened for every
// run (warm-up + window) at that rate, since each respondent answers each survey once
const surveyRate = positive('BENCH_SURVEY_RATE', 1500);
// the coverage page counts 20,000 people per request: a few admins at once, not 50
const coverageConnections = positive('BENCH_COVERAGE_CONNECTIONS', 4);
// the workforce figures: the organisation's size (1 = 20,000 people, 400 units, 2,000,000
// check-ins) and how many timed requests each server gets after the first
const metricsScale = positive('BENCH_METRICS_SCALE', 1);
const metricsRepeats = positive('BENCH_METRICS_REPEATS', 6);
// a pause before each of its requests (people open a page now and then, not back to back)
const metricsPauseMs = positive('BENCH_METRICS_PAUSE_MS', 1000);
// the load scenarios, then the import and the metrics (timed one request at a time, not loaded)
const ALL_KEYS = [...SCENARIO_KEYS, 'import', 'metrics'] as const;
type Key = (typeof ALL_KEYS)[number];
const selected = chosenScenarios(process.env.BENCH_SCENARIOS);

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

/** BENCH_SCENARIOS: a comma-separated list of list, create, checkin, survey, coverage, import, metrics; all of them when unset. */
function chosenScenarios(raw: string | undefined): Key[] {
  if (raw === undefined || raw.trim() === '') return [...ALL_KEYS];
  const keys = raw.split(',').map((k) => k.trim());
  const unknown = keys.filter((k) => !(ALL_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0 || keys.length === 0) throw new Error(`BENCH_SCENARIOS takes ${ALL_KEYS.join(', ')} (comma-separated), got "${raw}"`);
  return ALL_KEYS.filter((k) => keys.includes(k));
}

/** The import's times: the mean per server, and baseline time / Tend time (> 1: Tend is faster). */
function printImportTable(rows: number, times: Record<'Tend' | 'baseline', ImportTiming[]>) {
  const mean = (list: ImportTiming[], pick: (t: ImportTiming) => number) => list.reduce((sum, t) => sum + pick(t), 0) / list.length;
  console.log('');
  console.log(`| import of ${rows} people in one file | Tend ms | baseline ms | ratio baseline/Tend (as a throughput ratio) |`);
  console.log('|---|---:|---:|---:|');
  for (const [what, pick] of [['refuse it with 7 bad lines (all reported)', (t: ImportTiming) => t.refuseMs], ['import it clean', (t: ImportTiming) => t.importMs]] as const) {
    const [t, b] = [mean(times.Tend, pick), mean(times.baseline, pick)];
    console.log(`| ${what} | ${fmt(t, 0)} | ${fmt(b, 0)} | ${fmt(b / t, 2)} |`);
  }
}

const log = (message: string) => console.log(`[bench] ${message}`);
let stoppedBySignal = false;

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

function printTable(rows: { scenario: string; tend: LoadSummary; base: LoadSummary }[]) {
  const header = ['scenario', 'Tend req/s', 'baseline req/s', 'ratio Tend/baseline', 'Tend p50 ms', 'Tend p99 ms', 'baseline p50 ms', 'baseline p99 ms', 'errors T/b'];
  const lines = rows.map(({ scenario, tend, base }) => [
    scenario,
    fmt(tend.perSecond, 0),
    fmt(base.perSecond, 0),
    fmt(tend.perSecond / base.perSecond, 2),
    fmt(tend.p50, 2),
    fmt(tend.p99, 2),
    fmt(base.p50, 2),
    fmt(base.p99, 2),
    `${tend.errors}/${base.errors}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(row(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const l of lines) console.log(row(l));
  for (const { scenario, tend, base } of rows) {
    if (tend.errorSample) console.log(`  ${scenario}, Tend error: ${tend.errorSample}`);
    if (base.errorSample) console.log(`  ${scenario}, baseline error: ${base.errorSample}`);
  }
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
  const dataDir = databaseUrl ? undefined : mkdtempSync('/tmp/tend-bench-');
  const cleanups: (() => Promise<void>)[] = [];
  const stopLoad = new AbortController();
  let stopping: Promise<void> | undefined;
  // the load first, then the servers, the pools and the database (in reverse order of start)
  const cleanUp = () =>
    (stopping ??= (async () => {
      stopLoad.abort();
      for (const step of cleanups.reverse()) await step().catch((e: unknown) => log(`while cleaning up: ${String(e)}`));
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    })());
  // requests and connections cut off by stopping fail as expected: report only what fails before
  const logUntilStopping = (message: string) => {
    if (!stopping) log(message);
  };
  // whatever happens, do not leave the temporary folder behind
  process.on('exit', () => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping`);
      stoppedBySignal = true;
      void cleanUp().then(() => process.exit(130));
    });
  }

  try {
    log(databaseUrl ? 'Using the PostgreSQL server from DATABASE_URL' : `Starting an embedded PostgreSQL in ${dataDir}`);
    // both sides get the same pool size: openDatabase's default (20)
    // (dataDir is not used when there is a databaseUrl)
    const database = await openDatabase({ databaseUrl, dataDir: dataDir ?? '', log: logUntilStopping });
    cleanups.push(() => database.close());
    // pool.end() resolves before its idle connections have closed, and stopping the embedded
    // server then ends them with an error (57P01): expected while closing, so said only otherwise
    database.pool.on('error', (error) => logUntilStopping(`database pool: ${error.message}`));
    await runMigrations(database);
    await installBuiltInPacks(database);
    const seeded = await seed(database);
    log(`Seeded 1 organisation, ${seeded.unitIds.length} units, ${200 + seeded.workerEmails.length} people (one org admin, ${seeded.workerEmails.length} workers)`);
    const surveysPerRun = Math.ceil((surveyRate * (warmupSeconds + seconds)) / RESPONDENTS);
    const surveySetup = selected.includes('survey') ? await seedSurvey(database, rounds, surveysPerRun) : undefined;
    if (surveySetup) log(`Seeded the survey organisation: ${RESPONDENTS} respondents with accounts, ${2 * (rounds * surveysPerRun + 1)} open staff surveys (${surveysPerRun} per server and round, room for ${surveyRate} answers/s)`);
    const coverageSetup = selected.includes('coverage') ? await seedCoverage(database) : undefined;
    if (coverageSetup) log('Seeded the coverage organisation: 20,000 people, 40 units, placements and 2 training records each');
    const metricsSetup = selected.includes('metrics') ? await seedMetrics(database, metricsScale, logUntilStopping) : undefined;
    if (metricsSetup) {
      const { people, units, services, checkIns } = metricsSetup.size;
      log(`Seeded the metrics organisation (scale ${metricsScale}): ${people} people, ${units} units (${services} services), ${checkIns} check-ins, five years of HR events`);
    }

    const app = createApp({
      database,
      mailer: createMemoryMailer(),
      config: { publicUrl: 'http://127.0.0.1', secureCookies: false },
      log: logUntilStopping,
    });
    const tendPort = await new Promise<number>((resolve) => {
      const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve(info.port));
      cleanups.push(
        () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      );
    });

    const options = database.pool.options as pg.PoolConfig;
    const baseline = await startBaselineServer({
      connectionString: options.connectionString,
      host: options.host,
      port: options.port,
      user: options.user,
      password: options.password,
      database: options.database,
      max: options.max,
    });
    cleanups.push(() => baseline.close());
    log(`Tend on port ${tendPort}, baseline on port ${baseline.port}, each with a pool of ${options.max} connections`);

    // sessions of their own for each server, all created by Tend's sign-in: the admin's, and one
    // per connection for the workers who check in
    const all: Scenario[] = [...scenarios];
    if (surveySetup) all.push(surveyScenario(database, surveySetup, CONNECTIONS));
    if (coverageSetup) all.push(coverageScenario(coverageConnections));
    const chosen = all.filter((s) => (selected as readonly string[]).includes(s.key));
    const workerEmails = selected.includes('checkin') ? seeded.workerEmails : [];
    const targets: Target[] = [];
    for (const [name, port] of [['Tend', tendPort], ['baseline', baseline.port]] as const) {
      targets.push({
        name,
        port,
        admin: await signIn(tendPort, seeded.adminEmail),
        workers: await signInAll(tendPort, workerEmails),
        // 1,000 sessions each: the rows Tend's sign-in writes, written in bulk (each sign-in checks a password hash)
        respondents: surveySetup ? await respondentSessions(database, surveySetup) : [],
        coverageAdmin: coverageSetup ? await signIn(tendPort, coverageSetup.adminEmail) : undefined,
      });
    }
    const [tend, base] = targets as [Target, Target];
    log(`Signed in through Tend: per server, the admin${workerEmails.length > 0 ? ` and ${workerEmails.length} workers` : ''}${coverageSetup ? ' and the coverage admin' : ''}${surveySetup ? `; ${RESPONDENTS} respondent sessions each` : ''}`);

    // the same answers and the same SQL first, request by request
    for (const scenario of chosen) log(`${scenario.name}: ${await scenario.check(tend, base)}`);
    log(`${CONNECTIONS} connections (${chosen.filter((c) => c.connections !== undefined).map((c) => `${c.key}: ${c.connections}`).join(', ') || 'every scenario'}), ${rounds} round(s) per server and scenario (order T,b then b,T), ${warmupSeconds} s warm-up + ${seconds} s measured each`);

    const rows: { scenario: string; tend: LoadSummary; base: LoadSummary }[] = [];
    for (const scenario of chosen) {
      const runs: Record<Target['name'], LoadRun[]> = { Tend: [], baseline: [] };
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? targets : [...targets].reverse();
        for (const target of order) {
          const connections = scenario.connections ?? CONNECTIONS;
          const requests = Array.from({ length: connections }, (_, connection) => scenario.request(target, connection, round));
          const run = await runLoadInWorker({ port: target.port, connections, warmupSeconds, seconds }, requests, stopLoad.signal);
          runs[target.name].push(run);
          log(`${scenario.name}, ${target.name}, round ${round + 1}: ${fmt(run.latencies.length / run.seconds, 0)} req/s, ${run.errors} errors`);
        }
      }
      rows.push({ scenario: scenario.name, tend: summarise(runs.Tend), base: summarise(runs.baseline) });
    }

    const importTimes = selected.includes('import') ? await runImportScenario(database, importRows, rounds, log) : undefined;
    let metricsTimes: MetricsTiming | undefined;
    if (metricsSetup) {
      const admin = async () => signIn(tendPort, metricsSetup.adminEmail);
      metricsTimes = await runMetricsScenario(
        database,
        metricsSetup.orgId,
        [
          { name: 'Tend', port: tendPort, admin: await admin() },
          { name: 'baseline', port: baseline.port, admin: await admin() },
        ],
        metricsRepeats,
        metricsPauseMs,
        log,
      );
    }

    console.log('');
    console.log(`Node ${process.version}, ${cpus().length} CPU(s), ${Math.round(totalmem() / 1024 ** 3)} GiB, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end, ${database.kind} PostgreSQL, all on this machine`);
    if (rows.length > 0) printTable(rows);
    if (importTimes) printImportTable(importRows, importTimes);
    if (metricsTimes && metricsSetup) {
      const { people, units, checkIns } = metricsSetup.size;
      printMetricsTable(`${people} people, ${units} units, ${checkIns} check-ins`, metricsTimes);
    }
    // the throughput tables' legend (the import and metrics tables say what their own ratio means)
    if (rows.length > 0) console.log('ratio > 1: Tend serves more requests per second than the bare baseline; < 1: fewer.');
    if (rows.some((r) => r.tend.errors + r.base.errors > 0)) process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  if (stoppedBySignal) return;
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});

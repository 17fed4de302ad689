// `npm run bench`: Tend against bare node:http + pg doing the same SQL, in the same run, on the same
// database, alternating between the two. Prints throughput ratios and latency percentiles.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { serve } from '@hono/node-server';
import type pg from 'pg';
import { createApp } from '../src/app.js';
import { openDatabase, runMigrations, type Database } from '../src/platform/db/client.js';
import { createMemoryMailer } from '../src/platform/mail/mailer.js';
import { buildOrg, buildPerson, buildUnit, TEST_PASSWORD } from '../src/test-support/factories.js';
import { startBaselineServer } from './baseline-server.js';
import { type LoadRequest, type LoadRun, type LoadSummary, runLoadInWorker, sendOnce, summarise } from './load.js';

const CONNECTIONS = 50;
const seconds = positive('BENCH_SECONDS', 10);
const warmupSeconds = positive('BENCH_WARMUP_SECONDS', 5);
const rounds = positive('BENCH_ROUNDS', 2);

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

const log = (message: string) => console.log(`[bench] ${message}`);
let stoppedBySignal = false;

interface Seeded {
  orgId: string;
  unitIds: string[];
  adminEmail: string;
}

/** One organisation: 4 services of 4 teams each (20 units), 200 people spread over them, one admin. */
async function seed(database: Database): Promise<Seeded> {
  const orgId = await buildOrg(database, 'Bench Org');
  const unitIds: string[] = [];
  for (let s = 1; s <= 4; s++) {
    const service = await buildUnit(database, orgId, { name: `Service ${s}`, kind: 'service' });
    unitIds.push(service);
    for (let t = 1; t <= 4; t++) unitIds.push(await buildUnit(database, orgId, { name: `Service ${s} team ${t}`, kind: 'team', parentId: service }));
  }
  for (let p = 0; p < 199; p++) {
    await buildPerson(database, orgId, { name: `Person ${p}`, email: `person-${p}@bench.example.org`, unitId: unitIds[p % unitIds.length]!, roles: [] });
  }
  const adminEmail = 'admin@bench.example.org';
  await buildPerson(database, orgId, { name: 'Bench Admin', email: adminEmail, unitId: unitIds[0]!, roles: ['org_admin'] });
  return { orgId, unitIds, adminEmail };
}

/** Signs in over HTTP, as the web app does: the session cookie and the CSRF token. */
async function signIn(port: number, email: string) {
  const body = JSON.stringify({ email, password: TEST_PASSWORD });
  const response = await sendOnce(port, { method: 'POST', path: '/api/v1/auth/sign-in', headers: { 'content-type': 'application/json' }, body });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${response.body}`);
  const cookie = (response.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  const { csrfToken } = JSON.parse(response.body) as { csrfToken: string };
  return { cookie, csrfToken };
}

type Session = Awaited<ReturnType<typeof signIn>>;

interface Scenario {
  name: string;
  request: (session: Session) => LoadRequest;
}

interface Target {
  name: 'Tend' | 'baseline';
  port: number;
  session: Session;
}

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
    const seeded = await seed(database);
    log(`Seeded 1 organisation, ${seeded.unitIds.length} units, 200 people (one of them an org admin)`);

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

    // one session per server, both created by Tend's sign-in
    const targets: Target[] = [
      { name: 'Tend', port: tendPort, session: await signIn(tendPort, seeded.adminEmail) },
      { name: 'baseline', port: baseline.port, session: await signIn(tendPort, seeded.adminEmail) },
    ];

    const scenarios: Scenario[] = [
      {
        name: 'list units (authenticated GET)',
        request: (s) => ({ method: 'GET', path: '/api/v1/units', headers: { cookie: s.cookie } }),
      },
      // runs after the list, whose rows it adds to. Top-level services: with a parentId, createUnit
      // reads every unit of the organisation, so the faster server would slow itself down more.
      {
        name: 'create unit (authenticated POST with CSRF)',
        request: (s) => ({
          method: 'POST',
          path: '/api/v1/units',
          headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'Bench service {n}', kind: 'service' }),
        }),
      },
    ];

    // the same answers first: identical unit lists, and a created unit from each
    const answers = await Promise.all(targets.map((t) => sendOnce(t.port, scenarios[0]!.request(t.session))));
    if (answers.some((a) => a.status !== 200) || !isDeepStrictEqual(JSON.parse(answers[0]!.body), JSON.parse(answers[1]!.body))) {
      throw new Error(`Tend and the baseline answer the unit list differently:\n${answers.map((a) => `${a.status} ${a.body.slice(0, 300)}`).join('\n')}`);
    }
    for (const t of targets) {
      const res = await sendOnce(t.port, scenarios[1]!.request(t.session));
      if (res.status !== 201 || !/^\{"id":"[0-9a-f-]{36}"\}$/.test(res.body)) throw new Error(`${t.name} create answered ${res.status} ${res.body}`);
    }
    log('Both servers give the same unit list and create units alike');
    log(`${CONNECTIONS} connections, ${rounds} round(s) per server and scenario (order T,b then b,T), ${warmupSeconds} s warm-up + ${seconds} s measured each`);

    const rows: { scenario: string; tend: LoadSummary; base: LoadSummary }[] = [];
    for (const scenario of scenarios) {
      const runs: Record<Target['name'], LoadRun[]> = { Tend: [], baseline: [] };
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? targets : [...targets].reverse();
        for (const target of order) {
          const run = await runLoadInWorker({ port: target.port, connections: CONNECTIONS, warmupSeconds, seconds }, scenario.request(target.session), stopLoad.signal);
          runs[target.name].push(run);
          log(`${scenario.name}, ${target.name}, round ${round + 1}: ${fmt(run.latencies.length / run.seconds, 0)} req/s, ${run.errors} errors`);
        }
      }
      rows.push({ scenario: scenario.name, tend: summarise(runs.Tend), base: summarise(runs.baseline) });
    }

    console.log('');
    console.log(`Node ${process.version}, ${cpus().length} CPU(s), ${database.kind} PostgreSQL, all on this machine`);
    printTable(rows);
    console.log('ratio > 1: Tend serves more requests per second than the bare baseline; < 1: fewer.');
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

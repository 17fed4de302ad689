import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { installBuiltInPacks } from './content/built-in-packs.js';
import { loadConfig } from './platform/config/config.js';
import { openDatabase, runMigrations } from './platform/db/client.js';
import { createMailer } from './platform/mail/mailer.js';
import { DEMO_PASSWORD } from './demo/demo-data.js';
import { databaseIsEmpty, DEMO_SIGN_INS, demoIsLoaded, loadDemo } from './demo/load-demo.js';
import { scheduleCheckInRetention } from './modules/wellbeing/retention.js';
import { scheduleReminders } from './modules/reminders/reminder-job.js';
import { scheduleJobCleanup } from './platform/jobs/job-runner.js';
import { demoStartRefusal } from './demo/demo-guard.js';
import { isLoopback } from './platform/config/demo-safety.js';

const log = (message: string) => console.log(`[tend] ${message}`);

async function main() {
  const config = loadConfig();
  log(config.databaseUrl ? 'Using the PostgreSQL server from DATABASE_URL' : `Starting the embedded database (data folder: ${config.dataDir})`);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log });
  let ready = false;
  let shuttingDown = false;
  let server: ReturnType<typeof serve> | undefined;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal}: stopping`);
    server?.close();
    await database.close().catch((e) => log(`while stopping the database: ${String(e)}`));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // orphaned (the process that started us is gone): stop, so the database is not left running
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('parent process ended');
  }, 1000).unref();

  await runMigrations(database);
  for (const pack of await installBuiltInPacks(database)) {
    if (pack.status === 'installed') log(`Installed content pack ${pack.id} ${pack.version}`);
  }
  // demo accounts share a published password: only on a computer nobody else can reach
  const refusal = await demoStartRefusal(database, config);
  if (refusal) {
    await database.close().catch(() => {});
    throw new Error(refusal);
  }
  if (config.loadDemo && (await databaseIsEmpty(database))) {
    await loadDemo(database);
    log('Loaded the demo organisation: Riverside Community Care');
  }
  scheduleCheckInRetention(database, log);
  scheduleJobCleanup(database, log);
  const showDemoSignIns = await demoIsLoaded(database);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, log });
  scheduleReminders({ database, mailer, publicUrl: config.publicUrl, log });
  const app = createApp({ database, config, mailer, log, ready: () => ready });
  server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    ready = true;
    const url = `http://${isLoopback(config.host) ? 'localhost' : config.host}:${info.port}`;
    console.log(`
  Tend is running at ${url}
  API reference: ${url}/api/docs   Health: ${url}/api/health
  Database: ${database.kind === 'embedded' ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}   Mail: ${mailer.kind === 'smtp' ? 'SMTP' : 'links are printed here (no SMTP_URL)'}
${
  showDemoSignIns
    ? `
  Demo sign-ins (password for all: ${DEMO_PASSWORD}):
${DEMO_SIGN_INS.map((s) => `    ${s.role.padEnd(12)} ${s.email}`).join('\n')}
    The demo hub runs a learning collaborative of three partner organisations (Region area).
  Open data published by hubs: ${url}/open-data (no sign-in)
`
    : ''
}
  Stop with Ctrl+C.`);
  });
}

main().catch((error) => {
  console.error(`[tend] Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

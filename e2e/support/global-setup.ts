import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The invitation link of a worker in a second organisation (Elsewhere Trust), for journeys across organisations. */
    otherOrgInvitation: string;
    /**
     * For the hub acceptance journey (hub-acceptance.e2e.ts), made apart from the demo so that no
     * other journey sees them: a second regional hub and three organisations, each with the
     * invitation link of its first admin (keyed by email).
     */
    acceptance: { hub: { name: string; adminEmail: string; invitation: string }; orgs: Array<{ name: string; adminEmail: string; adminName: string; invitation: string }> };
    /** The file the server's output goes to: with no SMTP, its mails (invitation links) are printed there. */
    serverLog: string;
  }
}

/** Runs an operator command on the data folder (before the server holds it) and returns what it printed. */
function operator(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const cli = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    cli.stdout?.on('data', (chunk) => output.push(String(chunk)));
    cli.stderr?.on('data', (chunk) => output.push(String(chunk)));
    cli.once('exit', (code) => (code === 0 ? resolve(output.join('')) : reject(new Error(`tend ${args.join(' ')} failed:\n${output.join('')}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a real Tend — the same entry point as `npm start` — on a throwaway data folder with
 * the demo organisation, and stops it after the journeys.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(process.cwd(), '.tend-test-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = { ...process.env, PORT: String(port), TEND_DATA_DIR: dataDir, TEND_PUBLIC_URL: baseUrl, DATABASE_URL: '' };
  // a second organisation with one worker, made the way an operator would, before the server starts
  // (the demo first: Tend loads it only into a database with no other organisation)
  await operator(['demo'], env);
  const added = await operator(['add-user', '--org', 'elsewhere', '--create-org', 'Elsewhere Trust', '--email', 'fox@elsewhere.example', '--name', 'Fox Foreign', '--roles', 'worker'], env);
  const linkIn = (printed: string) => {
    const link = /(http\S+\/accept-invitation#\S+)/.exec(printed)?.[1];
    if (!link) throw new Error(`the operator command printed no invitation link:\n${printed}`);
    return link;
  };
  const invitation = linkIn(added);
  const hub = { name: 'Coastline Learning Hub', adminEmail: 'nadia@coastline-hub.example' };
  const hubInvitation = linkIn(await operator(['create-hub', '--slug', 'coastline-hub', '--name', hub.name, '--admin-email', hub.adminEmail, '--admin-name', 'Nadia Brook'], env));
  const orgs = [];
  for (const [slug, name, adminName] of [
    ['harbour-house', 'Harbour House Services', 'Hana Reyes'],
    ['lakeside-youth', 'Lakeside Youth Trust', 'Luis Ortega'],
    ['meadow-court', 'Meadow Court Care', 'Mira Chen'],
  ] as const) {
    const adminEmail = `admin@${slug}.example`;
    const printed = await operator(['add-user', '--org', slug, '--create-org', name, '--email', adminEmail, '--name', adminName, '--roles', 'org_admin,worker'], env);
    orgs.push({ name, adminEmail, adminName, invitation: linkIn(printed) });
  }
  const serverLog = join(dataDir, 'server.log');
  writeFileSync(serverLog, '');
  const output: string[] = [];
  const tend: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...env, TEND_DEMO: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: unknown) => {
    output.push(String(chunk));
    appendFileSync(serverLog, String(chunk));
  };
  tend.stdout?.on('data', keep);
  tend.stderr?.on('data', keep);
  const deadline = Date.now() + 90_000;
  while (true) {
    if (tend.exitCode !== null) throw new Error(`Tend exited while starting:\n${output.join('')}`);
    const ready = await fetch(`${baseUrl}/api/ready`).then((r) => r.ok).catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`Tend did not become ready:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide('baseUrl', baseUrl);
  project.provide('otherOrgInvitation', invitation);
  project.provide('acceptance', { hub: { ...hub, invitation: hubInvitation }, orgs });
  project.provide('serverLog', serverLog);
  return async () => {
    tend.kill('SIGTERM');
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        tend.kill('SIGKILL');
        resolve();
      }, 15_000);
      tend.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    rmSync(dataDir, { recursive: true, force: true });
  };
}

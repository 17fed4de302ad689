import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../tenancy/demo-organisation.js';
import { processIsAlive } from './data-folder.js';
import { recoverStaleCluster } from './embedded.js';

/*
 * The promise of docs/decisions/001: kill -9 Tend and its postmaster while a client writes, and
 * after a restart every write that was acknowledged (201) is there. Also: a second Tend on the
 * same data folder refuses to start. This starts real Tends from src/main.ts on the embedded
 * database, so it says nothing about a DATABASE_URL server.
 */

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ADMIN_EMAIL = 'admin@riverside.example';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const dataDir = join(REPO_ROOT, `.tend-test-durability-${randomBytes(4).toString('hex')}`);
const clusterDir = join(dataDir, 'pg');
const started: Tend[] = [];

interface Tend {
  child: ChildProcess;
  baseUrl: string;
  output: string[];
  /** Resolves with the exit code (null when ended by a signal). */
  exited: Promise<number | null>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function startTend(): Promise<Tend> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO_ROOT,
    // TEND_DEMO=true: the demo organisation is loaded into the empty database (we sign in as its admin)
    env: { ...process.env, PORT: String(port), TEND_DATA_DIR: dataDir, TEND_DEMO: 'true', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  // 'close', not 'exit': by then everything the process wrote has been read
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const tend = { child, baseUrl: `http://127.0.0.1:${port}`, output, exited };
  started.push(tend);
  return tend;
}

const running = (tend: Tend) => tend.child.exitCode === null && tend.child.signalCode === null;

async function waitForHealth(tend: Tend, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (true) {
    if (!running(tend)) {
      await waitForExit(tend, 5_000).catch(() => {});
      throw new Error(`Tend exited while starting:\n${tend.output.join('')}`);
    }
    const status = await fetch(`${tend.baseUrl}/api/health`)
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`Tend did not answer /api/health within ${timeoutMs} ms:\n${tend.output.join('')}`);
    await sleep(250);
  }
}

/** Resolves with the exit code, or throws after `timeoutMs`. */
async function waitForExit(tend: Tend, timeoutMs: number): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Tend did not exit within ${timeoutMs} ms:\n${tend.output.join('')}`)), timeoutMs);
  });
  try {
    return await Promise.race([tend.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface Session {
  headers: Record<string, string>;
}

async function signIn(tend: Tend): Promise<Session> {
  const response = await fetch(`${tend.baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('tend_session='));
  if (!cookie) throw new Error('sign-in set no tend_session cookie');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' } };
}

function postmasterPid(): number {
  const pidFile = join(clusterDir, 'postmaster.pid');
  return existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
}

function workingFolder(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}

afterAll(async () => {
  for (const tend of started) {
    if (running(tend)) {
      tend.child.kill('SIGKILL');
      await waitForExit(tend, 10_000).catch(() => {});
    }
  }
  const pid = postmasterPid();
  // only if that pid is still our postmaster (its working folder is the cluster), not a reused one
  if (pid && processIsAlive(pid) && workingFolder(pid) === clusterDir) process.kill(pid, 'SIGKILL');
  // backends outlive a killed postmaster for a moment: stop whatever still works in our cluster
  if (existsSync(clusterDir)) await recoverStaleCluster(clusterDir, () => {});
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe.skipIf(process.env.TEND_TEST_TARGET === 'postgresql')('the embedded database', () => {
  it('treats the lock files of a cluster with no process left as stale, whatever pid they name', async () => {
    // a postmaster killed with its parent stays a zombie until init reaps it, and kill(pid, 0)
    // succeeds on a zombie, as on a reused pid: postgres alone would refuse to start
    const cluster = `${dataDir}-locks`;
    mkdirSync(cluster, { recursive: true });
    try {
      const alive = String(process.pid);
      writeFileSync(join(cluster, 'postmaster.pid'), `${alive}\n${cluster}\n`);
      writeFileSync(join(cluster, '.s.PGSQL.5432.lock'), `${alive}\n${cluster}\n`);
      await recoverStaleCluster(cluster, () => {});
      expect(readdirSync(cluster)).toEqual([]);
    } finally {
      rmSync(cluster, { recursive: true, force: true });
    }
  });

  it(
    'keeps every acknowledged write through kill -9 of Tend and postgres, and keeps a second Tend out',
    async () => {
      mkdirSync(dataDir);

      // 1. first start: creates the cluster, migrates, loads the demo
      const first = await startTend();
      await waitForHealth(first);
      const session = await signIn(first);

      // 2. a client writing units, 4 requests in flight; a write counts once Tend answered 201
      const acknowledged: string[] = [];
      const unexpected: string[] = [];
      let next = 0;
      let inFlight = 0;
      let killed = false;
      const worker = async () => {
        while (!killed) {
          const name = `Durable ${next++}`;
          inFlight++;
          try {
            const response = await fetch(`${first.baseUrl}/api/v1/units`, {
              method: 'POST',
              headers: session.headers,
              body: JSON.stringify({ name, kind: 'team', parentId: null }),
            });
            if (response.status === 201) acknowledged.push(name);
            else if (!killed) unexpected.push(`${name}: ${response.status} ${await response.text()}`);
            await response.arrayBuffer().catch(() => {});
          } catch (error) {
            // the connection dies with Tend: not acknowledged, so nothing is promised
            if (!killed) unexpected.push(`${name}: ${String(error)}`);
          } finally {
            inFlight--;
          }
        }
      };
      const writing = Promise.all([worker(), worker(), worker(), worker()]);
      const began = Date.now();
      while ((Date.now() - began < 1500 || acknowledged.length < 20) && Date.now() - began < 60_000) await sleep(50);
      while (inFlight === 0) await sleep(1);

      // 3. kill -9 both at once, mid-write
      const postmaster = postmasterPid();
      expect(postmaster, 'postmaster.pid names the running postmaster').toBeGreaterThan(0);
      const inFlightAtKill = inFlight;
      killed = true;
      first.child.kill('SIGKILL');
      process.kill(postmaster, 'SIGKILL');
      await writing;
      expect(await waitForExit(first, 10_000)).toBeNull();
      expect(unexpected, first.output.join('')).toEqual([]);
      expect(acknowledged.length).toBeGreaterThanOrEqual(20);
      expect(inFlightAtKill).toBeGreaterThan(0);

      // 4. restart on the same folder: the stale lock, pid file and backends are dealt with by Tend
      const second = await startTend();
      await waitForHealth(second);
      const again = await signIn(second);
      const listed = await fetch(`${second.baseUrl}/api/v1/units`, { headers: again.headers });
      expect(listed.status).toBe(200);
      const { units } = (await listed.json()) as { units: { name: string }[] };
      const names = new Set(units.map((u) => u.name));
      const missing = acknowledged.filter((name) => !names.has(name));
      expect(missing, `acknowledged but lost after kill -9 (${acknowledged.length} acknowledged)`).toEqual([]);
      console.log(
        `durability: ${acknowledged.length} writes acknowledged, ${inFlightAtKill} in flight at kill -9, ` +
          `${units.filter((u) => u.name.startsWith('Durable ')).length} present after restart`,
      );

      // 5. a second Tend on the same folder refuses, and leaves the running one alone
      const intruder = await startTend();
      const code = await waitForExit(intruder, 60_000);
      const said = intruder.output.join('');
      expect(code, said).not.toBe(0);
      expect(code, said).not.toBeNull();
      expect(said).toMatch(/Another Tend \(process \d+\) is using the data folder/);
      expect(readFileSync(join(dataDir, 'tend.lock'), 'utf8').trim()).toBe(String(second.child.pid));
      expect((await fetch(`${second.baseUrl}/api/v1/units`, { headers: again.headers })).status).toBe(200);

      // 6. a clean stop
      second.child.kill('SIGTERM');
      expect(await waitForExit(second, 30_000), second.output.join('')).toBe(0);
      expect(existsSync(join(dataDir, 'tend.lock')), 'the lock is released on a clean stop').toBe(false);
    },
    240_000,
  );
});

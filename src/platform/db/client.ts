import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { startEmbeddedDatabase } from './embedded.js';

/**
 * The typed query builder. It carries no schema: each module imports its own tables, so the
 * platform does not have to know every capability (no relational `db.query.x` API).
 */
export type Db = NodePgDatabase;
/** A transaction handle: the same query API as Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the pool-backed database or a transaction: stores accept both. */
export type Queryable = Db | Tx;

export interface Database {
  db: Db;
  pool: pg.Pool;
  /** 'embedded' or 'external': said in health output and logs. */
  kind: 'embedded' | 'external';
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

// dates as plain 'YYYY-MM-DD' strings: a start date has no time zone.
pg.types.setTypeParser(1082, (value: string) => value);

/** Wraps an existing pool in the typed query builder. */
export function databaseFromPool(pool: pg.Pool, kind: Database['kind'], onClose: () => Promise<void> = async () => {}): Database {
  // An idle connection the server ends is an 'error' event on the pool, which ends the process
  // when nobody listens (openDatabase logs it; a test's pool meets it when its database is
  // dropped WITH (FORCE)): the pool simply opens another on next use.
  if (pool.listenerCount('error') === 0) pool.on('error', () => {});
  return {
    db: drizzle(pool),
    pool,
    kind,
    async close() {
      await pool.end();
      await onClose();
    },
  };
}

/**
 * Opens Tend's database: the server at `databaseUrl` when given, otherwise the embedded
 * PostgreSQL in `dataDir` (started here and stopped by close()).
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  log?: (message: string) => void;
  poolSize?: number;
}): Promise<Database> {
  const max = options.poolSize ?? 20;
  const log = options.log ?? (() => {});
  // An idle connection the server ends (a restart, a stop, pg_terminate_backend) is reported as
  // an 'error' event on the pool; with no listener that event would end the process. The pool
  // opens a new connection when one is next needed.
  const onIdleError = (error: Error) => log(`database connection ended: ${error.message}`);
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max });
    pool.on('error', onIdleError);
    await requireVersion15(pool);
    return databaseFromPool(pool, 'external');
  }
  const embedded = await startEmbeddedDatabase(options.dataDir, log);
  const pool = new pg.Pool({ ...embedded.connection, max });
  pool.on('error', onIdleError);
  return databaseFromPool(pool, 'embedded', () => embedded.stop());
}

/** Tend's SQL needs PostgreSQL 15 or newer: say so plainly rather than fail on some query later. */
async function requireVersion15(pool: pg.Pool): Promise<void> {
  let version: number;
  try {
    const result = await pool.query<{ v: string }>('SHOW server_version_num');
    version = Number(result.rows[0]?.v);
  } catch (error) {
    await pool.end();
    throw new Error(`Could not connect to the PostgreSQL server in DATABASE_URL: ${(error as Error).message}`);
  }
  if (version < 150000) {
    await pool.end();
    throw new Error(`The PostgreSQL server in DATABASE_URL is version ${Math.floor(version / 10000)}; Tend needs 15 or newer.`);
  }
}

/** Applies every migration not yet applied (drizzle keeps its journal in the database). */
export async function runMigrations(database: Database): Promise<void> {
  // an advisory lock keeps two processes from migrating the same database at once
  const client = await database.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(72736)');
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('SELECT pg_advisory_unlock(72736)').catch(() => {});
    client.release();
  }
}

import pg from 'pg';
import { inject } from 'vitest';
import { type Database, databaseFromPool } from '../platform/db/client.js';
import { buildTestApp } from './factories.js';
import { createTestDatabase } from './test-database.js';

/**
 * Two Tend instances on ONE test database, as two processes would be: each has its own `pg`
 * pool and Database object (nothing in memory is shared), both pointing at the same database.
 * `close` ends both pools and drops the database.
 */
export async function createTwoInstances() {
  const first = await createTestDatabase();
  const second = await openSameDatabase(first);
  const a = buildTestApp(first);
  const b = buildTestApp(second);
  return {
    first,
    second,
    /** The app, mailer and logs of each instance. */
    a,
    b,
    async close() {
      await second.close();
      await first.close();
    },
  };
}

/** Another pool on the same test database; its close ends only this pool. */
export async function openSameDatabase(database: { name: string; kind: Database['kind'] }): Promise<Database> {
  const { connection } = inject('testServer');
  const pool = new pg.Pool({ ...connection, database: database.name, max: 10 });
  return databaseFromPool(pool, database.kind);
}

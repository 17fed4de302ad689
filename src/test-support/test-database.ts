import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, databaseFromPool } from '../platform/db/client.js';

/**
 * A fresh, migrated database for one test file, copied from the run's template.
 * close() drops it.
 */
export async function createTestDatabase(): Promise<Database & { target: 'embedded' | 'postgresql'; name: string }> {
  const { connection, target } = inject('testServer');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ ...connection, database: 'postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE tend_template`);
  await admin.end();
  const pool = new pg.Pool({ ...connection, database: name, max: 10 });
  const database = databaseFromPool(pool, target === 'embedded' ? 'embedded' : 'external', async () => {
    const cleanup = new pg.Client({ ...connection, database: 'postgres' });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  });
  return Object.assign(database, { target, name });
}

import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { databaseFromPool, runMigrations } from '../platform/db/client.js';
import { startEmbeddedDatabase } from '../platform/db/embedded.js';

export const TEMPLATE = 'tend_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection to the server holding the migrated template database. */
    testServer: { connection: pg.PoolConfig; target: 'embedded' | 'postgresql' };
  }
}

/**
 * One database server for the whole run: the embedded PostgreSQL, or the server in
 * TEST_DATABASE_URL when TEND_TEST_TARGET=postgresql. It holds a migrated template that each
 * test file copies (CREATE DATABASE … TEMPLATE) for isolation at ~20 ms a copy.
 */
export default async function setup(project: TestProject) {
  const target = process.env.TEND_TEST_TARGET === 'postgresql' ? 'postgresql' : 'embedded';
  let connection: pg.PoolConfig;
  let stop = async () => {};
  if (target === 'postgresql') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEND_TEST_TARGET=postgresql needs TEST_DATABASE_URL');
    const parsed = new URL(url);
    connection = { connectionString: url };
    connection = {
      host: parsed.hostname,
      port: Number(parsed.port || 5432),
      user: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
    };
  } else {
    const folder = mkdtempSync(join(process.cwd(), '.tend-test-'));
    const embedded = await startEmbeddedDatabase(folder);
    connection = { ...embedded.connection };
    delete connection.database;
    stop = async () => {
      await embedded.stop();
      rmSync(folder, { recursive: true, force: true });
    };
  }
  const admin = new pg.Client({ ...connection, database: 'postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.end();
  const templatePool = new pg.Pool({ ...connection, database: TEMPLATE, max: 2 });
  const template = databaseFromPool(templatePool, target === 'embedded' ? 'embedded' : 'external');
  await runMigrations(template);
  await template.close();
  project.provide('testServer', { connection, target });
  return stop;
}

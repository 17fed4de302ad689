// Where the state-size bench keeps its data: the server in BENCH_DATABASE_URL (a throwaway
// database), or an embedded PostgreSQL in a folder that is kept between runs, so 10 million
// check-ins are generated once and measured many times.
import { mkdirSync } from 'node:fs';
import { type Database, openDatabase, runMigrations } from '../../src/platform/db/client.js';

export const DEFAULT_DATA_FOLDER = '/tmp/tend-state-size';

/** The value after `name` on the command line (`--scale 0.01`), if any. */
export function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

export async function openBenchDatabase(dataFolder: string | undefined, log: (line: string) => void): Promise<{ database: Database; where: string; close: () => Promise<void> }> {
  const databaseUrl = process.env.BENCH_DATABASE_URL?.trim() || undefined;
  const folder = dataFolder ?? DEFAULT_DATA_FOLDER;
  if (!databaseUrl) mkdirSync(folder, { recursive: true });
  const database = await openDatabase({ databaseUrl, dataDir: folder, poolSize: 4, log });
  // stopping the embedded server ends idle connections with an error: expected while closing
  database.pool.on('error', () => {});
  await runMigrations(database);
  return { database, where: databaseUrl ? 'the database in BENCH_DATABASE_URL' : `the embedded PostgreSQL in ${folder}`, close: () => database.close() };
}

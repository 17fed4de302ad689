import { type Database, runMigrations } from '../platform/db/client.js';
import type { CliCommand, Out } from './command.js';
import { appliedMigrations, describeMigration } from './migration-state.js';

/**
 * Applies every migration the database has not applied yet and says how many that was.
 * Example output: `Applied 2 migrations; the database is at migration 0002_training.`
 */
export async function migrate(database: Database, _options: Record<string, never>, out: Out): Promise<void> {
  const before = await appliedMigrations(database.pool);
  await runMigrations(database);
  const after = await appliedMigrations(database.pool);
  const applied = after.count - before.count;
  const where = describeMigration(after.latestHash);
  out(applied === 0 ? `The database is up to date (${where}).` : `Applied ${applied} migration${applied === 1 ? '' : 's'}; the database is at ${where}.`);
}

export const migrateCommand: CliCommand<Record<string, never>> = {
  name: 'migrate',
  summary: 'apply database migrations (every other command also does this first)',
  usage: 'migrate',
  options: {},
  appliesMigrations: true,
  toOptions: () => ({}),
  run: migrate,
};

import { installBuiltInPacks } from '../content/built-in-packs.js';
import { type Database, runMigrations } from '../platform/db/client.js';
import type { CliCommand, Out } from './command.js';
import { appliedMigrations, describeMigration } from './migration-state.js';

/**
 * Applies every migration the database has not applied yet and says how many that was, then
 * installs the built-in content packs (as a start does) and names any that were new.
 * Example output: `Applied 2 migrations; the database is at migration 0002_training.`
 */
export async function migrate(database: Database, _options: Record<string, never>, out: Out): Promise<void> {
  const before = await appliedMigrations(database.pool);
  await runMigrations(database);
  const after = await appliedMigrations(database.pool);
  const applied = after.count - before.count;
  const where = describeMigration(after.latestHash);
  out(applied === 0 ? `The database is up to date (${where}).` : `Applied ${applied} migration${applied === 1 ? '' : 's'}; the database is at ${where}.`);
  const installed = (await installBuiltInPacks(database)).filter((p) => p.status === 'installed');
  if (installed.length > 0) {
    out(`Installed ${installed.length} built-in content pack${installed.length === 1 ? '' : 's'}: ${installed.map((p) => `${p.id} ${p.version}`).join(', ')}.`);
  }
}

export const migrateCommand: CliCommand<Record<string, never>> = {
  name: 'migrate',
  summary: 'apply database migrations and install the built-in content packs (every other command also migrates first)',
  usage: 'migrate',
  options: {},
  appliesMigrations: true,
  toOptions: () => ({}),
  run: migrate,
};

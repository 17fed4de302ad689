import { rename, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Database } from '../platform/db/client.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type BackupTrailer, ident, listTendTables } from './backup-tables.js';
import { type CliCommand, CliError, type Out, requiredString } from './command.js';
import { appliedMigrations, describeMigration } from './migration-state.js';

export interface BackupOptions {
  outFile: string;
}

/** Rows fetched per round trip: enough to keep the server busy, few enough to keep memory flat. */
const BATCH = 1000;

/**
 * Writes a logical backup of every Tend table: gzip'd JSON lines, a header, then one
 * `{"table":…,"row":…}` per row, then a trailer with the row counts. Returns the counts.
 * Rows are read through a cursor in one REPEATABLE READ READ ONLY transaction: a consistent
 * snapshot while Tend keeps serving, in constant memory. (No pg_dump ships with the embedded
 * server, and this format restores into the embedded server and PostgreSQL alike.)
 */
export async function writeBackup(database: Database, outFile: string): Promise<{ rows: Record<string, number>; migrations: string | null }> {
  const client = await database.pool.connect();
  const rows: Record<string, number> = {};
  let migrations: string | null = null;
  // written beside the target and renamed at the end, so a failed backup never looks like a whole one
  const partial = `${outFile}.partial`;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    async function* lines() {
      migrations = (await appliedMigrations(client)).latestHash;
      const tables = await listTendTables(client);
      const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), migrations, tables: tables.map((t) => t.name) };
      yield `${JSON.stringify(header)}\n`;
      for (const table of tables) {
        let count = 0;
        const prefix = `{"table":${JSON.stringify(table.name)},"row":`;
        // ::text keeps numbers and timestamps exactly as PostgreSQL wrote them (no round trip through JS numbers)
        await client.query(`DECLARE tend_backup NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS row FROM ${ident(table.name)} t`);
        while (true) {
          const batch = await client.query<{ row: string }>(`FETCH ${BATCH} FROM tend_backup`);
          if (batch.rows.length === 0) break;
          count += batch.rows.length;
          yield batch.rows.map((r) => `${prefix}${r.row}}\n`).join('');
        }
        await client.query('CLOSE tend_backup');
        rows[table.name] = count;
      }
      const trailer: BackupTrailer = { end: true, rows };
      yield `${JSON.stringify(trailer)}\n`;
    }
    try {
      // 0600: the backup holds personal data and password hashes
      await pipeline(lines, createGzip(), createWriteStream(partial, { mode: 0o600 }));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code && /^E[A-Z]+$/.test(code) && (error as NodeJS.ErrnoException).path) throw new CliError(`--out: cannot write ${outFile} (${code})`);
      throw error;
    }
    await client.query('COMMIT');
    await rename(partial, outFile);
    return { rows, migrations };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    await rm(partial, { force: true });
    throw error;
  } finally {
    client.release();
  }
}

/** The backup command: writes the file and says what it holds. */
export async function backup(database: Database, options: BackupOptions, out: Out): Promise<void> {
  const { rows, migrations } = await writeBackup(database, options.outFile);
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  out(`Backed up ${total} rows from ${Object.keys(rows).length} tables (${describeMigration(migrations)}) to ${options.outFile}.`);
  out('It holds personal data and password hashes: keep it as safe as the database itself.');
}

export const backupCommand: CliCommand<BackupOptions> = {
  name: 'backup',
  summary: 'write a consistent backup of the whole database (gzip\'d JSON lines)',
  usage: 'backup --out <backup.tend.gz>',
  details: [
    'Works with the embedded database and with DATABASE_URL alike; restore it with `restore`.',
    'The embedded database is locked while Tend runs: stop Tend first. With DATABASE_URL it can run alongside Tend.',
  ],
  options: { out: { type: 'string' } },
  toOptions: (values) => ({ outFile: requiredString(values, 'out') }),
  run: backup,
};

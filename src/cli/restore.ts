import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type pg from 'pg';
import type { Database } from '../platform/db/client.js';
import { parseBackupLine, splitLines } from './backup-lines.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, ident, listTendTables, type TableInfo } from './backup-tables.js';
import { type CliCommand, CliError, type Out, requiredString } from './command.js';
import { appliedMigrations, describeMigration } from './migration-state.js';

export interface RestoreOptions {
  file: string;
  /** Replace whatever the database holds (TRUNCATE … CASCADE, inside the same transaction). */
  force: boolean;
}

/** Rows sent per INSERT. */
const BATCH = 1000;

function readHeader(line: string | undefined, file: string): BackupHeader {
  let header: Partial<BackupHeader> | undefined;
  try {
    header = JSON.parse(line ?? '') as Partial<BackupHeader>;
  } catch {
    // reported below
  }
  if (header?.format !== BACKUP_FORMAT) throw new CliError(`--file: ${file} is not a Tend backup`);
  if (header.version !== BACKUP_VERSION) throw new CliError(`--file: ${file} is a Tend backup of format version ${header.version}; this Tend reads version ${BACKUP_VERSION}`);
  if (!Array.isArray(header.tables)) throw new CliError(`--file: ${file} has no table list in its header`);
  return header as BackupHeader;
}

/** Writes one table's rows: in batches, or — for a table that refers to itself — in one statement at the end. */
function tableWriter(client: pg.PoolClient, table: TableInfo) {
  const columns = table.columns.map(ident).join(', ');
  const target = `public.${ident(table.name)}`;
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const json = `[${batch.join(',')}]`;
    batch = [];
    if (table.selfReferencing) {
      await client.query('INSERT INTO tend_restore_rows (row) SELECT jsonb_array_elements($1::jsonb)', [json]);
    } else {
      await client.query(
        `INSERT INTO ${target} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM jsonb_populate_recordset(null::${target}, $1::jsonb)`,
        [json],
      );
    }
  };
  return {
    async add(rowJson: string) {
      batch.push(rowJson);
      if (batch.length >= BATCH) await flush();
    },
    async finish() {
      await flush();
      if (!table.selfReferencing) return;
      // A manager may come after their report in the file. Foreign keys are checked at the end
      // of each statement, so one INSERT of the whole table accepts any order; the rows wait in
      // a temporary table, not in memory.
      const picked = table.columns.map((c) => `r.${ident(c)}`).join(', ');
      await client.query(
        `INSERT INTO ${target} (${columns}) OVERRIDING SYSTEM VALUE
         SELECT ${picked} FROM tend_restore_rows s CROSS JOIN LATERAL jsonb_populate_record(null::${target}, s.row) r`,
      );
      await client.query('TRUNCATE tend_restore_rows');
    },
  };
}

/** Moves each sequence owned by a Tend column past the restored values, so new rows get fresh numbers. */
async function advanceSequences(client: pg.PoolClient) {
  const sequences = await client.query<{ statement: string }>(
    `SELECT format('SELECT setval(%L, max(%I)) FROM public.%I HAVING max(%I) IS NOT NULL', s.oid::regclass::text, a.attname, t.relname, a.attname) AS statement
       FROM pg_class s
       JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       JOIN pg_class t ON t.oid = d.refobjid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE s.relkind = 'S' AND n.nspname = 'public'`,
  );
  for (const { statement } of sequences.rows) await client.query(statement);
}

/**
 * Reads the backup's lines and writes them in the open transaction. Refuses (before writing)
 * a backup from another migration, and a database that already holds organisations unless
 * `force`. Returns the header and the rows restored per table.
 */
async function restoreLines(client: pg.PoolClient, lines: AsyncGenerator<string>, options: RestoreOptions) {
  const header = readHeader((await lines.next()).value, options.file);
  const databaseAt = (await appliedMigrations(client)).latestHash;
  if (header.migrations !== databaseAt) {
    throw new CliError(
      `The backup was taken at ${describeMigration(header.migrations)}, but this database is at ${describeMigration(databaseAt)}: restore it with the version of Tend that wrote it, then upgrade`,
    );
  }
  const tables = await listTendTables(client);
  const byName = new Map(tables.map((t) => [t.name, t]));
  const unknown = header.tables.filter((t) => !byName.has(t));
  if (unknown.length > 0) throw new CliError(`--file: the backup has tables this database does not: ${unknown.join(', ')}`);

  if (options.force) {
    await client.query(`TRUNCATE ${tables.map((t) => `public.${ident(t.name)}`).join(', ')} CASCADE`);
  } else {
    const existing = await client.query<{ present: boolean }>('SELECT EXISTS (SELECT 1 FROM organisations) AS present');
    if (existing.rows[0]!.present) {
      throw new CliError('The database already holds organisations: restore only into an empty database, or pass --force to replace everything in it');
    }
    // Tend installs its built-in content packs itself (at start and by migrate), so even an empty
    // database holds them; the backup's copy, which its records cite, takes their place.
    if (byName.has('content_packs')) await client.query('TRUNCATE public.content_packs');
  }
  await client.query('CREATE TEMP TABLE tend_restore_rows (row jsonb) ON COMMIT DROP');

  const counts: Record<string, number> = {};
  let writer: ReturnType<typeof tableWriter> | undefined;
  let current: string | undefined;
  let trailer: Record<string, number> | undefined;
  let lineNumber = 1;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    if (trailer) throw new CliError(`--file: line ${lineNumber} comes after the end of the backup`);
    let parsed: ReturnType<typeof parseBackupLine>;
    try {
      parsed = parseBackupLine(line, lineNumber);
    } catch (error) {
      throw new CliError(`--file: ${(error as Error).message}`);
    }
    if ('end' in parsed) {
      trailer = parsed.rows;
      continue;
    }
    if (parsed.table !== current) {
      await writer?.finish();
      if (!header.tables.includes(parsed.table)) throw new CliError(`--file: line ${lineNumber} belongs to table ${parsed.table}, which the header does not list`);
      if (parsed.table in counts) throw new CliError(`--file: the rows of table ${parsed.table} are not together (line ${lineNumber})`);
      current = parsed.table;
      counts[current] = 0;
      writer = tableWriter(client, byName.get(current)!);
    }
    counts[current]! += 1;
    await writer!.add(parsed.rowJson);
  }
  await writer?.finish();
  if (!trailer) throw new CliError(`--file: ${options.file} is incomplete (its last line is missing)`);
  for (const table of header.tables) {
    if ((trailer[table] ?? 0) !== (counts[table] ?? 0)) {
      throw new CliError(`--file: ${options.file} is damaged: table ${table} should have ${trailer[table] ?? 0} rows, it has ${counts[table] ?? 0}`);
    }
  }
  await advanceSequences(client);
  return { header, counts };
}

/**
 * Restores a backup written by `backup`, all or nothing in one transaction: the database ends
 * up exactly as backed up, or unchanged. Works with the embedded server and DATABASE_URL alike.
 */
export async function restore(database: Database, options: RestoreOptions, out: Out): Promise<void> {
  try {
    await access(options.file);
  } catch {
    throw new CliError(`--file: cannot read ${options.file}`);
  }
  const client = await database.pool.connect();
  let result: Awaited<ReturnType<typeof restoreLines>> | undefined;
  try {
    await client.query('BEGIN');
    await pipeline(createReadStream(options.file), createGunzip(), async (source: AsyncIterable<Buffer>) => {
      result = await restoreLines(client, splitLines(source), options);
    });
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw new CliError(`--file: ${options.file} is not a whole Tend backup (${(error as Error).message}); nothing was restored`);
    }
    throw error;
  } finally {
    client.release();
  }
  const { header, counts } = result!;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  out(`Restored ${total} rows into ${header.tables.length} tables from ${options.file} (backup taken ${header.createdAt}, ${describeMigration(header.migrations)}).`);
}

export const restoreCommand: CliCommand<RestoreOptions> = {
  name: 'restore',
  summary: 'restore a backup into an empty database (or replace everything with --force)',
  usage: 'restore --file <backup.tend.gz> [--force]',
  details: [
    '--force  replace everything the database holds; without it, restore refuses a database that has organisations',
    'All or nothing: one transaction. The backup must come from the same database version (migration) as this Tend.',
    'The embedded database is locked while Tend runs: stop Tend first.',
  ],
  options: { file: { type: 'string' }, force: { type: 'boolean' } },
  toOptions: (values) => ({ file: requiredString(values, 'file'), force: values.force === true }),
  run: restore,
};

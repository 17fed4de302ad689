import type pg from 'pg';

/** The first line of a backup file. */
export interface BackupHeader {
  format: 'tend-backup';
  version: 1;
  createdAt: string;
  /** Hash of the latest migration applied when the backup was taken (drizzle.__drizzle_migrations). */
  migrations: string | null;
  /** Tables in the order their rows follow: a referenced table before the tables referring to it. */
  tables: string[];
}

/** The last line of a backup file: its absence means the file was cut short. */
export interface BackupTrailer {
  end: true;
  rows: Record<string, number>;
}

export const BACKUP_FORMAT = 'tend-backup';
export const BACKUP_VERSION = 1;

/** A table of Tend's schema as backup and restore need to know it. */
export interface TableInfo {
  name: string;
  /** Columns a row may be inserted with (generated columns left out), in table order. */
  columns: string[];
  /** True when a foreign key of the table points at the table itself (units.parent_id). */
  selfReferencing: boolean;
}

/** Quotes an SQL identifier: table and column names come from the catalogue, never from input. */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every table of the public schema (drizzle keeps its journal in its own schema, which is left
 * out: the target database has its own), ordered so that each table comes after the tables it
 * refers to. Throws when tables refer to each other in a loop: no insert order would work.
 */
export async function listTendTables(client: Pick<pg.PoolClient, 'query'>): Promise<TableInfo[]> {
  const tables = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const columns = await client.query<{ table: string; column: string }>(
    `SELECT table_name AS table, column_name AS column FROM information_schema.columns
      WHERE table_schema = 'public' AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position`,
  );
  const references = await client.query<{ child: string; parent: string }>(
    `SELECT DISTINCT child.relname AS child, parent.relname AS parent
       FROM pg_constraint c
       JOIN pg_class child ON child.oid = c.conrelid
       JOIN pg_namespace cn ON cn.oid = child.relnamespace
       JOIN pg_class parent ON parent.oid = c.confrelid
       JOIN pg_namespace pn ON pn.oid = parent.relnamespace
      WHERE c.contype = 'f' AND cn.nspname = 'public' AND pn.nspname = 'public'`,
  );
  const names = tables.rows.map((t) => t.name);
  const parentsOf = new Map(names.map((n) => [n, new Set<string>()]));
  const selfReferencing = new Set<string>();
  for (const { child, parent } of references.rows) {
    if (child === parent) selfReferencing.add(child);
    else parentsOf.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    // alphabetical among the ready ones, so the same schema always gives the same order
    const ready = names.find((n) => !placed.has(n) && [...parentsOf.get(n)!].every((p) => placed.has(p) || !parentsOf.has(p)));
    if (!ready) {
      const stuck = names.filter((n) => !placed.has(n));
      throw new Error(`These tables refer to each other in a loop, so no restore order works: ${stuck.join(', ')}`);
    }
    ordered.push(ready);
    placed.add(ready);
  }
  return ordered.map((name) => ({
    name,
    columns: columns.rows.filter((c) => c.table === name).map((c) => c.column),
    selfReferencing: selfReferencing.has(name),
  }));
}

import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test-support/test-database.js';
import { type CatalogTable, distributionOf, distributionProblems } from './distribution-keys.js';
import { INSTALLATION_WIDE_TABLES } from './installation-wide-tables.js';

/*
 * The migrated schema stays distributable on Citus (docs/scale.md): organisation tables by
 * org_id, hub tables by hub_id, the rest replicated reference tables named in
 * installation-wide-tables.ts. Read from pg_catalog, so it checks what the migrations made, not
 * what the drizzle schema says.
 */

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

interface CatalogRow {
  name: string;
  columns: string[];
  constraints: Array<{ name: string; type: 'p' | 'u' | 'f'; columns: string[]; referenced_table: string | null; referenced_columns: string[] | null; sets_on_delete: string[] | null }> | null;
  unique_indexes: Array<{ name: string; columns: string[] }> | null;
}

/** Every table of the public schema with its columns, keys and foreign keys, columns in key order. */
async function readCatalog(pool: pg.Pool | pg.PoolClient): Promise<CatalogTable[]> {
  const columnsOf = (keys: string, relation: string) =>
    `(select array_agg(a.attname::text order by u.ord) from unnest(${keys}) with ordinality u(attnum, ord)
       join pg_attribute a on a.attrelid = ${relation} and a.attnum = u.attnum)`;
  const { rows } = await pool.query<CatalogRow>(`
    select c.relname as name,
      (select array_agg(a.attname::text order by a.attnum) from pg_attribute a
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped) as columns,
      (select json_agg(json_build_object('name', k.conname, 'type', k.contype,
          'columns', ${columnsOf('k.conkey', 'k.conrelid')},
          'referenced_table', (select r.relname from pg_class r where r.oid = k.confrelid),
          'referenced_columns', ${columnsOf('k.confkey', 'k.confrelid')},
          -- SET NULL / SET DEFAULT on delete: the columns it sets (all of the key unless listed)
          'sets_on_delete', case when k.confdeltype in ('n', 'd') then coalesce(${columnsOf('k.confdelsetcols', 'k.conrelid')}, ${columnsOf('k.conkey', 'k.conrelid')}) end))
        from pg_constraint k where k.conrelid = c.oid and k.contype in ('p', 'u', 'f')) as constraints,
      -- unique indexes made without a constraint (an expression column shows as '(expression)')
      (select json_agg(json_build_object('name', ic.relname,
          'columns', (select array_agg(coalesce(a.attname::text, '(expression)') order by u.ord)
                       from unnest(i.indkey::int2[]) with ordinality u(attnum, ord)
                       left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = u.attnum)))
        from pg_index i join pg_class ic on ic.oid = i.indexrelid
        where i.indrelid = c.oid and i.indisunique and not i.indisprimary
          and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)) as unique_indexes
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    order by c.relname`);
  return rows.map((row) => {
    const constraints = row.constraints ?? [];
    return {
      name: row.name,
      columns: row.columns,
      primaryKey: constraints.find((k) => k.type === 'p')?.columns ?? [],
      uniqueKeys: [...constraints.filter((k) => k.type === 'u').map((k) => ({ name: k.name, columns: k.columns })), ...(row.unique_indexes ?? [])],
      foreignKeys: constraints
        .filter((k) => k.type === 'f')
        .map((k) => ({
          name: k.name,
          columns: k.columns,
          referencedTable: k.referenced_table ?? '',
          referencedColumns: k.referenced_columns ?? [],
          setsOnDelete: k.sets_on_delete ?? [],
        })),
    };
  });
}

describe('distribution keys of the migrated schema', () => {
  it('every table is distributed by org_id or hub_id with the key first, or is a listed reference table', async () => {
    const tables = await readCatalog(database.pool);
    expect(distributionProblems(tables, INSTALLATION_WIDE_TABLES)).toEqual([]);
  });

  it('reads keys, foreign keys and unique keys from the catalog in key order', async () => {
    // the reader itself: a test that saw no keys would pass every rule
    const tables = await readCatalog(database.pool);
    const byName = new Map(tables.map((t) => [t.name, t]));
    const rhythms = byName.get('supervision_rhythms');
    expect(rhythms?.primaryKey).toEqual(['org_id', 'worker_id', 'supervisor_id']);
    expect(byName.get('org_instruments')?.primaryKey).toEqual(['org_id', 'id']);
    expect(byName.get('org_instruments')?.uniqueKeys).toContainEqual({ name: 'org_instruments_version', columns: ['org_id', 'instrument_id', 'version'] });
    expect(byName.get('people')?.foreignKeys).toContainEqual(
      expect.objectContaining({ referencedTable: 'organisations', columns: ['org_id'], referencedColumns: ['id'] }),
    );
    const organisationTables = tables.filter((t) => distributionOf(t, INSTALLATION_WIDE_TABLES) === 'org');
    expect(organisationTables.length).toBeGreaterThan(50);
    // at least one foreign key between two organisation tables, read with both sides' columns
    const between = organisationTables.flatMap((t) => t.foreignKeys).filter((fk) => fk.referencedTable !== 'organisations');
    expect(between.length).toBeGreaterThan(0);
    for (const fk of between) expect(fk.columns.length).toBe(fk.referencedColumns.length);
  });

  it('fails, naming the table and what to do, when a new table fits no rule', async () => {
    const client = await database.pool.connect();
    try {
      await client.query('begin');
      await client.query('create table stray_things (id uuid primary key, label text)');
      await client.query('create table hub_figures (org_id uuid not null, hub_id uuid not null, primary key (org_id, hub_id))');
      // a unit's notes that lose their unit with SET NULL on the whole key, org_id included
      await client.query(
        'create table unit_notes (org_id uuid not null, id uuid not null, unit_id uuid, primary key (org_id, id), ' +
          'constraint unit_notes_unit_fk foreign key (org_id, unit_id) references units (org_id, id) on delete set null)',
      );
      const problems = distributionProblems(await readCatalog(client), INSTALLATION_WIDE_TABLES);
      expect(problems).toEqual([
        expect.stringMatching(/^hub_figures: primary key \(org_id, hub_id\) must start with hub_id/),
        expect.stringMatching(/^stray_things: has no org_id column and is not listed as installation-wide; .*INSTALLATION_WIDE_TABLES/),
        'unit_notes: foreign key unit_notes_unit_fk sets org_id on delete; name only the other columns (ON DELETE SET NULL (column))',
      ]);
      // with the column list it is fine
      await client.query('alter table unit_notes drop constraint unit_notes_unit_fk');
      await client.query('alter table unit_notes add constraint unit_notes_unit_fk foreign key (org_id, unit_id) references units (org_id, id) on delete set null (unit_id)');
      await client.query('drop table hub_figures, stray_things');
      expect(distributionProblems(await readCatalog(client), INSTALLATION_WIDE_TABLES)).toEqual([]);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});

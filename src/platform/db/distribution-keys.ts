/*
 * The distribution-key rules of docs/scale.md, as a pure function over a description of the
 * schema (read from pg_catalog by distribution-keys.int.test.ts). They keep every table
 * distributable on Citus without a rewrite:
 * - an organisation-owned table (it has an `org_id` column) is distributed by org_id and
 *   co-located with every other one, so org_id leads its primary key, every unique key (Citus
 *   can only enforce uniqueness that includes the distribution column) and every foreign key to
 *   another organisation-owned table, where it must meet the referenced table's org_id;
 * - a hub-keyed table (named hub_*, or with hub_id first in its primary key, or listed as `hub`)
 *   is distributed by hub_id in the same way;
 *   every hub_* table has hub_id first in its primary key, even one listed as a reference table;
 * - every other table is small and replicated to every node (a Citus reference table), and must
 *   be named in INSTALLATION_WIDE_TABLES with the reason it is installation-wide.
 * A distributed table may point at a reference table; a reference table may point at nothing
 * but another reference table (Citus refuses the rest), and a hub-keyed table never points at an
 * organisation's rows, nor an organisation's rows at a hub's (they are not co-located).
 */

export type Distribution = 'org' | 'hub' | 'reference';

export interface CatalogTable {
  name: string;
  /** Column names in table order. */
  columns: string[];
  /** Primary-key columns in key order (empty when the table has none). */
  primaryKey: string[];
  /** Unique constraints and unique indexes other than the primary key, columns in key order. */
  uniqueKeys: Array<{ name: string; columns: string[] }>;
  foreignKeys: Array<{
    name: string;
    columns: string[];
    referencedTable: string;
    referencedColumns: string[];
    /** The columns ON DELETE SET NULL / SET DEFAULT sets (empty: none, or every column of the key). */
    setsOnDelete?: string[];
  }>;
}

export interface InstallationWideTable {
  distribution: 'reference' | 'hub';
  /** Why the table has no organisation: said in docs/scale.md too. */
  why: string;
}

/** The distribution of a table, or null when it fits no rule (a new table nobody placed). */
export function distributionOf(table: CatalogTable, installationWide: Record<string, InstallationWideTable>): Distribution | null {
  // the list first: a small hub_* table read from both sides (memberships) may be replicated
  const listed = installationWide[table.name];
  if (listed) return listed.distribution;
  // a hub's table: named hub_*, or leading its primary key with hub_id (a collaborative's rows,
  // which may name member organisations in an org_id column and are still the hub's)
  if (table.name.startsWith('hub_') || table.primaryKey[0] === 'hub_id') return 'hub';
  if (table.columns.includes('org_id')) return 'org';
  return null;
}

const KEY_OF: Record<Exclude<Distribution, 'reference'>, string> = { org: 'org_id', hub: 'hub_id' };

/** Every breach of the rules, each naming the table and what to do; empty when all hold. */
export function distributionProblems(tables: CatalogTable[], installationWide: Record<string, InstallationWideTable>): string[] {
  const problems: string[] = [];
  const byName = new Map(tables.map((t) => [t.name, t]));
  const distributions = new Map(tables.map((t) => [t.name, distributionOf(t, installationWide)]));
  for (const name of Object.keys(installationWide)) {
    if (!byName.has(name)) problems.push(`${name}: listed as installation-wide but no such table exists; remove it from the list`);
  }
  for (const table of tables) {
    const distribution = distributions.get(table.name) ?? null;
    if (distribution === null) {
      problems.push(
        `${table.name}: has no org_id column and is not listed as installation-wide; give it org_id first in its primary key ` +
          `(an organisation's rows), or lead its primary key with hub_id (a hub's rows), or add it to INSTALLATION_WIDE_TABLES ` +
          `as 'reference' with the reason it is small and the same for every organisation`,
      );
      continue;
    }
    // a hub's table leads with hub_id however it is placed, so it can be distributed by it later
    if (table.name.startsWith('hub_') && table.primaryKey[0] !== 'hub_id') {
      problems.push(`${table.name}: primary key (${table.primaryKey.join(', ') || 'none'}) must start with hub_id`);
    }
    if (distribution === 'reference') {
      for (const fk of table.foreignKeys) {
        if (distributions.get(fk.referencedTable) !== 'reference') {
          problems.push(
            `${table.name}: a reference table's foreign key ${fk.name} points at ${fk.referencedTable}, which is distributed; ` +
              `Citus allows reference tables to point only at reference tables`,
          );
        }
      }
      continue;
    }
    const key = KEY_OF[distribution];
    if (table.primaryKey[0] !== key && distribution !== 'hub') {
      problems.push(`${table.name}: primary key (${table.primaryKey.join(', ') || 'none'}) must start with ${key}`);
    }
    for (const unique of table.uniqueKeys) {
      if (!unique.columns.includes(key)) {
        problems.push(`${table.name}: unique key ${unique.name} (${unique.columns.join(', ')}) must include ${key}; Citus enforces uniqueness only within a distribution key`);
      }
    }
    for (const fk of table.foreignKeys) {
      const target = distributions.get(fk.referencedTable);
      if (target === 'reference') continue;
      if (target !== distribution) {
        problems.push(`${table.name}: foreign key ${fk.name} points at ${fk.referencedTable}, which is distributed by another key; the two are not co-located`);
        continue;
      }
      // ON DELETE SET NULL without a column list would empty the distribution column (Citus refuses it)
      if (fk.setsOnDelete?.includes(key)) {
        problems.push(`${table.name}: foreign key ${fk.name} sets ${key} on delete; name only the other columns (ON DELETE SET NULL (column))`);
      }
      if (fk.columns[0] !== key || fk.referencedColumns[0] !== key) {
        problems.push(
          `${table.name}: foreign key ${fk.name} (${fk.columns.join(', ')}) → ${fk.referencedTable} (${fk.referencedColumns.join(', ')}) ` +
            `must start with ${key} on both sides`,
        );
      }
    }
  }
  return problems;
}

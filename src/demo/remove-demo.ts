import { listTendTables } from '../cli/backup-tables.js';
import type { Database } from '../platform/db/client.js';
import { DEMO_ORG } from './demo-data.js';

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Deletes the demo organisation and every row that belongs to it, in one transaction: each
 * table with an org_id, the tables that refer to others first, the organisation last. Other
 * organisations are untouched. Returns how many rows went, or null when there was no demo.
 */
export async function removeDemo(database: Database): Promise<number | null> {
  const client = await database.pool.connect();
  try {
    await client.query('BEGIN');
    const found = await client.query<{ id: string }>('SELECT id FROM organisations WHERE slug = $1 FOR UPDATE', [DEMO_ORG.slug]);
    const orgId = found.rows[0]?.id;
    if (!orgId) {
      await client.query('ROLLBACK');
      return null;
    }
    let removed = 0;
    const tables = await listTendTables(client);
    for (const table of [...tables].reverse()) {
      if (table.name === 'organisations' || !table.columns.includes('org_id')) continue;
      const result = await client.query(`DELETE FROM ${ident(table.name)} WHERE org_id = $1`, [orgId]);
      removed += result.rowCount ?? 0;
    }
    removed += (await client.query('DELETE FROM organisations WHERE id = $1', [orgId])).rowCount ?? 0;
    await client.query('COMMIT');
    return removed;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

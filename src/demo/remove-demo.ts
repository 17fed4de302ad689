import { listTendTables } from '../cli/backup-tables.js';
import type { Database } from '../platform/db/client.js';
import { DEMO_HUB, DEMO_ORG, DEMO_PARTNERS } from './demo-data.js';

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Deletes the demo organisation, the demo hub and its partner organisations, and every row that belongs to them, in one
 * transaction: each table with an org_id or hub_id, the tables that refer to others first, the
 * tenants last. Other organisations and hubs are untouched (a membership of the demo
 * organisation in another hub goes with the organisation). Returns how many rows went, or null when there was no demo.
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
    // the demo hub goes with the demo: hub-keyed rows, then its own people, accounts and trail
    const hub = await client.query<{ id: string }>("SELECT id FROM organisations WHERE slug = $1 AND kind = 'hub' FOR UPDATE", [DEMO_HUB.slug]);
    // and so do the hub's demo partner organisations (nobody in them signs in)
    const partners = await client.query<{ id: string }>("SELECT id FROM organisations WHERE slug = ANY($1) AND kind = 'organisation' FOR UPDATE", [DEMO_PARTNERS.map((p) => p.slug)]);
    const tenants = [...hub.rows.map((r) => r.id), ...partners.rows.map((r) => r.id), orgId];
    for (const tenant of tenants) {
      for (const table of [...tables].reverse()) {
        if (table.name === 'organisations') continue;
        for (const column of ['hub_id', 'org_id'].filter((c) => table.columns.includes(c))) {
          const result = await client.query(`DELETE FROM ${ident(table.name)} WHERE ${column} = $1`, [tenant]);
          removed += result.rowCount ?? 0;
        }
      }
    }
    for (const tenant of tenants) removed += (await client.query('DELETE FROM organisations WHERE id = $1', [tenant])).rowCount ?? 0;
    await client.query('COMMIT');
    return removed;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../cli/demo.js';
import { loadConfig } from '../platform/config/config.js';
import type { Database } from '../platform/db/client.js';
import { buildOrg, buildPerson } from '../test-support/factories.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { demoStartRefusal } from './demo-guard.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const rowsOfOrg = async (orgId: string) => {
  const tables = await database.db.execute(
    sql`SELECT table_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'org_id'`,
  );
  let total = 0;
  for (const { name } of tables.rows as Array<{ name: string }>) {
    const result = await database.db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)} WHERE org_id = ${orgId}`);
    total += (result.rows[0] as { n: number }).n;
  }
  return total;
};

describe('Tend refuses to start with the demo accounts beyond loopback or in production', () => {
  it('an empty database: refused when the demo would be loaded on a network address, fine with TEND_DEMO=false', async () => {
    expect(await demoStartRefusal(database, loadConfig({}))).toBeNull();
    expect(await demoStartRefusal(database, loadConfig({ HOST: '0.0.0.0' }))).toMatch(/demo --remove/);
    expect(await demoStartRefusal(database, loadConfig({ HOST: '0.0.0.0', TEND_DEMO: 'false' }))).toBeNull();
  });

  it('with the demo loaded: refused on a network or in production until `demo --remove` removes it, leaving other organisations whole', async () => {
    const other = await buildOrg(database);
    await buildPerson(database, other);
    const otherRows = await rowsOfOrg(other);
    const out: string[] = [];
    await demo(database, {}, (line) => out.push(line));
    const demoOrgId = ((await database.db.execute(sql`SELECT id FROM organisations WHERE slug = 'riverside'`)).rows[0] as { id: string }).id;
    expect(await rowsOfOrg(demoOrgId)).toBeGreaterThan(10);

    expect(await demoStartRefusal(database, loadConfig({}))).toBeNull();
    for (const env of [{ HOST: '0.0.0.0', TEND_DEMO: 'false' }, { TEND_ENV: 'production' }]) {
      expect(await demoStartRefusal(database, loadConfig(env)), JSON.stringify(env)).toMatch(/npm run tend -- demo --remove/);
    }

    await demo(database, { remove: true }, (line) => out.push(line));
    expect(out.at(-1)).toMatch(/^Removed the demo organisation Riverside Community Care/);
    expect(await rowsOfOrg(demoOrgId)).toBe(0);
    expect((await database.db.execute(sql`SELECT 1 FROM organisations WHERE id = ${demoOrgId}`)).rows).toHaveLength(0);
    expect((await database.db.execute(sql`SELECT 1 FROM account_directory WHERE email LIKE '%@riverside.example'`)).rows).toHaveLength(0);
    expect(await rowsOfOrg(other)).toBe(otherRows);
    expect(await demoStartRefusal(database, loadConfig({ HOST: '0.0.0.0', TEND_ENV: 'production' }))).toBeNull();

    await demo(database, { remove: true }, (line) => out.push(line));
    expect(out.at(-1)).toBe('There is no demo organisation in this database; nothing changed.');
  });
});

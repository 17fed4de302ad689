import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltInPacks } from '../content/built-in-packs.js';
import { organisations } from '../platform/tenancy/schema.js';
import type { Database } from '../platform/db/client.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { demo } from './demo.js';
import { migrate } from './migrate.js';
import { knownMigrations } from './migration-state.js';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const run = async (command: typeof migrate) => {
  const lines: string[] = [];
  await command(database, {}, (line) => lines.push(line));
  return lines;
};

describe('migrate', () => {
  it('applies every migration to an empty database and installs the built-in packs, then says it is up to date', async () => {
    // an empty database, as on a first install
    await database.db.execute(sql`DROP SCHEMA public CASCADE; DROP SCHEMA drizzle CASCADE; CREATE SCHEMA public`);
    const known = knownMigrations();
    const last = known.at(-1)!.tag;
    const { packs } = await loadBuiltInPacks();
    const packsLine = `Installed ${packs.length} built-in content pack${packs.length === 1 ? '' : 's'}: ${packs.map((p) => `${p.id} ${p.version}`).join(', ')}.`;
    expect(await run(migrate)).toEqual([
      `Applied ${known.length} migration${known.length === 1 ? '' : 's'}; the database is at migration ${last}.`,
      ...(packs.length > 0 ? [packsLine] : []),
    ]);
    expect(await run(migrate)).toEqual([`The database is up to date (migration ${last}).`]);
    const installed = await database.db.execute(sql`SELECT count(*)::int AS n FROM content_packs`);
    expect((installed.rows[0] as { n: number }).n).toBe(packs.length);
    const tables = await database.db.execute(sql`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`);
    expect((tables.rows[0] as { n: number }).n).toBeGreaterThan(0);
  });
});

describe('demo', () => {
  it('loads the demo organisation once; a second run changes nothing', async () => {
    const first = await run(demo);
    expect(first[0]).toContain('Loaded the demo organisation');
    expect(first.join('\n')).toContain('admin@riverside.example');
    const count = async () => (await database.db.select().from(organisations).where(eq(organisations.slug, 'riverside'))).length;
    expect(await count()).toBe(1);
    expect(await run(demo)).toEqual(['The demo organisation is already loaded (slug "riverside"); nothing changed.']);
    expect(await count()).toBe(1);
  });
});

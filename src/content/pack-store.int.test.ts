import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db/client.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { installBuiltInPacks } from './built-in-packs.js';
import { minimalFrameworkPack } from './pack-fixtures.js';
import { coverage, forgetInstalledPacks, getPack, INSTALLED_PACK_CACHE_SIZE, installPack, latestPacks, listPacks, PackConflictError } from './pack-store.js';
import { contentPacks } from './schema.js';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.db.delete(contentPacks);
  // emptied behind installPack's back: what the cache knew is gone too
  forgetInstalledPacks();
});

/** A database that fails any query: a read that reaches it is a cache miss. */
const offline = new Proxy({} as Database['db'], {
  get() {
    throw new Error('went to the database');
  },
});

describe('installed packs are cached by id and version', () => {
  it('reads a version once: a repeat read does not go to the database, and the pack is frozen', async () => {
    await installPack(database.db, minimalFrameworkPack());
    const first = (await getPack(database.db, 'test.framework', '1.0.0'))!;
    const again = (await getPack(offline, 'test.framework', '1.0.0'))!;
    expect(again).toBe(first);
    expect(Object.isFrozen(again.pack.title)).toBe(true);
  });

  it('sees a new version installed after the first read', async () => {
    await installPack(database.db, minimalFrameworkPack());
    expect((await getPack(database.db, 'test.framework'))!.pack.version).toBe('1.0.0');
    await installPack(database.db, minimalFrameworkPack({ version: '1.1.0' }));
    expect((await getPack(database.db, 'test.framework'))!.pack.version).toBe('1.1.0');
    expect((await latestPacks(database.db)).map((p) => p.version)).toEqual(['1.1.0']);
    expect((await getPack(offline, 'test.framework', '1.0.0'))!.pack.version).toBe('1.0.0');
  });

  it('stays bounded: the least recently read go first', async () => {
    await installPack(database.db, minimalFrameworkPack());
    await getPack(database.db, 'test.framework', '1.0.0');
    for (let i = 0; i < INSTALLED_PACK_CACHE_SIZE; i++) await installPack(database.db, minimalFrameworkPack({ version: `2.0.${i}` }));
    const stored = await latestPacks(database.db);
    expect(stored).toHaveLength(1);
    for (let i = 0; i < INSTALLED_PACK_CACHE_SIZE; i++) await getPack(database.db, 'test.framework', `2.0.${i}`);
    await expect(getPack(offline, 'test.framework', '1.0.0')).rejects.toThrow('went to the database');
  });
});

describe('pack store', () => {
  it('installs a pack once; the same pack again, keys in another order, changes nothing', async () => {
    const pack = minimalFrameworkPack();
    expect(await installPack(database.db, pack)).toBe('installed');
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reverseKeys) : typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) : value;
    const reordered = reverseKeys(pack) as typeof pack;
    expect(Object.keys(reordered)[0]).toBe('body');
    expect(await installPack(database.db, reordered)).toBe('unchanged');
    const rows = await database.db.select().from(contentPacks);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'test.framework', version: '1.0.0', kind: 'framework' });
    expect(rows[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses different content under an installed id and version, and keeps the first', async () => {
    await installPack(database.db, minimalFrameworkPack());
    const changed = minimalFrameworkPack();
    changed.title.en = 'Edited title';
    await expect(installPack(database.db, changed)).rejects.toThrow(PackConflictError);
    await expect(installPack(database.db, changed)).rejects.toThrow('test.framework 1.0.0 is already installed with different content');
    expect((await getPack(database.db, 'test.framework'))!.pack.title.en).toBe('Test framework');
  });

  it('gives the latest version by semver (1.10.0 after 1.9.0, a release after its pre-release), or the one asked for', async () => {
    for (const version of ['1.9.0', '1.10.0', '2.0.0-draft.1', '1.2.0']) await installPack(database.db, minimalFrameworkPack({ version }));
    expect((await getPack(database.db, 'test.framework'))!.pack.version).toBe('2.0.0-draft.1');
    await installPack(database.db, minimalFrameworkPack({ version: '2.0.0' }));
    expect((await getPack(database.db, 'test.framework'))!.pack.version).toBe('2.0.0');
    expect((await getPack(database.db, 'test.framework', '1.9.0'))!.pack.version).toBe('1.9.0');
    expect(await getPack(database.db, 'test.framework', '3.0.0')).toBeUndefined();
    expect(await getPack(database.db, 'no.such.pack')).toBeUndefined();
    expect((await listPacks(database.db)).map((p) => p.version)).toEqual(['2.0.0', '2.0.0-draft.1', '1.10.0', '1.9.0', '1.2.0']);
  });

  it('gives the pack back in the format\'s field order, as it was installed', async () => {
    const pack = minimalFrameworkPack();
    await installPack(database.db, pack);
    const stored = (await getPack(database.db, pack.id))!.pack;
    expect(stored).toEqual(pack);
    expect(Object.keys(stored)).toEqual(Object.keys(pack));
  });

  it('counts the SEED-MAP IDs cited by the latest version of each pack', async () => {
    const old = minimalFrameworkPack({ version: '1.0.0' });
    old.source = ['H.levels', 'H.audit.trust.3'];
    await installPack(database.db, old);
    await installPack(database.db, minimalFrameworkPack({ version: '1.1.0' }));
    const other = minimalFrameworkPack({ id: 'test.other' });
    other.source = ['H.levels', 'S.ind.4'];
    await installPack(database.db, other);

    const report = await coverage(database.db);
    const carriers = (id: string) => report.seedIds.find((s) => s.id === id)!.carriedBy;
    expect(report.packs).toEqual(['test.framework@1.1.0', 'test.other@1.0.0']);
    expect(carriers('H.levels')).toEqual(['test.framework@1.1.0', 'test.other@1.0.0']);
    expect(carriers('S.ind.4')).toEqual(['test.other@1.0.0']);
    expect(carriers('H.tna.1')).toEqual(['test.framework@1.1.0', 'test.other@1.0.0']);
    // only 1.0.0 cited it, and 1.1.0 is the latest
    expect(carriers('H.audit.trust.3')).toEqual([]);
    expect(carriers('H.audit')).toEqual([]);
    expect(report.external).toEqual([{ source: 'ext:local commissioning notes', carriedBy: ['test.framework@1.1.0', 'test.other@1.0.0'] }]);
    expect(report.total).toBe(report.seedIds.length);
    expect(report.carried).toBe(report.seedIds.filter((s) => s.carriedBy.length > 0).length);
    expect(report.carried).toBeGreaterThan(5);
  });

  it('refuses a new version of a pack id that is of another kind', async () => {
    await installPack(database.db, minimalFrameworkPack());
    const impostor = { ...minimalFrameworkPack({ version: '2.0.0' }), kind: 'assessment' } as unknown as ReturnType<typeof minimalFrameworkPack>;
    await expect(installPack(database.db, impostor)).rejects.toThrow('test.framework 1.0.0 is a framework pack; version 2.0.0 cannot be a assessment pack');
  });
});

describe('built-in packs', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tend-packs-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('installs every pack of the folder once; a missing folder installs nothing', async () => {
    writeFileSync(join(folder, 'a.json'), JSON.stringify(minimalFrameworkPack({ id: 'test.a' })));
    writeFileSync(join(folder, 'b.json'), JSON.stringify(minimalFrameworkPack({ id: 'test.b' })));
    writeFileSync(join(folder, 'notes.txt'), 'not a pack');
    expect(await installBuiltInPacks(database, folder)).toEqual([
      { id: 'test.a', version: '1.0.0', status: 'installed' },
      { id: 'test.b', version: '1.0.0', status: 'installed' },
    ]);
    expect((await installBuiltInPacks(database, folder)).map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(await installBuiltInPacks(database, join(folder, 'missing'))).toEqual([]);
  });

  it('installs none when one is broken, and names the problem', async () => {
    writeFileSync(join(folder, 'c.json'), '{ "id": "test.c", }');
    await expect(installBuiltInPacks(database, folder)).rejects.toThrow(/c\.json:1:19: not valid JSON/);
    rmSync(join(folder, 'c.json'));
    await database.db.delete(contentPacks);
    forgetInstalledPacks();
    writeFileSync(join(folder, 'c.json'), JSON.stringify({ ...minimalFrameworkPack({ id: 'test.c' }), version: 'one' }));
    await expect(installBuiltInPacks(database, folder)).rejects.toThrow('$.version: a version is semver');
    const count = await database.db.execute(sql`SELECT count(*)::int AS n FROM content_packs`);
    expect((count.rows[0] as { n: number }).n).toBe(0);
  });
});

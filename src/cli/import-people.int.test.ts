import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../platform/tenancy/org-store.js';
import { people } from '../modules/people/schema.js';
import type { Database } from '../platform/db/client.js';
import { buildUnit, countRows } from '../test-support/factories.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { type ImportPeopleOptions, importPeople } from './import-people.js';

let database: Database;
let orgId: string;
let folder: string;

beforeAll(async () => {
  database = await createTestDatabase();
  orgId = await createOrganisation(database.db, { name: 'Import Care', slug: 'import-care' });
  await buildUnit(database, orgId, { name: 'Outreach' });
  folder = mkdtempSync(join(tmpdir(), 'tend-cli-import-'));
});
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await database.close();
});

function csvFile(name: string, text: string) {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

const run = async (options: Partial<ImportPeopleOptions> & { file: string }) => {
  const out: string[] = [];
  const progress: string[] = [];
  const result = importPeople(
    database,
    { orgSlug: 'import-care', dateFormat: 'dmy', goodRowsOnly: false, ...options },
    (line) => out.push(line),
    { write: (t) => progress.push(t), terminal: false },
  );
  return { result, out, progress };
};

const MIXED = 'Name,Email,Team,Start date\nAnn Good,ann@example.org,Outreach,31/01/2024\nBob Bad,bob@example.org,Outreach,32/01/2024\nCid Good,cid@example.org,,\nDee Bad,not-an-email,,\n';

describe('import-people', () => {
  it('with bad rows lists each by line, imports nothing and fails with "Nothing was imported"', async () => {
    const { result, out } = await run({ file: csvFile('mixed.csv', MIXED) });
    await expect(result).rejects.toThrow(/^Nothing was imported: 2 rows/);
    expect(out).toEqual(['line 3: start_date: "32/01/2024" is not a real calendar date', 'line 5: email: must be an email address like name@example.org']);
    expect(await countRows(database, 'people', orgId)).toBe(0);
  });

  it('with --good-rows-only imports the good rows, still lists the bad, and draws progress on stderr', async () => {
    const { result, out, progress } = await run({ file: csvFile('mixed.csv', MIXED), goodRowsOnly: true });
    await result;
    expect(out.at(-1)).toBe('Imported into Import Care: 2 created, 0 updated, 2 rows with problems skipped.');
    expect(out).toContain('line 3: start_date: "32/01/2024" is not a real calendar date');
    expect(progress.at(-1)).toContain('100% 2/2');
    const rows = await database.db.select({ email: people.email, startDate: people.startDate }).from(people).where(eq(people.orgId, orgId)).orderBy(asc(people.email));
    expect(rows).toEqual([
      { email: 'ann@example.org', startDate: '2024-01-31' },
      { email: 'cid@example.org', startDate: null },
    ]);
  });

  it('reads dates as --date-format says, and updates people already there', async () => {
    const { result, out } = await run({ file: csvFile('iso.csv', 'Name,Email,Start date\nAnn Renamed,ann@example.org,2023-05-06\n'), dateFormat: 'iso' });
    await result;
    expect(out.at(-1)).toBe('Imported into Import Care: 0 created, 1 updated.');
    const [ann] = await database.db.select({ name: people.name, startDate: people.startDate }).from(people).where(eq(people.email, 'ann@example.org'));
    expect(ann).toEqual({ name: 'Ann Renamed', startDate: '2023-05-06' });
    const dmyOnly = await run({ file: csvFile('dmy.csv', 'Name,Email,Start date\nAnn,ann@example.org,06/05/2023\n'), dateFormat: 'iso' });
    await expect(dmyOnly.result).rejects.toThrow('Nothing was imported');
  });

  it('names --file when the file is missing or has no usable columns, and --org when unknown', async () => {
    await expect((await run({ file: join(folder, 'absent.csv') })).result).rejects.toThrow('--file: cannot read');
    await expect((await run({ file: folder })).result).rejects.toThrow('--file: cannot read');
    // a sparse file: its size is over the limit without writing 100 MB
    const huge = join(folder, 'huge.csv');
    writeFileSync(huge, 'name,email\n');
    truncateSync(huge, 100 * 1024 * 1024 + 1);
    await expect((await run({ file: huge })).result).rejects.toThrow(/^--file: .*larger than 100 MB/);
    await expect((await run({ file: csvFile('odd.csv', 'foo,bar\n1,2\n') })).result).rejects.toThrow(/^--file: .*mapping\.name/);
    await expect((await run({ file: csvFile('x.csv', MIXED), orgSlug: 'nowhere' })).result).rejects.toThrow('--org: no organisation has the slug "nowhere"');
  });
});

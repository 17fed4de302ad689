import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/client.js';
import { buildOrg, buildUnit, countRows } from '../../../test-support/factories.js';
import { createTestDatabase } from '../../../test-support/test-database.js';
import { importPeopleFromCsv } from './index.js';

/**
 * A whole large organisation in one file: 100,000 people, everyone in a unit, each block of 100
 * led by its first person (a manager on an earlier line of the same file). Times are printed,
 * never asserted: they depend on the machine.
 */

const ROWS = 100_000;
let database: Database;
let orgId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  orgId = await buildOrg(database);
  for (const name of ['Outreach', 'Night Shelter', 'Helpline', 'Housing']) await buildUnit(database, orgId, { name });
});
afterAll(() => database.close());

const UNITS = ['Outreach', 'Night Shelter', 'Helpline', 'Housing'];
const email = (i: number) => `person.${i}@example.org`;

/** Row i of the clean file (line i + 2): its cells, with its manager the first of its block of 100. */
function cleanRow(i: number): string[] {
  const manager = i % 100 === 0 ? '' : email(i - (i % 100));
  return [`Person ${i}`, email(i), UNITS[i % UNITS.length]!, manager, i % 7 === 0 ? 'volunteer' : 'staff', '01/02/2023'];
}

/** Seven bad rows, none of them a manager (so no report is made bad in turn), by row index (on line index + 2). */
const BAD_ROWS: Record<number, (cells: string[]) => string[]> = {
  1234: (c) => [c[0]!, 'not-an-email', ...c.slice(2)],
  20001: (c) => [c[0]!, c[1]!, 'Nowhere', ...c.slice(3)],
  33333: (c) => [...c.slice(0, 5), '31/02/2023'],
  45678: (c) => [c[0]!, email(45_677), ...c.slice(2)],
  60606: (c) => [...c.slice(0, 4), 'astronaut', c[5]!],
  77777: (c) => ['', ...c.slice(1)],
  99999: (c) => [...c.slice(0, 3), 'nobody@example.org', ...c.slice(4)],
};

function csv(withBadRows: boolean): string {
  const lines = ['name,email,unit,manager_email,kind,start_date'];
  for (let i = 0; i < ROWS; i++) {
    const cells = cleanRow(i);
    const spoil = withBadRows ? BAD_ROWS[i] : undefined;
    lines.push((spoil ? spoil(cells) : cells).join(','));
  }
  return `${lines.join('\n')}\n`;
}

describe('a 100,000-row people import in one file', () => {
  it('reports every bad line by number and writes nothing; then the clean file imports', { timeout: 180_000 }, async () => {
    const before = await countRows(database, 'people', orgId);

    let started = performance.now();
    const refused = await importPeopleFromCsv(database, orgId, csv(true), { dateFormat: 'dmy', goodRowsOnly: false });
    const refusedMs = performance.now() - started;
    expect(refused.badRows.map((r) => r.line)).toEqual(Object.keys(BAD_ROWS).map((i) => Number(i) + 2));
    expect(refused.badRows.map((r) => r.problems[0]!.field)).toEqual(['email', 'unit', 'start_date', 'email', 'kind', 'name', 'manager_email']);
    expect(refused.badRows[3]!.problems[0]!.problem).toBe(`the same email is already on line ${45_677 + 2}`);
    expect({ created: refused.created, updated: refused.updated }).toEqual({ created: 0, updated: 0 });
    expect(await countRows(database, 'people', orgId)).toBe(before);

    const progress: number[] = [];
    started = performance.now();
    const imported = await importPeopleFromCsv(database, orgId, csv(false), {
      dateFormat: 'dmy',
      goodRowsOnly: false,
      onProgress: ({ processed, total }) => progress.push(processed / total),
    });
    const importedMs = performance.now() - started;
    expect(imported).toEqual({ created: ROWS, updated: 0, badRows: [] });
    expect(await countRows(database, 'people', orgId)).toBe(before + ROWS);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(1);

    // the managers were resolved: everyone but the first of each block has one, from their block
    const managed = await database.pool.query<{ n: number }>(
      `select count(*)::int as n from people p join people m on m.org_id = p.org_id and m.id = p.manager_id
       where p.org_id = $1 and m.email = 'person.' || ((substring(p.email from 'person\\.(\\d+)@')::int / 100) * 100) || '@example.org'`,
      [orgId],
    );
    expect(managed.rows[0]!.n).toBe(ROWS - ROWS / 100);

    console.log(`import at scale: ${ROWS} rows refused with 7 bad lines in ${Math.round(refusedMs)} ms; the clean file imported in ${Math.round(importedMs)} ms`);
  });
});

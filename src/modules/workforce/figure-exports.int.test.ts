import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { people } from '../people/schema.js';
import { CSV_COLUMNS, EXPORT_INDICATORS } from './figure-export.js';

/**
 * The CSV and PDF of the workforce figures hold only what the page's JSON released: service S with
 * team A (7 people) and team B (3, under the minimum of 5), team C (6) on its own. The signed-in
 * accounts start after the quarter, so they are in none of its figures. Another organisation has
 * one team of 5.
 */

let database: Database;
let admin: Client;
let worker: Client;
let foreignAdmin: Client;
let orgId: string;
const units: Record<string, string> = {};

async function staff(unitId: string, n: number, org = orgId) {
  for (let i = 0; i < n; i++) {
    const { personId } = await buildPerson(database, org, { unitId, roles: [] });
    await database.db.update(people).set({ startDate: '2020-01-01' }).where(and(eq(people.orgId, org), eq(people.id, personId)));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { app } = buildTestApp(database);
  orgId = await buildOrg(database);
  units.s = await buildUnit(database, orgId, { name: 'Service S', kind: 'service' });
  units.a = await buildUnit(database, orgId, { name: 'Team A', parentId: units.s });
  units.b = await buildUnit(database, orgId, { name: 'Team B', parentId: units.s });
  units.c = await buildUnit(database, orgId, { name: 'Team C' });
  await staff(units.a, 7);
  await staff(units.b, 3);
  await staff(units.c, 6);
  const account = async (roles: Array<'org_admin' | 'worker'>, org = orgId) => {
    const p = await buildPerson(database, org, { roles });
    await database.db.update(people).set({ startDate: '2026-11-01' }).where(and(eq(people.orgId, org), eq(people.id, p.personId)));
    return signIn(app, p.email);
  };
  admin = await account(['org_admin']);
  worker = await account(['worker']);
  const other = await buildOrg(database);
  await staff(await buildUnit(database, other, { name: 'Elsewhere Team' }), 5, other);
  foreignAdmin = await account(['org_admin'], other);
});
afterAll(() => database.close());

type Shown = { unitId: string | null; name: string; quarter: { shown: boolean; reason?: string; indicators?: Record<string, number | null> } };
const csvOf = async (client: Client, quarter = '2026-Q3') => {
  const response = await client.request('GET', `/api/v1/workforce/figures.csv?quarter=${quarter}&locale=en`);
  const text = await response.text();
  const lines = text.replace(/^\uFEFF/, '').trim().split('\n');
  // no cell here holds a comma or a quote: unit names are plain and the reasons are written without commas
  return { response, rows: lines.map((line) => line.split(',')) };
};

describe('workforce figure exports', () => {
  it('gives a CSV whose shown figures are the JSON’s, and no figure at all for the team under the minimum', async () => {
    const json = (await (await admin.request('GET', '/api/v1/workforce/figures?quarter=2026-Q3')).json()) as { units: Shown[] };
    const { response, rows } = await csvOf(admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toContain('workforce-figures-2026-Q3.csv');
    const [header, ...body] = rows;
    expect(header).toEqual([...CSV_COLUMNS]);
    const quarterRow = (name: string) => body.find((r) => r[0] === name && r[2] === '2026-Q3')!;

    const teamB = quarterRow('Team B');
    expect(json.units.find((u) => u.unitId === units.b)?.quarter).toEqual({ shown: false, reason: 'small-group' });
    expect(teamB.slice(3, 3 + EXPORT_INDICATORS.length).every((cell) => cell === '')).toBe(true);
    expect(teamB.at(-1)).toBe('Hidden: fewer than 5 people');
    for (const row of body.filter((r) => r[0] === 'Team B')) expect(row.slice(3).join('')).not.toMatch(/\d(?! people)/);

    let compared = 0;
    for (const unit of json.units.filter((u) => u.quarter.shown)) {
      const row = quarterRow(unit.name);
      EXPORT_INDICATORS.forEach((name, i) => {
        const value = unit.quarter.indicators![name];
        expect(row[3 + i]).toBe(value === null || value === undefined ? '' : String(value));
        compared++;
      });
    }
    expect(compared).toBeGreaterThanOrEqual(EXPORT_INDICATORS.length * 2);
  });

  it('gives a PDF as an attachment through the same gate', async () => {
    const response = await admin.request('GET', '/api/v1/workforce/figures.pdf?quarter=2026-Q3');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('attachment; filename="workforce-figures-2026-Q3.pdf"');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a worker, and gives another organisation’s admin only their own organisation', async () => {
    expect((await worker.request('GET', '/api/v1/workforce/figures.csv?quarter=2026-Q3')).status).toBe(403);
    expect((await worker.request('GET', '/api/v1/workforce/figures.pdf?quarter=2026-Q3')).status).toBe(403);
    const { response, rows } = await csvOf(foreignAdmin);
    expect(response.status).toBe(200);
    const text = rows.map((r) => r.join(',')).join('\n');
    expect(text).not.toMatch(/Team A|Team B|Team C|Service S/);
    expect(text).toContain('Elsewhere Team');
  });

  it('names the field for a quarter that is not one', async () => {
    const response = await admin.request('GET', '/api/v1/workforce/figures.csv?quarter=2026-13');
    expect(response.status).toBe(422);
  });
});

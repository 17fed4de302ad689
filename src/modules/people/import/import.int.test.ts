import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/client.js';
import { buildOrg, buildPerson, buildTestApp, buildUnit, type Client, countRows, signIn, type TestApp } from '../../../test-support/factories.js';
import { createTestDatabase } from '../../../test-support/test-database.js';
import { MAX_PEOPLE_CSV_BODY_BYTES } from './import-api-schemas.js';
import { importPeopleFromCsv } from './index.js';

let database: Database;
let app: TestApp;
let orgId: string;
let admin: Client;
let adminEmail: string;
let worker: Client;
let supervisor: Client;
let otherAdmin: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
  orgId = await buildOrg(database);
  await buildUnit(database, orgId, { name: 'Outreach' });
  await buildUnit(database, orgId, { name: 'Night Shelter' });
  const a = await buildPerson(database, orgId, { roles: ['org_admin'] });
  adminEmail = a.email;
  admin = await signIn(app, a.email);
  worker = await signIn(app, (await buildPerson(database, orgId, { roles: ['worker'] })).email);
  supervisor = await signIn(app, (await buildPerson(database, orgId, { roles: ['supervisor'] })).email);
  const otherOrg = await buildOrg(database);
  otherAdmin = await signIn(app, (await buildPerson(database, otherOrg, { roles: ['org_admin'] })).email);
});
afterAll(() => database.close());

type Problem = { status: number; errors?: Array<{ field: string; problem: string }> };
type Preview = {
  totalRows: number;
  goodRows: number;
  newPeople: number;
  updatedPeople: number;
  badRows: Array<{ line: number; problems: Array<{ field: string; problem: string }> }>;
  sample: Array<Record<string, unknown>>;
};
type Job = { status: string; processed: number; total: number; created: number; updated: number; message: string | null };

const MAPPING = { name: 'name', email: 'email', job_title: 'job_title', unit: 'unit', manager_email: 'manager_email', kind: 'kind', start_date: 'start_date', end_date: 'end_date' };
const peopleCount = () => countRows(database, 'people', orgId);

/** Line 1 header, then: 2 good, 3 bad email, 4 good (day first, Arabic), 5 blank, 6 duplicate of 2, 7 end before start, 8 good (CJK). */
const messyCsv = () =>
  '\uFEFF Full name ; E-mail ; Team ;Line manager email; Employment type ;Start date;End date\r\n' +
  `  Ольга   Петрова ; Olga.Messy@Example.org ; outreach ;${adminEmail};Staff;01/02/2023;\r\n` +
  'Broken Row;not-an-email;Outreach;;Volunteer;;\r\n' +
  'فاطمة الزهراء;fatima.messy@example.org;Night Shelter;olga.messy@example.org;volunteer;15.03.2022;31.12.2024\r\n' +
  ';;;;;;\r\n' +
  'Olga Twin;OLGA.MESSY@example.org;Outreach;;Staff;;\r\n' +
  'Late Leaver;late.messy@example.org;Outreach;;Staff;01/05/2024;01/04/2024\r\n' +
  '王小明;wang.messy@example.org;;;peer support;09-07-2021;\r\n';
const messyMapping = {
  name: 'Full name',
  email: 'E-mail',
  unit: 'Team',
  manager_email: 'Line manager email',
  kind: 'Employment type',
  start_date: 'Start date',
  end_date: 'End date',
  job_title: null,
};

/** A generated file of `count` people; rows at the given indexes are bad in different ways. */
function generatedCsv(count: number, badIndexes: number[], tag: string): string {
  const lines = ['name,email,job_title,unit,manager_email,kind,start_date,end_date'];
  for (let i = 0; i < count; i++) {
    const email = `${tag}-${i}@example.org`;
    // row 0 manages everyone else, so managers resolve from inside the file
    const manager = i === 0 ? adminEmail : `${tag}-0@example.org`;
    let row = [`Person ${i}`, email, 'Support worker', i % 2 ? 'Outreach' : 'Night Shelter', manager, 'employee', '2023-01-01', ''];
    const bad = badIndexes.indexOf(i);
    if (bad === 0) row = [`Person ${i}`, 'no-at-sign', 'Support worker', 'Outreach', manager, 'employee', '', ''];
    if (bad === 1) row = [`Person ${i}`, email, '', 'Moon Base', manager, 'employee', '', ''];
    if (bad === 2) row = [`Person ${i}`, email, '', 'Outreach', manager, 'employee', '2024-03-01', '2024-02-01'];
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}

async function waitForJob(client: Client, jobId: string): Promise<Job> {
  for (let attempt = 0; attempt < 2000; attempt++) {
    const response = await client.request('GET', `/api/v1/people/imports/${jobId}`);
    expect(response.status).toBe(200);
    const job = (await response.json()) as Job;
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the import job did not finish');
}

async function confirm(body: Record<string, unknown>) {
  const response = await admin.request('POST', '/api/v1/people/imports', body);
  expect(response.status).toBe(202);
  const { jobId } = (await response.json()) as { jobId: string };
  return waitForJob(admin, jobId);
}

describe('people import', () => {
  it('analyses a messy file without writing anything', async () => {
    const before = await peopleCount();
    const response = await admin.request('POST', '/api/v1/people/imports/analyse', { csv: messyCsv() });
    expect(response.status).toBe(200);
    const analysis = (await response.json()) as Record<string, unknown>;
    expect(analysis).toEqual({
      delimiter: ';',
      headers: ['Full name', 'E-mail', 'Team', 'Line manager email', 'Employment type', 'Start date', 'End date'],
      rowCount: 6,
      suggestedMapping: messyMapping,
      sampleRows: expect.any(Array),
    });
    expect((analysis.sampleRows as string[][])[0]).toEqual(['Ольга   Петрова', 'Olga.Messy@Example.org', 'outreach', adminEmail, 'Staff', '01/02/2023', '']);
    expect(analysis.sampleRows as unknown[]).toHaveLength(5);
    expect(await peopleCount()).toBe(before);
  });

  it('previews exactly the bad lines of a messy file and writes nothing', async () => {
    const before = await peopleCount();
    const response = await admin.request('POST', '/api/v1/people/imports/preview', { csv: messyCsv(), mapping: messyMapping, dateFormat: 'dmy' });
    expect(response.status).toBe(200);
    const preview = (await response.json()) as Preview;
    expect(preview.badRows).toEqual([
      { line: 3, problems: [{ field: 'email', problem: 'must be an email address like name@example.org' }] },
      { line: 6, problems: [{ field: 'email', problem: 'the same email is already on line 2' }] },
      { line: 7, problems: [{ field: 'end_date', problem: 'must not be before the start date' }] },
    ]);
    expect(preview).toMatchObject({ totalRows: 6, goodRows: 3, newPeople: 3, updatedPeople: 0 });
    expect(preview.sample).toEqual([
      { line: 2, name: 'Ольга Петрова', email: 'olga.messy@example.org', unit: 'Outreach', kind: 'employee', startDate: '2023-02-01', endDate: null },
      { line: 4, name: 'فاطمة الزهراء', email: 'fatima.messy@example.org', unit: 'Night Shelter', kind: 'volunteer', startDate: '2022-03-15', endDate: '2024-12-31' },
      { line: 8, name: '王小明', email: 'wang.messy@example.org', unit: null, kind: 'peer_worker', startDate: '2021-07-09', endDate: null },
    ]);
    expect(await peopleCount()).toBe(before);
  });

  it('refuses a mapping that leaves a required field out or names a missing header, naming mapping.<field>', async () => {
    const response = await admin.request('POST', '/api/v1/people/imports/preview', {
      csv: messyCsv(),
      mapping: { ...messyMapping, name: null, unit: 'Service' },
      dateFormat: 'dmy',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as Problem).errors!.map((e) => e.field)).toEqual(['mapping.name', 'mapping.unit']);
  });

  it('refuses to confirm a file with bad rows unless asked for the good rows only, writing nothing', async () => {
    const before = await peopleCount();
    const response = await admin.request('POST', '/api/v1/people/imports', { csv: messyCsv(), mapping: messyMapping, dateFormat: 'dmy', goodRowsOnly: false });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as Problem;
    expect(problem.errors).toMatchObject([
      { field: 'line 3: email', problem: 'must be an email address like name@example.org' },
      { field: 'line 6: email', problem: 'the same email is already on line 2' },
      { field: 'line 7: end_date', problem: 'must not be before the start date' },
    ]);
    expect(await peopleCount()).toBe(before);
  });

  it('imports the good rows of the messy file with managers resolved from the file', async () => {
    const job = await confirm({ csv: messyCsv(), mapping: messyMapping, dateFormat: 'dmy', goodRowsOnly: true });
    expect(job).toMatchObject({ status: 'done', created: 3, updated: 0, processed: 3, total: 3 });
    const rows = await database.db.execute(sql`
      SELECT p.name, m.email AS manager FROM people p LEFT JOIN people m ON m.org_id = p.org_id AND m.id = p.manager_id
      WHERE p.org_id = ${orgId} AND p.email LIKE '%.messy@example.org' ORDER BY p.email`);
    expect(rows.rows).toEqual([
      { name: 'فاطمة الزهراء', manager: 'olga.messy@example.org' },
      { name: 'Ольга Петрова', manager: adminEmail },
      { name: '王小明', manager: null },
    ]);
  });

  describe('a generated file of 1,000 rows with 3 bad ones', () => {
    const csv = generatedCsv(1000, [99, 500, 901], 'gen');
    const body = { csv, mapping: MAPPING, dateFormat: 'iso' };

    it('reports exactly those 3 lines and writes nothing', async () => {
      const before = await peopleCount();
      const preview = (await (await admin.request('POST', '/api/v1/people/imports/preview', body)).json()) as Preview;
      expect(preview.badRows.map((r) => r.line)).toEqual([101, 502, 903]);
      expect(preview).toMatchObject({ totalRows: 1000, goodRows: 997, newPeople: 997 });
      const refused = await admin.request('POST', '/api/v1/people/imports', { ...body, goodRowsOnly: false });
      expect(refused.status).toBe(422);
      const fields = ((await refused.json()) as Problem).errors!.map((e) => e.field);
      expect(fields).toEqual(['line 101: email', 'line 502: unit', 'line 903: end_date']);
      expect(await peopleCount()).toBe(before);
    });

    it('imports the 997 good rows when asked, and one audit event says so', async () => {
      const before = await peopleCount();
      const job = await confirm({ ...body, goodRowsOnly: true });
      expect(job).toEqual({ status: 'done', processed: 997, total: 997, created: 997, updated: 0, message: expect.stringContaining('997 added') });
      expect(await peopleCount()).toBe(before + 997);
      const managed = await database.db.execute(sql`
        SELECT count(*)::int AS n FROM people p JOIN people m ON m.org_id = p.org_id AND m.id = p.manager_id
        WHERE p.org_id = ${orgId} AND m.email = 'gen-0@example.org'`);
      expect(managed.rows[0]).toEqual({ n: 996 });
      const audit = await database.db.execute(sql`SELECT data FROM audit_events WHERE org_id = ${orgId} AND type = 'people.imported' ORDER BY at DESC LIMIT 1`);
      expect(audit.rows[0]).toEqual({ data: { created: 997, updated: 0 } });
    });

    it('updates rather than duplicates when the same file is imported again', async () => {
      const before = await peopleCount();
      const changed = csv.replaceAll('Support worker', 'Senior support worker');
      const job = await confirm({ ...body, csv: changed, goodRowsOnly: true });
      expect(job).toMatchObject({ status: 'done', created: 0, updated: 997 });
      expect(await peopleCount()).toBe(before);
      const titles = await database.db.execute(sql`SELECT DISTINCT job_title FROM people WHERE org_id = ${orgId} AND email LIKE 'gen-%'`);
      expect(titles.rows).toEqual([{ job_title: 'Senior support worker' }]);
    });
  });

  it('re-imports its own CSV export cleanly with the suggested mapping, changing no one', async () => {
    const exported = await (await admin.request('GET', '/api/v1/people/export.csv')).text();
    const analysis = (await (await admin.request('POST', '/api/v1/people/imports/analyse', { csv: exported })).json()) as { suggestedMapping: Record<string, string> };
    expect(analysis.suggestedMapping).toEqual(MAPPING);
    const preview = (await (await admin.request('POST', '/api/v1/people/imports/preview', { csv: exported, mapping: analysis.suggestedMapping, dateFormat: 'iso' })).json()) as Preview;
    const before = await peopleCount();
    expect(preview).toMatchObject({ badRows: [], newPeople: 0, updatedPeople: before, totalRows: before });
  });

  it('accepts a file over the old 5 MB limit in one request, and refuses a body over the people limit unread', async () => {
    const wide = `name,email,notes\n${`Ada,ada@example.org,${'x'.repeat(480)}\n`.repeat(24_000)}`;
    expect(wide.length).toBeGreaterThan(11_000_000);
    const ok = await admin.request('POST', '/api/v1/people/imports/analyse', { csv: wide });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { rowCount: number }).rowCount).toBe(24_000);
    // declared over 2 × 100 MB + 1 MB: refused before anything is read (building it would take minutes)
    const declared = await admin.request('POST', '/api/v1/people/imports/analyse', { csv: 'a' }, { 'content-length': String(MAX_PEOPLE_CSV_BODY_BYTES + 1) });
    expect(declared.status).toBe(413);
  });

  it('the operator function writes nothing for a file with bad rows, and the good rows when asked', async () => {
    const csv = generatedCsv(5, [2], 'cli');
    const before = await peopleCount();
    const refused = await importPeopleFromCsv(database, orgId, csv, { dateFormat: 'iso', goodRowsOnly: false });
    expect(refused).toMatchObject({ created: 0, updated: 0, badRows: [{ line: 4 }] });
    expect(await peopleCount()).toBe(before);
    const progress: number[] = [];
    const done = await importPeopleFromCsv(database, orgId, csv, { dateFormat: 'iso', goodRowsOnly: true, onProgress: (p) => progress.push(p.processed) });
    expect(done).toMatchObject({ created: 4, updated: 0 });
    expect(progress).toEqual([4]);
    expect(await peopleCount()).toBe(before + 4);
  });

  describe('access', () => {
    const routes: Array<[string, string, unknown]> = [
      ['POST', '/api/v1/people/imports/analyse', { csv: 'name,email\n' }],
      ['POST', '/api/v1/people/imports/preview', { csv: 'name,email\n', mapping: MAPPING, dateFormat: 'iso' }],
      ['POST', '/api/v1/people/imports', { csv: 'name,email\n', mapping: MAPPING, dateFormat: 'iso', goodRowsOnly: true }],
      ['GET', '/api/v1/people/imports/0190a000-0000-7000-8000-000000000000', undefined],
    ];
    it.each(routes)('%s %s is refused to a worker and a supervisor', async (method, path, body) => {
      expect((await worker.request(method, path, body)).status).toBe(403);
      expect((await supervisor.request(method, path, body)).status).toBe(403);
    });

    it("an admin of another organisation cannot see this organisation's job", async () => {
      const response = await admin.request('POST', '/api/v1/people/imports', {
        csv: 'name,email\nSolo,solo@example.org\n',
        mapping: { name: 'name', email: 'email' },
        dateFormat: 'iso',
        goodRowsOnly: false,
      });
      const { jobId } = (await response.json()) as { jobId: string };
      expect((await waitForJob(admin, jobId)).status).toBe('done');
      expect((await otherAdmin.request('GET', `/api/v1/people/imports/${jobId}`)).status).toBe(404);
    });
  });
});

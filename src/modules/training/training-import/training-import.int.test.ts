import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/client.js';
import { buildOrg, buildPerson, buildTestApp, type Client, countRows, signIn, type TestApp } from '../../../test-support/factories.js';
import { createTestDatabase } from '../../../test-support/test-database.js';

let database: Database;
let app: TestApp;
let orgId: string;
let admin: Client;
let worker: Client;
let otherAdmin: Client;
const emails: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
  orgId = await buildOrg(database);
  admin = await signIn(app, (await buildPerson(database, orgId, { roles: ['org_admin'] })).email);
  worker = await signIn(app, (await buildPerson(database, orgId, { roles: ['worker'] })).email);
  otherAdmin = await signIn(app, (await buildPerson(database, await buildOrg(database), { roles: ['org_admin'] })).email);
  for (let i = 0; i < 20; i++) emails.push((await buildPerson(database, orgId, { roles: [], email: `learner-${i}@example.org` })).email);
  const course = await admin.request('POST', '/api/v1/courses', { title: 'Foundations', provider: 'Us', levels: ['informed'], format: 'online-self-paced', hours: 2, language: 'en', validForMonths: 12 });
  expect(course.status).toBe(201);
});
afterAll(() => database.close());

type Preview = { totalRows: number; goodRows: number; badRows: Array<{ line: number; problems: Array<{ field: string; problem: string }> }>; mapping: Record<string, string | null> };
type Job = { status: string; created: number; processed: number; total: number };
const records = () => countRows(database, 'training_records', orgId);

/** 1,000 rows from a learning system (line 1 is the header); rows at the given line numbers are bad. */
function learningSystemExport(badLines: Record<number, 'email' | 'date' | 'hours' | 'expiry' | 'level'>) {
  const lines = ['Learner email;Course;Completion date;Duration;Level;Expiry date;Certificate'];
  for (let line = 2; line <= 1001; line++) {
    const email = emails[line % emails.length]!;
    const fault = badLines[line];
    lines.push(
      [
        fault === 'email' ? 'nobody@example.org' : email,
        line % 3 === 0 ? 'foundations ' : '',
        fault === 'date' ? '31/02/2025' : '15/03/2025',
        fault === 'hours' ? '-2' : line % 3 === 0 ? '' : '1,5',
        fault === 'level' ? 'expert' : line % 3 === 0 ? '' : 'informed',
        fault === 'expiry' ? '01/01/2025' : '',
        `CERT-${line}`,
      ].join(';'),
    );
  }
  // learning systems add titles where there is no course: a column the import maps to title
  return lines.map((l, i) => (i === 0 ? `${l};Activity` : `${l};Workshop ${i}`)).join('\r\n');
}

async function waitFor(jobId: string): Promise<Job> {
  for (let i = 0; i < 200; i++) {
    const job = (await (await admin.request('GET', `/api/v1/training/imports/${jobId}`)).json()) as Job;
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('job did not finish');
}

describe('training import', () => {
  // built when the tests run: the learners exist only once beforeAll has run
  let csv = '';
  beforeAll(() => {
    csv = learningSystemExport({ 17: 'email', 404: 'hours', 958: 'expiry' });
  });

  it('maps the columns, and reports exactly the bad rows by line', async () => {
    const response = await admin.request('POST', '/api/v1/training/imports/preview', { csv, dateFormat: 'dmy' });
    expect(response.status).toBe(200);
    const preview = (await response.json()) as Preview;
    expect(preview.mapping).toMatchObject({ email: 'Learner email', course: 'Course', title: 'Activity', completed_on: 'Completion date', hours: 'Duration', levels: 'Level', expires_on: 'Expiry date', evidence: 'Certificate' });
    expect(preview.totalRows).toBe(1000);
    expect(preview.goodRows).toBe(997);
    expect(preview.badRows.map((b) => [b.line, b.problems.map((p) => p.field)])).toEqual([
      [17, ['email']],
      [404, ['hours']],
      [958, ['expires_on']],
    ]);
  });

  it('imports nothing while any row is bad, unless asked for the good rows only', async () => {
    const refused = await admin.request('POST', '/api/v1/training/imports', { csv, dateFormat: 'dmy', mode: 'all' });
    expect(refused.status).toBe(422);
    const problem = (await refused.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors.map((e) => e.field)).toEqual(['line 17: email', 'line 404: hours', 'line 958: expires_on']);
    expect(await records()).toBe(0);

    const started = await admin.request('POST', '/api/v1/training/imports', { csv, dateFormat: 'dmy', mode: 'good-rows-only' });
    expect(started.status).toBe(202);
    const job = await waitFor(((await started.json()) as { jobId: string }).jobId);
    expect(job).toMatchObject({ status: 'done', created: 997, processed: 997, total: 997 });
    expect(await records()).toBe(997);
  });

  it('reports unknown levels and impossible dates; a course fills in hours, levels and expiry', async () => {
    const text = 'email,course,title,completed_on,hours,levels,expires_on\n' +
      `${emails[0]},Foundations,,2025-03-01,,,\n` +
      `${emails[1]},,Reading group,2025-02-30,1,,\n` +
      `${emails[2]},,Reading group,2025-02-01,1,informed expert,\n` +
      `${emails[3]},Moon course,,2025-02-01,1,,\n`;
    const preview = (await (await admin.request('POST', '/api/v1/training/imports/preview', { csv: text, dateFormat: 'iso' })).json()) as Preview & { sample: Array<Record<string, unknown>> };
    expect(preview.badRows.map((b) => [b.line, b.problems.map((p) => p.field)])).toEqual([
      [3, ['completed_on']],
      [4, ['levels']],
      [5, ['course']],
    ]);
    expect(preview.sample).toEqual([{ line: 2, title: 'Foundations', completedOn: '2025-03-01', hours: 2, levels: ['informed'], expiresOn: '2026-03-01' }]);
  });

  it('is for admins of the organisation only; another organisation does not match these emails', async () => {
    const text = `email,title,completed_on,hours\n${emails[0]},Walk,2025-01-01,1\n`;
    expect((await worker.request('POST', '/api/v1/training/imports/preview', { csv: text, dateFormat: 'iso' })).status).toBe(403);
    const foreign = (await (await otherAdmin.request('POST', '/api/v1/training/imports/preview', { csv: text, dateFormat: 'iso' })).json()) as Preview;
    expect(foreign.badRows[0]?.problems[0]?.field).toBe('email');
  });
});

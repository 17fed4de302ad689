import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../../platform/audit/schema.js';
import type { Database } from '../../../platform/db/client.js';
import { buildOrg, buildPerson, buildTestApp, buildUnit, type Client, countRows, signIn, type TestApp } from '../../../test-support/factories.js';
import { createTestDatabase } from '../../../test-support/test-database.js';
import { createPerson, findPersonByEmail } from '../../people/people-store.js';
import { absenceSpells, workforceMoves } from '../schema.js';

/**
 * The HR events import on files written the way HR and payroll systems write them (test-data/:
 * a BOM, semicolons, CRLF, day-first dates, columns Tend does not use), through the API the
 * web wizard calls: preview, refusal while rows are bad, then the good rows only.
 */

const fixture = (name: string) => readFileSync(new URL(`../test-data/${name}`, import.meta.url), 'utf8');
const MOVES = fixture('starters-leavers-payroll.csv');
const ABSENCES = fixture('absence-hr-system.csv');

let database: Database;
let app: TestApp;
let orgId: string;
let outreach: string;
let admin: Client;
let amara: Client;
let foreignAdmin: Client;
let worker: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
  orgId = await buildOrg(database);
  outreach = await buildUnit(database, orgId, { name: 'Outreach' });
  const helpline = await buildUnit(database, orgId, { name: 'Helpline' });
  admin = await signIn(app, (await buildPerson(database, orgId, { name: 'Ada Admin', roles: ['org_admin'] })).email);
  worker = await signIn(app, (await buildPerson(database, orgId, { roles: ['worker'] })).email);
  amara = await signIn(app, (await buildPerson(database, orgId, { name: 'Amara Okafor', email: 'amara.okafor@harbour.example', unitId: outreach, roles: ['worker'] })).email);
  const person = (name: string, email: string, unitId: string, startDate: string | null, kind: 'employee' | 'contractor' | 'peer_worker' | 'volunteer' = 'employee') =>
    createPerson(database.db, orgId, { name, email, unitId, kind, startDate });
  await person('Liam Byrne', 'liam.byrne@harbour.example', outreach, '2019-04-01');
  await person('Zofia Nowak', 'zofia.nowak@harbour.example', helpline, null, 'volunteer');
  await person('Karim Haddad', 'karim.haddad@harbour.example', helpline, '2024-04-01', 'contractor');
  await person('Rita Silva', 'rita.silva@harbour.example', outreach, '2016-01-04', 'peer_worker');
  await person('Kofi Mensah', 'kofi.mensah@harbour.example', helpline, '2020-01-06');
  await person('Owen Price', 'owen.price@harbour.example', outreach, null);
  await person('Eva Lindqvist', 'eva.lindqvist@harbour.example', outreach, '2012-09-03');
  foreignAdmin = await signIn(app, (await buildPerson(database, await buildOrg(database), { roles: ['org_admin'] })).email);
});
afterAll(() => database.close());

type Preview = {
  totalRows: number;
  goodRows: number;
  mapping: Record<string, string | null>;
  badRows: Array<{ line: number; problems: Array<{ field: string; problem: string }> }>;
  sample: Array<Record<string, unknown>>;
};
type Job = { status: string; created: number; updated: number; processed: number; total: number };
const json = async <T>(response: Response) => (await response.json()) as T;
const byLine = (preview: Preview) => preview.badRows.map((b) => [b.line, b.problems.map((p) => p.field)]);
const preview = async (fileKind: string, csv: string, client = admin) => json<Preview>(await client.request('POST', '/api/v1/workforce/imports/preview', { fileKind, csv, dateFormat: 'dmy' }));
const written = async () => (await countRows(database, 'workforce_moves', orgId)) + (await countRows(database, 'absence_spells', orgId));
const datesOf = async (email: string) => {
  const p = await findPersonByEmail(database.db, orgId, email);
  return [p!.startDate, p!.endDate];
};

async function importGoodRows(fileKind: string, csv: string): Promise<Job> {
  const started = await admin.request('POST', '/api/v1/workforce/imports', { fileKind, csv, dateFormat: 'dmy', mode: 'good-rows-only' });
  expect(started.status).toBe(202);
  const { jobId } = await json<{ jobId: string }>(started);
  for (let i = 0; i < 200; i++) {
    const job = await json<Job>(await admin.request('GET', `/api/v1/workforce/imports/${jobId}`));
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the import did not finish');
}

describe("a payroll system's starters and leavers report", () => {
  it('is read through its BOM, semicolons and CRLF: columns suggested, every bad row named by line and field', async () => {
    const result = await preview('moves', MOVES);
    expect(result.mapping).toEqual({ email: 'Work Email', event: 'Movement Type', date: 'Effective Date', worker_kind: 'Employment Type', leave_reason: 'Reason for Leaving' });
    expect(result.totalRows).toBe(10);
    expect(result.goodRows).toBe(6);
    expect(byLine(result)).toEqual([
      [7, ['leave_reason']],
      [8, ['date']],
      [10, ['email']],
      [11, ['date']],
    ]);
    expect(result.badRows.find((b) => b.line === 11)?.problems[0]?.problem).toBe('repeats the start on line 2');
    expect(result.sample[0]).toEqual({ line: 2, kind: 'start', day: '2025-02-03', lastDay: null, workingDaysLost: null, reason: null, workerKind: 'employee' });
  });

  it('writes nothing while any row is bad; the good rows only when asked, moving start and end dates', async () => {
    const refused = await admin.request('POST', '/api/v1/workforce/imports', { fileKind: 'moves', csv: MOVES, dateFormat: 'dmy', mode: 'all' });
    expect(refused.status).toBe(422);
    expect((await json<{ errors: Array<{ field: string }> }>(refused)).errors.map((e) => e.field)).toEqual(['line 7: leave_reason', 'line 8: date', 'line 10: email', 'line 11: date']);
    expect(await written()).toBe(0);

    const job = await importGoodRows('moves', MOVES);
    expect(job).toMatchObject({ status: 'done', created: 6, processed: 6, total: 6 });
    const moves = await database.db.select().from(workforceMoves).where(eq(workforceMoves.orgId, orgId));
    expect(moves).toHaveLength(6);
    expect(moves.every((m) => m.source === 'imported')).toBe(true);
    const karim = (await findPersonByEmail(database.db, orgId, 'karim.haddad@harbour.example'))!;
    expect(moves.find((m) => m.personId === karim.id)).toMatchObject({ kind: 'leave', on: '2025-03-31', workerKind: 'contractor', leaveReason: 'end-of-contract', unitId: karim.unitId });
    expect(moves.filter((m) => m.kind === 'leave').map((m) => m.leaveReason).sort()).toEqual(['end-of-contract', 'ill-health', 'resigned', 'retired']);
    expect(await datesOf('amara.okafor@harbour.example')).toEqual(['2025-02-03', null]);
    expect(await datesOf('liam.byrne@harbour.example')).toEqual(['2019-04-01', '2025-02-28']);
    expect(await datesOf('kofi.mensah@harbour.example')).toEqual(['2020-01-06', null]);
    expect(await datesOf('owen.price@harbour.example')).toEqual([null, null]);
    // 6 people's dates moved: Amara's and Zofia's starts, four leavers' ends
    expect(job.updated).toBe(6);
  });

  it('run again, it would add nothing: every row it wrote is now recorded', async () => {
    const again = await preview('moves', MOVES);
    expect(again.goodRows).toBe(0);
    expect(again.badRows.find((b) => b.line === 3)?.problems).toEqual([{ field: 'date', problem: 'this leave is already recorded' }]);
  });

  it("tells each person in their access log that an import wrote their HR events, and shows them in their own records", async () => {
    const log = await json<{ accesses: Array<{ type: string; by: string }> }>(await amara.request('GET', '/api/v1/me/access-log'));
    expect(log.accesses).toContainEqual(expect.objectContaining({ type: 'hr-events.imported', by: 'Ada Admin' }));
    const mine = await json<{ events: Array<{ kind: string; day: string; source: string; unitName: string }> }>(await amara.request('GET', '/api/v1/me/hr-events'));
    expect(mine.events).toEqual([expect.objectContaining({ kind: 'start', day: '2025-02-03', source: 'imported', unitName: 'Outreach' })]);
    const [event] = await database.db.select().from(auditEvents).where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.type, 'hr-events.imported')));
    expect(event?.data).toEqual({ fileKind: 'moves', created: 6, skipped: 4, peopleUpdated: 6 });
    expect(event?.subjectPersonIds).toHaveLength(6);
  });
});

describe("an HR system's absence report", () => {
  it('maps the sickness reason (not the absence type), reads its words, and names the bad rows', async () => {
    const result = await preview('absences', ABSENCES);
    expect(result.mapping).toEqual({ email: 'Email Address', first_day: 'First Day of Absence', last_day: 'Last Day of Absence', working_days_lost: 'Working Days Lost', reason: 'Sickness Reason' });
    expect(result.goodRows).toBe(5);
    expect(byLine(result)).toEqual([
      [6, ['first_day']],
      [8, ['reason']],
      [9, ['last_day']],
    ]);
    expect(result.badRows[0]?.problems[0]?.problem).toBe('overlaps the absence on line 2');
  });

  it('writes the good rows: days lost as given (decimal commas) or counted, reasons as categories', async () => {
    expect((await admin.request('POST', '/api/v1/workforce/imports', { fileKind: 'absences', csv: ABSENCES, dateFormat: 'dmy', mode: 'all' })).status).toBe(422);
    expect(await countRows(database, 'absence_spells', orgId)).toBe(0);
    expect(await importGoodRows('absences', ABSENCES)).toMatchObject({ status: 'done', created: 5, updated: 0 });
    const spells = await database.db.select().from(absenceSpells).where(eq(absenceSpells.orgId, orgId));
    const rita = (await findPersonByEmail(database.db, orgId, 'rita.silva@harbour.example'))!;
    expect(spells.find((s) => s.personId === rita.id)).toMatchObject({ firstDay: '2025-03-17', lastDay: '2025-03-21', workingDaysLost: 5, reason: 'stress-related', unitId: outreach });
    expect(spells.map((s) => s.reason).sort()).toEqual(['family', 'injury', 'other-illness', 'stress-related', 'stress-related']);
    expect(spells.map((s) => s.workingDaysLost).sort()).toEqual([1, 1, 4.5, 5, 5]);
    // now stored, the same spells overlap themselves
    expect((await preview('absences', ABSENCES)).goodRows).toBe(0);
  });
});

describe('who may import', () => {
  it('org admins of the organisation only; another organisation does not match these emails; a bad mapping names its field', async () => {
    expect((await worker.request('POST', '/api/v1/workforce/imports/preview', { fileKind: 'moves', csv: MOVES, dateFormat: 'dmy' })).status).toBe(403);
    const foreign = await preview('moves', MOVES, foreignAdmin);
    expect(foreign.goodRows).toBe(0);
    expect(foreign.badRows.every((b) => b.problems.some((p) => p.field === 'email'))).toBe(true);
    const badMapping = await admin.request('POST', '/api/v1/workforce/imports/preview', { fileKind: 'absences', csv: MOVES, dateFormat: 'dmy', mapping: { email: 'Work Email', reason: 'Nope' } });
    expect(badMapping.status).toBe(400);
    expect((await json<{ errors: Array<{ field: string }> }>(badMapping)).errors.map((e) => e.field)).toEqual(['mapping.reason', 'mapping.first_day', 'mapping.last_day']);
  });
});

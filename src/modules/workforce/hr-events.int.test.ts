import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { addDays, todayIn } from '../../platform/time/day.js';
import { type BuiltPerson, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, countRows, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { findPerson } from '../people/people-store.js';

let database: Database;
let app: TestApp;
let orgId: string;
let unitId: string;
let admin: Client;
let adminP: BuiltPerson;
let supervisorP: BuiltPerson;
let supervisor: Client;
let otherSupervisor: Client;
let workerP: BuiltPerson;
let worker: Client;
let colleague: Client;
let analyst: Client;
let foreignAdmin: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
  orgId = await buildOrg(database);
  unitId = await buildUnit(database, orgId, { name: 'Night Shelter' });
  adminP = await buildPerson(database, orgId, { name: 'Ada Admin', roles: ['org_admin'] });
  admin = await signIn(app, adminP.email);
  supervisorP = await buildPerson(database, orgId, { name: 'Sam Supervisor', unitId, roles: ['supervisor'] });
  supervisor = await signIn(app, supervisorP.email);
  otherSupervisor = await signIn(app, (await buildPerson(database, orgId, { roles: ['supervisor'] })).email);
  workerP = await buildPerson(database, orgId, { name: 'Wren Worker', unitId, managerId: supervisorP.personId, roles: ['worker'] });
  worker = await signIn(app, workerP.email);
  colleague = await signIn(app, (await buildPerson(database, orgId, { roles: ['worker'] })).email);
  analyst = await signIn(app, (await buildPerson(database, orgId, { roles: ['hub_analyst'] })).email);
  foreignAdmin = await signIn(app, (await buildPerson(database, await buildOrg(database), { roles: ['org_admin'] })).email);
});
afterAll(() => database.close());

type HrEvent = { id: string; kind: string; day: string; lastDay: string | null; workingDaysLost: number | null; workerKind: string | null; leaveReason: string | null; absenceReason: string | null; unitId: string | null; unitName: string | null; source: string; personName: string | null };
type Problem = { errors: Array<{ field: string; problem: string }> };
const json = async <T>(response: Response) => (await response.json()) as T;
const fieldsOf = async (response: Response) => (await json<Problem>(response)).errors.map((e) => e.field);
const datesOf = async (personId: string) => {
  const p = await findPerson(database.db, orgId, personId);
  return { startDate: p!.startDate, endDate: p!.endDate };
};
// two days on: after today wherever the organisation's clock is
const future = () => addDays(todayIn('UTC'), 2);

async function newcomer(name: string) {
  return buildPerson(database, orgId, { name, unitId, roles: [] });
}
const move = (personId: string, body: Record<string, unknown>) => admin.request('POST', `/api/v1/people/${personId}/hr-events/moves`, body);
const absence = (personId: string, body: Record<string, unknown>) => admin.request('POST', `/api/v1/people/${personId}/hr-events/absences`, body);

describe('recording starts and leaves', () => {
  it("a start takes the person's unit and kind, and sets an empty or later start date", async () => {
    const p = await newcomer('Nia Newcomer');
    const started = await move(p.personId, { kind: 'start', on: '2024-02-05' });
    expect(started.status).toBe(201);
    expect(await json<HrEvent>(started)).toMatchObject({ kind: 'start', day: '2024-02-05', workerKind: 'employee', leaveReason: null, unitId, unitName: 'Night Shelter', source: 'entered' });
    expect(await datesOf(p.personId)).toEqual({ startDate: '2024-02-05', endDate: null });
    expect((await move(p.personId, { kind: 'start', on: '2023-11-01', workerKind: 'volunteer' })).status).toBe(201);
    expect((await datesOf(p.personId)).startDate).toBe('2023-11-01');
  });

  it('a leave sets the end date; a return after it clears it', async () => {
    const p = await newcomer('Ravi Returner');
    await move(p.personId, { kind: 'start', on: '2019-04-01' });
    const left = await move(p.personId, { kind: 'leave', on: '2022-08-31', leaveReason: 'resigned', workerKind: 'peer_worker' });
    expect(await json<HrEvent>(left)).toMatchObject({ kind: 'leave', leaveReason: 'resigned', workerKind: 'peer_worker' });
    expect(await datesOf(p.personId)).toEqual({ startDate: '2019-04-01', endDate: '2022-08-31' });
    expect((await move(p.personId, { kind: 'start', on: '2024-09-02' })).status).toBe(201);
    expect(await datesOf(p.personId)).toEqual({ startDate: '2019-04-01', endDate: null });
  });

  it('a leave needs its reason and a start refuses one (400, naming leaveReason)', async () => {
    const p = await newcomer('Lee Leaver');
    expect(await fieldsOf(await move(p.personId, { kind: 'leave', on: '2025-01-31' }))).toEqual(['leaveReason']);
    expect(await fieldsOf(await move(p.personId, { kind: 'start', on: '2025-01-31', leaveReason: 'retired' }))).toEqual(['leaveReason']);
  });

  it('refuses a leave before the start, a day after today and the same move twice (422, naming on)', async () => {
    const p = await newcomer('Oli Order');
    await move(p.personId, { kind: 'start', on: '2021-03-01' });
    const early = await move(p.personId, { kind: 'leave', on: '2021-02-26', leaveReason: 'dismissed' });
    expect(early.status).toBe(422);
    expect((await json<Problem>(early)).errors).toMatchObject([{ field: 'on', problem: 'is before the person started, on "2021-03-01"' }]);
    expect(await fieldsOf(await move(p.personId, { kind: 'start', on: future() }))).toEqual(['on']);
    expect(await fieldsOf(await move(p.personId, { kind: 'start', on: '2021-03-01' }))).toEqual(['on']);
    expect(await datesOf(p.personId)).toEqual({ startDate: '2021-03-01', endDate: null });
  });

  it('refuses a unit of another organisation (422, naming unitId)', async () => {
    const p = await newcomer('Uma Unit');
    const foreignUnit = await buildUnit(database, await buildOrg(database));
    expect(await fieldsOf(await move(p.personId, { kind: 'start', on: '2024-01-08', unitId: foreignUnit }))).toEqual(['unitId']);
  });
});

describe('recording absences', () => {
  it('working days lost default to the weekdays of the spell', async () => {
    const p = await newcomer('Abe Absent');
    const recorded = await absence(p.personId, { firstDay: '2025-03-07', lastDay: '2025-03-10', reason: 'stress-related' });
    expect(recorded.status).toBe(201);
    expect(await json<HrEvent>(recorded)).toMatchObject({ kind: 'absence', day: '2025-03-07', lastDay: '2025-03-10', workingDaysLost: 2, absenceReason: 'stress-related', unitId });
    expect(await json<HrEvent>(await absence(p.personId, { firstDay: '2025-04-07', lastDay: '2025-04-08', workingDaysLost: 1.5, reason: 'injury' }))).toMatchObject({ workingDaysLost: 1.5 });
  });

  it('refuses a last day before the first and more days lost than the spell has (400, naming the field)', async () => {
    const p = await newcomer('Fay Fields');
    expect(await fieldsOf(await absence(p.personId, { firstDay: '2025-04-10', lastDay: '2025-04-09', reason: 'other' }))).toEqual(['lastDay']);
    expect(await fieldsOf(await absence(p.personId, { firstDay: '2025-04-07', lastDay: '2025-04-08', workingDaysLost: 3, reason: 'other' }))).toEqual(['workingDaysLost']);
  });

  it('refuses an overlap with another spell of the person and days after today (422, naming the field)', async () => {
    const p = await newcomer('Ode Overlap');
    await absence(p.personId, { firstDay: '2025-05-05', lastDay: '2025-05-09', reason: 'other-illness' });
    const overlap = await absence(p.personId, { firstDay: '2025-05-09', lastDay: '2025-05-12', reason: 'family' });
    expect(overlap.status).toBe(422);
    expect((await json<Problem>(overlap)).errors).toMatchObject([{ field: 'firstDay', problem: 'overlaps an absence already recorded, which began on "2025-05-05"' }]);
    expect(await fieldsOf(await absence(p.personId, { firstDay: addDays(todayIn('UTC'), -1), lastDay: future(), reason: 'family' }))).toEqual(['lastDay']);
    // someone else's spell on the same days is no overlap
    expect((await absence((await newcomer('Tess Twin')).personId, { firstDay: '2025-05-05', lastDay: '2025-05-09', reason: 'family' })).status).toBe(201);
  });
});

describe('who reads and changes HR events', () => {
  let eventId = '';
  beforeAll(async () => {
    eventId = (await json<HrEvent>(await absence(workerP.personId, { firstDay: '2025-01-13', lastDay: '2025-01-14', reason: 'stress-related' }))).id;
  });

  it('the person reads their own, at /me and by their id, and cannot change them', async () => {
    const mine = await json<{ events: HrEvent[] }>(await worker.request('GET', '/api/v1/me/hr-events'));
    expect(mine.events.map((e) => e.id)).toEqual([eventId]);
    expect((await worker.request('GET', `/api/v1/people/${workerP.personId}/hr-events`)).status).toBe(200);
    expect((await worker.request('POST', `/api/v1/people/${workerP.personId}/hr-events/absences`, { firstDay: '2025-02-03', lastDay: '2025-02-03', reason: 'other' })).status).toBe(403);
    expect((await worker.request('DELETE', `/api/v1/people/${workerP.personId}/hr-events/${eventId}`)).status).toBe(403);
  });

  it('their line manager is told why not; other workers, managers, analysts and another organisation find nothing', async () => {
    const read = (client: Client) => client.request('GET', `/api/v1/people/${workerP.personId}/hr-events`);
    expect((await read(supervisor)).status).toBe(403);
    for (const client of [colleague, otherSupervisor, analyst, foreignAdmin]) expect((await read(client)).status).toBe(404);
    for (const client of [supervisor, colleague, analyst]) {
      expect((await client.request('POST', `/api/v1/people/${workerP.personId}/hr-events/moves`, { kind: 'start', on: '2024-01-08' })).status).toBe(403);
      expect((await client.request('GET', '/api/v1/workforce/hr-events')).status).toBe(403);
    }
    expect((await foreignAdmin.request('POST', `/api/v1/people/${workerP.personId}/hr-events/moves`, { kind: 'start', on: '2024-01-08' })).status).toBe(404);
    expect((await foreignAdmin.request('DELETE', `/api/v1/people/${workerP.personId}/hr-events/${eventId}`)).status).toBe(404);
    const foreignList = await json<{ events: HrEvent[] }>(await foreignAdmin.request('GET', '/api/v1/workforce/hr-events'));
    expect(foreignList.events.map((e) => e.id)).not.toContain(eventId);
  });

  it("an admin's reads show in the person's access log; the person's own do not", async () => {
    const log = async () => (await json<{ accesses: Array<{ type: string; record: string | null; by: string }> }>(await worker.request('GET', '/api/v1/me/access-log'))).accesses;
    const before = await log();
    await worker.request('GET', '/api/v1/me/hr-events');
    expect(await log()).toEqual(before);
    expect((await admin.request('GET', `/api/v1/people/${workerP.personId}/hr-events`)).status).toBe(200);
    await admin.request('GET', '/api/v1/workforce/hr-events?from=2025-01-01&to=2025-01-31');
    const after = await log();
    expect(after.slice(0, 2).map((a) => [a.type, a.by])).toEqual([
      ['people.listed', 'Ada Admin'],
      ['person.read', 'Ada Admin'],
    ]);
    expect(after[1]?.record).toBe('hr-events');
    expect(after.some((a) => a.type === 'hr-event.recorded' && a.by === 'Ada Admin')).toBe(true);
  });

  it('an admin removes an event of the person only, and the removal is in the log', async () => {
    const other = await newcomer('Pip Other');
    expect((await admin.request('DELETE', `/api/v1/people/${other.personId}/hr-events/${eventId}`)).status).toBe(404);
    expect((await admin.request('DELETE', `/api/v1/people/${workerP.personId}/hr-events/${randomUUID()}`)).status).toBe(404);
    expect((await admin.request('DELETE', `/api/v1/people/${workerP.personId}/hr-events/${eventId}`)).status).toBe(204);
    expect((await json<{ events: HrEvent[] }>(await worker.request('GET', '/api/v1/me/hr-events'))).events).toEqual([]);
    const log = await json<{ accesses: Array<{ type: string }> }>(await worker.request('GET', '/api/v1/me/access-log'));
    expect(log.accesses[0]?.type).toBe('hr-event.deleted');
  });
});

describe("the organisation's list by period", () => {
  it('pages newest day first by keyset, an absence counted in every period it touches', async () => {
    const orgB = await buildOrg(database);
    const adminB = await signIn(app, (await buildPerson(database, orgB, { roles: ['org_admin'] })).email);
    const people = await Promise.all(['Ann', 'Bo', 'Cy'].map((name) => buildPerson(database, orgB, { name, roles: [] })));
    for (const [i, p] of people.entries()) {
      expect((await adminB.request('POST', `/api/v1/people/${p.personId}/hr-events/moves`, { kind: 'start', on: `2024-0${i + 1}-01` })).status).toBe(201);
      expect((await adminB.request('POST', `/api/v1/people/${p.personId}/hr-events/absences`, { firstDay: `2024-0${i + 1}-25`, lastDay: `2024-0${i + 2}-03`, reason: 'other' })).status).toBe(201);
    }
    const days: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/api/v1/workforce/hr-events?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page: { events: HrEvent[]; nextCursor: string | null } = await json(await adminB.request('GET', query));
      expect(page.events.length).toBeLessThanOrEqual(2);
      days.push(...page.events.map((e) => `${e.kind} ${e.day} ${e.personName}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(days).toEqual(['absence 2024-03-25 Cy', 'start 2024-03-01 Cy', 'absence 2024-02-25 Bo', 'start 2024-02-01 Bo', 'absence 2024-01-25 Ann', 'start 2024-01-01 Ann']);
    const february = await json<{ events: HrEvent[] }>(await adminB.request('GET', '/api/v1/workforce/hr-events?from=2024-02-01&to=2024-02-29'));
    expect(february.events.map((e) => `${e.kind} ${e.day}`)).toEqual(['absence 2024-02-25', 'start 2024-02-01', 'absence 2024-01-25']);
    expect((await adminB.request('GET', '/api/v1/workforce/hr-events?from=2024-03-01&to=2024-02-01')).status).toBe(422);
    expect((await adminB.request('GET', '/api/v1/workforce/hr-events?cursor=bm90LWEtY3Vyc29y')).status).toBe(422);
  });

  it('writes nothing when refused', async () => {
    const before = (await countRows(database, 'workforce_moves', orgId)) + (await countRows(database, 'absence_spells', orgId));
    await move(workerP.personId, { kind: 'start', on: future() });
    await absence(workerP.personId, { firstDay: '2025-04-10', lastDay: '2025-04-09', reason: 'other' });
    expect((await countRows(database, 'workforce_moves', orgId)) + (await countRows(database, 'absence_spells', orgId))).toBe(before);
  });
});

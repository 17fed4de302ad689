import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { type BuiltPerson, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';

let database: Database;
let app: TestApp;
let orgId: string;
let serviceId: string;
let teamId: string;
let admin: Client;
let supervisor: Client;
let workerP: BuiltPerson;
let worker: Client;
let volunteerP: BuiltPerson;
let foreignAdmin: Client;

type Team = { table: { placed: number; met: number; gaps: number; notPlaced: number }; people: Array<{ id: string; name: string; kind: string; required: string | null; completed: string | null; status: string }> };

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
  orgId = await buildOrg(database);
  serviceId = await buildUnit(database, orgId, { name: 'Community Service', kind: 'service' });
  teamId = await buildUnit(database, orgId, { name: 'Outreach Team', parentId: serviceId });
  admin = await signIn(app, (await buildPerson(database, orgId, { roles: ['org_admin'] })).email);
  const supervisorP = await buildPerson(database, orgId, { name: 'Sam Supervisor', unitId: teamId, roles: ['supervisor'] });
  supervisor = await signIn(app, supervisorP.email);
  workerP = await buildPerson(database, orgId, { name: 'Wren Worker', unitId: teamId, managerId: supervisorP.personId, roles: ['worker'] });
  worker = await signIn(app, workerP.email);
  volunteerP = await buildPerson(database, orgId, { name: 'Val Volunteer', unitId: teamId, managerId: supervisorP.personId, roles: [] });
  await database.db.execute(`UPDATE people SET kind = 'volunteer' WHERE id = '${volunteerP.personId}'`);
  await buildPerson(database, orgId, { name: 'Not Mine', unitId: teamId, roles: [] });
  foreignAdmin = await signIn(app, (await buildPerson(database, await buildOrg(database), { roles: ['org_admin'] })).email);
});
afterAll(() => database.close());

const team = async (client: Client, query = '') => {
  const response = await client.request('GET', `/api/v1/team/coverage${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Team;
};
const today = new Date().toISOString().slice(0, 10);

describe('coverage', () => {
  it('placing a unit and recording a course changes the team coverage, staff and volunteers alike', async () => {
    const before = await team(supervisor);
    expect(before.table).toMatchObject({ placed: 0, notPlaced: 2 });
    expect(before.people.map((p) => [p.name, p.kind])).toEqual([
      ['Val Volunteer', 'volunteer'],
      ['Wren Worker', 'staff'],
    ]);

    const placed = await admin.request('POST', `/api/v1/units/${teamId}/placement`, { answers: { serviceRemit: false, workerContact: true } });
    expect(placed.status).toBe(201);
    const afterPlacing = await team(supervisor);
    expect(afterPlacing.table).toMatchObject({ placed: 2, met: 0, gaps: 2, notPlaced: 0 });

    const recorded = await worker.request('POST', `/api/v1/people/${workerP.personId}/training`, { title: 'Skilled practice', levels: ['informed', 'skilled'], completedOn: today, hours: 6 });
    expect(recorded.status).toBe(201);
    const afterTraining = await team(supervisor);
    expect(afterTraining.table).toMatchObject({ placed: 2, met: 1, gaps: 1 });
    expect(afterTraining.people.find((p) => p.name === 'Wren Worker')).toMatchObject({ required: 'skilled', completed: 'skilled', status: 'met' });
  });

  it('my development shows my level, training, hours and what comes next', async () => {
    await admin.request('POST', '/api/v1/courses', { title: 'Enhanced module', provider: 'Us', levels: ['enhanced'], format: 'blended', hours: 12, language: 'en' });
    const response = await worker.request('GET', '/api/v1/me/development');
    expect(response.status).toBe(200);
    const mine = (await response.json()) as { required: string; completed: string; status: string; records: unknown[]; ongoing: { hours: number; requiredHours: number; met: boolean }; next: { levels: string[] } };
    expect(mine).toMatchObject({ required: 'skilled', completed: 'skilled', status: 'met', ongoing: { hours: 6, requiredHours: 6, met: true }, next: { levels: [] } });
    expect(mine.records).toHaveLength(1);
  });

  it('admins choose a unit (its teams included); supervisors see only their reports; another organisation finds nothing', async () => {
    const byUnit = await team(admin, `?unitId=${serviceId}`);
    expect(byUnit.people.map((p) => p.name)).toEqual(['Not Mine', 'Sam Supervisor', 'Val Volunteer', 'Wren Worker']);
    expect((await supervisor.request('GET', `/api/v1/team/coverage?unitId=${teamId}`)).status).toBe(403);
    expect((await foreignAdmin.request('GET', `/api/v1/team/coverage?unitId=${teamId}`)).status).toBe(404);
    expect((await team(foreignAdmin)).people).toEqual([]);
    expect((await worker.request('GET', '/api/v1/team/coverage')).status).toBe(403);
  });

  it("the supervisor's look at coverage is one audit event per request (people.listed, with the count), not one per report, and each report finds it in their own log", async () => {
    const events = await database.db.execute(sql`SELECT type, data FROM audit_events WHERE org_id = ${orgId} AND type IN ('people.listed', 'person.read') AND data->>'list' LIKE 'team-coverage%'`);
    expect(events.rows.length).toBeGreaterThan(0);
    expect(events.rows.every((e) => (e as { type: string }).type === 'people.listed')).toBe(true);
    const log = (await (await worker.request('GET', '/api/v1/me/access-log')).json()) as { accesses: Array<{ by: string; record: string | null }> };
    expect(log.accesses.some((a) => a.by === 'Sam Supervisor' && a.record === 'training')).toBe(false);
    expect(log.accesses.some((a) => a.by === 'Sam Supervisor' && (a as { type?: string }).type === 'people.listed')).toBe(true);
  });

  it('org coverage rolls up by service with a 12-month series ending today', async () => {
    const response = await admin.request('GET', '/api/v1/org/coverage');
    expect(response.status).toBe(200);
    const org = (await response.json()) as { services: Array<{ name: string | null; placed: number; met: number }>; series: Array<{ date: string; placed: number; met: number }> };
    expect(org.services.find((s) => s.name === 'Community Service')).toMatchObject({ placed: 4, met: 1 });
    expect(org.series).toHaveLength(12);
    expect(org.series.at(-1)).toMatchObject({ date: today, placed: 4, met: 1 });
    expect(org.series.at(-2)).toMatchObject({ placed: 0, met: 0 });
    const foreign = (await (await foreignAdmin.request('GET', '/api/v1/org/coverage')).json()) as { services: unknown[] };
    expect(foreign.services.every((s) => !JSON.stringify(s).includes('Community'))).toBe(true);
  });
});

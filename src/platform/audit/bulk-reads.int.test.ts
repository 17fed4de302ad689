import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';

/**
 * Finding 8: bulk reads of people were not in the audit log. Every list or export of several
 * people's professional records writes ONE event per request, with which list, how many people
 * it showed and the filters used (never a search text), and nothing per person.
 */

let database: Database;
let orgId: string;
let teamId: string;
let admin: Client;
let supervisor: Client;
let supervisorId: string;
let app: ReturnType<typeof buildTestApp>['app'];
let reportEmails: string[];
let notMineEmail: string;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = buildTestApp(database));
  orgId = await buildOrg(database);
  teamId = await buildUnit(database, orgId, { name: 'Harbour Team' });
  const adminP = await buildPerson(database, orgId, { name: 'Ada Admin', roles: ['org_admin'] });
  const supervisorP = await buildPerson(database, orgId, { name: 'Sam Supervisor', unitId: teamId, roles: ['supervisor'] });
  supervisorId = supervisorP.personId;
  const reports = [];
  for (const name of ['Wren Worker', 'Kit Carer', 'Max Mentor']) {
    reports.push(await buildPerson(database, orgId, { name, unitId: teamId, managerId: supervisorP.personId }));
  }
  reportEmails = reports.map((r) => r.email);
  notMineEmail = (await buildPerson(database, orgId, { name: 'Not Mine', roles: ['worker'] })).email;
  admin = await signIn(app, adminP.email);
  supervisor = await signIn(app, supervisorP.email);
  for (const r of reports.slice(0, 2)) {
    const recorded = await admin.request('POST', `/api/v1/people/${r.personId}/training`, { title: 'Safe practice', levels: ['informed'], completedOn: today, hours: 2 });
    expect(recorded.status).toBe(201);
  }
  const asked = await (await signIn(app, reports[0]!.email)).request('POST', '/api/v1/me/placement-review', { reason: 'My role changed this spring.' });
  expect(asked.status).toBe(201);
});
afterAll(() => database.close());

type Event = { type: string; actor: string | null; subject: string | null; data: Record<string, unknown> };
/** The audit events `read` writes. */
async function eventsOf(read: () => Promise<Response>): Promise<Event[]> {
  const before = await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_events WHERE org_id = ${orgId}`);
  const response = await read();
  expect(response.status).toBe(200);
  await response.arrayBuffer();
  const rows = await database.db.execute(
    sql`SELECT type, actor_person_id AS actor, subject_person_id AS subject, data FROM audit_events WHERE org_id = ${orgId} ORDER BY at, id OFFSET ${(before.rows[0] as { n: number }).n}`,
  );
  return rows.rows as Event[];
}

describe('bulk reads of people are audited once per request', () => {
  it('the people list, for an admin: one event with the count and filters, never the search text', async () => {
    const events = await eventsOf(() => admin.request('GET', `/api/v1/people?search=Wren&unitId=${teamId}`));
    expect(events).toEqual([{ type: 'people.listed', actor: expect.any(String), subject: null, data: { list: 'people', people: 1, searched: true, unitId: teamId, offset: 0, total: 1 } }]);
    expect(JSON.stringify(events)).not.toContain('Wren');
  });

  it('the people list, for a supervisor: their direct reports, counted', async () => {
    const events = await eventsOf(() => supervisor.request('GET', '/api/v1/people'));
    expect(events).toEqual([expect.objectContaining({ type: 'people.listed', actor: supervisorId, data: expect.objectContaining({ list: 'people:direct-reports', people: 3, searched: false }) })]);
  });

  it('the people CSV export: one event with how many people', async () => {
    const events = await eventsOf(() => admin.request('GET', '/api/v1/people/export.csv'));
    expect(events).toEqual([expect.objectContaining({ type: 'people.exported', subject: null, data: { count: 6, list: 'people-export' } })]);
  });

  it('the training CSV export: one event with records and people', async () => {
    const events = await eventsOf(() => admin.request('GET', '/api/v1/training/export.csv'));
    expect(events).toEqual([expect.objectContaining({ type: 'training.exported', subject: null, data: { count: 2, people: 2 } })]);
  });

  it('team coverage: one event per request, not one per person, for a supervisor and for an admin choosing a unit', async () => {
    expect(await eventsOf(() => supervisor.request('GET', '/api/v1/team/coverage'))).toEqual([
      expect.objectContaining({ type: 'people.listed', subject: null, data: { list: 'team-coverage:direct-reports', people: 3, unitId: null } }),
    ]);
    expect(await eventsOf(() => admin.request('GET', `/api/v1/team/coverage?unitId=${teamId}`))).toEqual([
      expect.objectContaining({ type: 'people.listed', subject: null, data: { list: 'team-coverage:unit', people: 4, unitId: teamId } }),
    ]);
  });

  it('team plans: one event with how many people', async () => {
    expect(await eventsOf(() => supervisor.request('GET', '/api/v1/team/plans'))).toEqual([
      expect.objectContaining({ type: 'people.listed', data: { list: 'team-plans:direct-reports', people: 3 } }),
    ]);
    expect(await eventsOf(() => admin.request('GET', '/api/v1/team/plans'))).toEqual([expect.objectContaining({ type: 'people.listed', data: { list: 'team-plans', people: 6 } })]);
  });

  it('placement review requests: one event with how many people asked', async () => {
    expect(await eventsOf(() => supervisor.request('GET', '/api/v1/placement-reviews'))).toEqual([
      expect.objectContaining({ type: 'people.listed', data: { list: 'placement-reviews:direct-reports', people: 1 } }),
    ]);
  });

  it('everyone a list showed finds it in their own "Who has seen my records"; nobody else does', async () => {
    expect((await supervisor.request('GET', '/api/v1/team/plans')).status).toBe(200);
    type Access = { type: string; by: string };
    const logOf = async (email: string) => ((await (await (await signIn(app, email)).request('GET', '/api/v1/me/access-log')).json()) as { accesses: Access[] }).accesses;
    for (const email of reportEmails) {
      expect((await logOf(email)).some((a) => a.type === 'people.listed' && a.by === 'Sam Supervisor')).toBe(true);
    }
    // Not Mine is no report of Sam's: his lists never showed her
    expect((await logOf(notMineEmail)).some((a) => a.type === 'people.listed' && a.by === 'Sam Supervisor')).toBe(false);
    // the viewer is never listed as shown to themself
    const [own] = (await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_events WHERE org_id = ${orgId} AND actor_person_id = ${supervisorId} AND subject_person_ids @> ARRAY[${supervisorId}]::uuid[]`)).rows as Array<{ n: number }>;
    expect(own!.n).toBe(0);
  });
});

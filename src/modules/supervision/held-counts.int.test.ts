import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { type BuiltPerson, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { quarterOf } from '../workforce/indicator-rules.js';
import { daysAgo, expectJson } from './test-world.js';

/**
 * Sessions held per unit: released only through the privacy gate. A service with a team of six
 * and a team of two: the small team is hidden, and so is its sibling (or the service minus the
 * big team would give it away); the release is logged; a group that differs from one shown
 * before by fewer than the minimum is refused.
 */

type Cell = { unitId: string | null; name: string; status: string; people: number | null; sessionsHeld: number | null; reason: string | null };

let database: Database;
const heldOn = daysAgo(3);
const period = quarterOf(heldOn);

interface Org {
  orgId: string;
  bigTeam: string;
  lead: BuiltPerson;
  admin: Client;
  leadClient: Client;
  workerClient: Client;
}

/** A service with a team of six (the lead and five) and a team of two; three sessions held in the big team, one in the small. */
async function buildOrgWithTeams(name: string): Promise<Org> {
  const a = buildTestApp(database).app;
  const orgId = await buildOrg(database, name);
  const serviceId = await buildUnit(database, orgId, { name: 'Birch Service', kind: 'service' });
  const bigTeam = await buildUnit(database, orgId, { name: 'Big Team', parentId: serviceId });
  const smallTeam = await buildUnit(database, orgId, { name: 'Small Team', parentId: serviceId });
  const adminPerson = await buildPerson(database, orgId, { name: 'Ada Admin', roles: ['org_admin'] });
  const lead = await buildPerson(database, orgId, { name: 'Lee Lead', unitId: bigTeam, roles: ['supervisor'] });
  const workers: BuiltPerson[] = [];
  for (let i = 0; i < 5; i++) workers.push(await buildPerson(database, orgId, { name: `Big ${i}`, unitId: bigTeam, managerId: lead.personId }));
  for (let i = 0; i < 2; i++) workers.push(await buildPerson(database, orgId, { name: `Small ${i}`, unitId: smallTeam, managerId: lead.personId }));
  const leadClient = await signIn(a, lead.email);
  for (const worker of [workers[0]!, workers[1]!, workers[1]!, workers[5]!]) {
    const planned = await expectJson<{ id: string }>(await leadClient.request('POST', `/api/v1/supervision/supervisees/${worker.personId}/sessions`, { plannedFor: heldOn }), 201);
    await expectJson(await leadClient.request('PUT', `/api/v1/supervision/sessions/${planned.id}/record`, { heldOn }), 200);
  }
  return { orgId, bigTeam, lead, admin: await signIn(a, adminPerson.email), leadClient, workerClient: await signIn(a, workers[0]!.email) };
}

let birch: Org;
let cedar: Org;
beforeAll(async () => {
  database = await createTestDatabase();
  birch = await buildOrgWithTeams('Birch Care');
  cedar = await buildOrgWithTeams('Cedar Care');
});
afterAll(() => database.close());

const ask = (client: Client) => client.request('GET', `/api/v1/supervision/sessions-held?quarter=${period}`);
const released = async (client: Client) => expectJson<{ quarter: string; minGroupSize: number; cells: Cell[] }>(await ask(client), 200);

describe('sessions held per unit, through the gate', () => {
  it('shows the organisation and the service, and hides the small team and the sibling that would give it away', async () => {
    const { cells, minGroupSize } = await released(birch.admin);
    expect(minGroupSize).toBe(5);
    const byName = new Map(cells.map((c) => [c.name, c]));
    expect(byName.get('Birch Care')).toMatchObject({ status: 'released', people: 8, sessionsHeld: 4 });
    expect(byName.get('Birch Service')).toMatchObject({ status: 'released', people: 8, sessionsHeld: 4 });
    expect(byName.get('Small Team')).toMatchObject({ status: 'suppressed', reason: 'small-group', people: null, sessionsHeld: null });
    expect(byName.get('Big Team')).toMatchObject({ status: 'suppressed', reason: 'protects-another', sessionsHeld: null });
  });

  it('records what it showed in the release log (who was covered, never a value)', async () => {
    const rows = await database.db.execute(sql`SELECT dataset, members FROM privacy_releases WHERE org_id = ${birch.orgId}`);
    expect(rows.rows.length).toBeGreaterThan(0);
    expect(rows.rows.every((r) => r.dataset === `supervision-sessions:${period}`)).toBe(true);
  });

  it("refuses the supervisor's view of the big team afterwards: with the service shown, it would give the small team away", async () => {
    const refused = await ask(birch.leadClient);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { type: string }).type).toContain('privacy-refused');
  });

  it('shows a supervisor their own unit only, and then refuses the admin the service for the same reason', async () => {
    const { cells } = await released(cedar.leadClient);
    expect(cells.map((c) => c.name)).toEqual(['Big Team']);
    expect(cells[0]).toMatchObject({ unitId: cedar.bigTeam, status: 'released', people: 6, sessionsHeld: 3 });
    expect((await ask(cedar.admin)).status).toBe(422);
  });

  it('refuses a worker, and a quarter that has not started', async () => {
    expect((await ask(birch.workerClient)).status).toBe(403);
    expect((await birch.admin.request('GET', '/api/v1/supervision/sessions-held?quarter=2999-Q1')).status).toBe(422);
    expect((await birch.admin.request('GET', '/api/v1/supervision/sessions-held?quarter=soon')).status).toBe(400);
  });
});

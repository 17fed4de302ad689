import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn, type TestApp } from '../../test-support/factories.js';

let database: Database;
let app: TestApp;
let orgId: string;
let admin: Client;
let worker: Client;
let otherAdmin: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
  orgId = await buildOrg(database);
  admin = await signIn(app, (await buildPerson(database, orgId, { roles: ['org_admin'] })).email);
  worker = await signIn(app, (await buildPerson(database, orgId, { roles: ['worker'] })).email);
  const otherOrg = await buildOrg(database);
  otherAdmin = await signIn(app, (await buildPerson(database, otherOrg, { roles: ['org_admin'] })).email);
});
afterAll(() => database.close());

const unitsSeenBy = async (client: Client) => ((await (await client.request('GET', '/api/v1/units')).json()) as { units: Array<{ id: string; name: string; peopleCount: number }> }).units;

describe('units', () => {
  it('list how many people each holds directly, to anyone signed in in the organisation', async () => {
    const team = await buildUnit(database, orgId, { name: 'Counted team' });
    await buildPerson(database, orgId, { unitId: team, roles: [] });
    await buildPerson(database, orgId, { unitId: team, roles: [] });
    const empty = await buildUnit(database, orgId, { name: 'Empty team' });
    const seen = await unitsSeenBy(worker);
    expect(seen.find((u) => u.id === team)?.peopleCount).toBe(2);
    expect(seen.find((u) => u.id === empty)?.peopleCount).toBe(0);
  });

  it('an admin adds, renames and removes a unit, each with its audit event', async () => {
    const created = await admin.request('POST', '/api/v1/units', { name: 'Night shelter', kind: 'team' });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await admin.request('PATCH', `/api/v1/units/${id}`, { name: 'Night shelter team' })).status).toBe(204);
    expect((await unitsSeenBy(admin)).find((u) => u.id === id)?.name).toBe('Night shelter team');
    expect((await admin.request('DELETE', `/api/v1/units/${id}`)).status).toBe(204);
    const types = (await database.pool.query<{ type: string }>("SELECT type FROM audit_events WHERE org_id = $1 AND data->>'unitId' = $2 ORDER BY at", [orgId, id])).rows;
    expect(types.map((r) => r.type)).toEqual(['unit.created', 'unit.updated', 'unit.deleted']);
  });

  it('refuses to remove a unit that still holds people or other units (409), changing nothing', async () => {
    const service = await buildUnit(database, orgId, { kind: 'service' });
    await buildUnit(database, orgId, { parentId: service });
    const staffed = await buildUnit(database, orgId);
    await buildPerson(database, orgId, { unitId: staffed, roles: [] });
    expect((await admin.request('DELETE', `/api/v1/units/${service}`)).status).toBe(409);
    const refused = await admin.request('DELETE', `/api/v1/units/${staffed}`);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { detail?: string; title?: string }).detail ?? '').toMatch(/People still belong/);
    const ids = (await unitsSeenBy(admin)).map((u) => u.id);
    expect(ids).toContain(service);
    expect(ids).toContain(staffed);
  });

  it('never shows or changes another organisation’s units', async () => {
    const unit = await buildUnit(database, orgId, { name: 'Private team' });
    expect((await unitsSeenBy(otherAdmin)).map((u) => u.id)).not.toContain(unit);
    expect((await otherAdmin.request('PATCH', `/api/v1/units/${unit}`, { name: 'Taken' })).status).toBe(404);
    expect((await otherAdmin.request('DELETE', `/api/v1/units/${unit}`)).status).toBe(404);
    expect((await unitsSeenBy(admin)).find((u) => u.id === unit)?.name).toBe('Private team');
  });

  it('will not let a worker change the structure (403)', async () => {
    expect((await worker.request('POST', '/api/v1/units', { name: 'Mine', kind: 'team' })).status).toBe(403);
  });
});

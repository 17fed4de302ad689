import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.js';
import type { Database } from '../../platform/db/client.js';
import { type BuiltPerson, buildHub, buildOrg, buildPerson, buildTestApp, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { CONSENT_STATEMENT_VERSION } from './model.js';
import { hubConsents } from './schema.js';
import { createTestDatabase } from '../../test-support/test-database.js';

let database: Database;
let app: TestApp;
let mailer: ReturnType<typeof buildTestApp>['mailer'];
let hubId: string;
let orgId: string;
let otherOrgId: string;
let hubAdmin: Client;
let analyst: Client;
let orgAdmin: Client;
let orgAdminPerson: BuiltPerson;
let orgWorker: Client;
let foreignAdmin: Client;
let otherHubAdmin: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app, mailer } = buildTestApp(database));
  hubId = await buildHub(database, 'Northern Region Hub');
  orgId = await buildOrg(database, 'Willow Lane Shelter');
  otherOrgId = await buildOrg(database, 'Willow Park Clinic');
  const otherHubId = await buildHub(database, 'Southern Region Hub');
  hubAdmin = await signIn(app, (await buildPerson(database, hubId, { name: 'Hal Hubadmin', roles: ['hub_admin'] })).email);
  analyst = await signIn(app, (await buildPerson(database, hubId, { name: 'Ana Analyst', roles: ['hub_analyst'] })).email);
  orgAdminPerson = await buildPerson(database, orgId, { name: 'Olive Orgadmin', roles: ['org_admin'] });
  orgAdmin = await signIn(app, orgAdminPerson.email);
  orgWorker = await signIn(app, (await buildPerson(database, orgId, { roles: ['worker'] })).email);
  foreignAdmin = await signIn(app, (await buildPerson(database, otherOrgId, { roles: ['org_admin'] })).email);
  otherHubAdmin = await signIn(app, (await buildPerson(database, otherHubId, { roles: ['hub_admin'] })).email);
});
afterAll(() => database.close());

const json = async <T>(response: Response) => (await response.json()) as T;
const members = async (client: Client) => (await json<{ members: Array<{ orgId: string; status: string; decidedAt: string | null; revokedAt: string | null }> }>(await client.request('GET', '/api/v1/hub/members'))).members;
const myHubs = async (client: Client) => json<{ currentStatementVersion: number; memberships: Array<{ hubId: string; status: string; decidedBy: string | null; hubPeople: Array<{ name: string; roles: string[] }> }> }>(await client.request('GET', '/api/v1/org/hubs'));
const trail = (tenant: string) => database.db.select().from(auditEvents).where(eq(auditEvents.orgId, tenant));

describe('a hub session', () => {
  it('says it is a hub account, with its hub roles only', async () => {
    const me = await json<{ tenantKind: string; roles: string[] }>(await hubAdmin.request('GET', '/api/v1/auth/session'));
    expect(me).toMatchObject({ tenantKind: 'hub', roles: ['hub_admin'] });
    expect((await json<{ tenantKind: string }>(await orgAdmin.request('GET', '/api/v1/auth/session'))).tenantKind).toBe('organisation');
  });

  it('finds nothing at organisation routes (404, as an unknown address), whatever they require', async () => {
    for (const [method, path] of [['GET', '/api/v1/org'], ['GET', '/api/v1/people'], ['GET', '/api/v1/me/tasks'], ['GET', '/api/v1/org/hubs'], ['PATCH', '/api/v1/org/settings']] as const) {
      const response = await analyst.request(method, path, method === 'PATCH' ? {} : undefined);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect((await json<{ detail: string }>(response)).detail).toBe('There is no such address in the API.');
    }
  });

  it("an organisation's sessions find nothing at hub routes", async () => {
    for (const client of [orgAdmin, orgWorker]) {
      for (const [method, path] of [['GET', '/api/v1/hub'], ['GET', '/api/v1/hub/members'], ['POST', '/api/v1/hub/members'], ['GET', '/api/v1/hub/people']] as const) {
        expect((await client.request(method, path, method === 'POST' ? { orgId } : undefined)).status).toBe(404);
      }
    }
  });
});

describe('inviting, consenting, revoking', () => {
  it('a hub admin finds organisations by name (never hubs), and an analyst may not search or invite (403)', async () => {
    const found = await json<{ organisations: Array<{ name: string; status: string | null }> }>(await hubAdmin.request('GET', '/api/v1/hub/organisation-search?q=willow'));
    expect(found.organisations.map((o) => o.name)).toEqual(['Willow Lane Shelter', 'Willow Park Clinic']);
    expect((await hubAdmin.request('GET', '/api/v1/hub/organisation-search?q=Region')).status).toBe(200);
    expect((await json<{ organisations: unknown[] }>(await hubAdmin.request('GET', '/api/v1/hub/organisation-search?q=Region'))).organisations).toEqual([]);
    expect((await hubAdmin.request('GET', '/api/v1/hub/organisation-search?q=w')).status).toBe(400);
    expect((await analyst.request('GET', '/api/v1/hub/organisation-search?q=willow')).status).toBe(403);
    expect((await analyst.request('POST', '/api/v1/hub/members', { orgId })).status).toBe(403);
    expect(await members(hubAdmin)).toEqual([]);
  });

  it('a hub cannot invite another hub or an id that is nothing', async () => {
    const otherHub = await buildHub(database);
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId: otherHub })).status).toBe(404);
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId: randomUUID() })).status).toBe(404);
  });

  it('the invitation reaches the organisation\'s admins (and their Home), not its workers, another organisation or another hub', async () => {
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId })).status).toBe(201);
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId })).status).toBe(409);
    expect((await members(analyst)).map((m) => [m.orgId, m.status])).toEqual([[orgId, 'invited']]);
    const mine = await myHubs(orgAdmin);
    expect(mine.currentStatementVersion).toBe(CONSENT_STATEMENT_VERSION);
    expect(mine.memberships).toHaveLength(1);
    expect(mine.memberships[0]).toMatchObject({ hubId, status: 'invited' });
    // who at the hub reads released figures, by name and role
    expect(mine.memberships[0]!.hubPeople).toEqual(expect.arrayContaining([{ name: 'Hal Hubadmin', roles: ['hub_admin'] }, { name: 'Ana Analyst', roles: ['hub_analyst'] }]));
    expect((await orgWorker.request('GET', '/api/v1/org/hubs')).status).toBe(403);
    expect((await myHubs(foreignAdmin)).memberships).toEqual([]);
    expect((await otherHubAdmin.request('GET', '/api/v1/hub/members')).status).toBe(200);
    expect(await members(otherHubAdmin)).toEqual([]);
    const tasks = await json<{ tasks: Array<{ kind: string; count?: number }> }>(await orgAdmin.request('GET', '/api/v1/me/tasks'));
    expect(tasks.tasks.filter((t) => t.kind === 'hub-invitation')).toHaveLength(1);
  });

  it("nobody but the organisation's own admins can answer for it", async () => {
    expect((await foreignAdmin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(404);
    expect((await orgWorker.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(403);
    expect((await hubAdmin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(404);
    expect((await orgAdmin.request('POST', `/api/v1/org/hubs/${randomUUID()}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(404);
    expect((await members(hubAdmin))[0]!.status).toBe('invited');
  });

  it('a signature of a statement other than today\'s is refused, naming the field, and changes nothing', async () => {
    const response = await orgAdmin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION + 1 });
    expect(response.status).toBe(422);
    expect((await json<{ errors: Array<{ field: string }> }>(response)).errors.map((e) => e.field)).toEqual(['statementVersion']);
    expect((await members(hubAdmin))[0]!.status).toBe('invited');
  });

  it('consent is recorded (who, when, statement version) and audited in both trails', async () => {
    const response = await orgAdmin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION });
    expect(await json(response)).toEqual({ status: 'consented' });
    const [member] = await members(analyst);
    expect(member).toMatchObject({ status: 'consented', decidedAt: expect.any(String) });
    expect((await myHubs(orgAdmin)).memberships[0]).toMatchObject({ status: 'consented', decidedBy: 'Olive Orgadmin' });
    const signed = await database.db.select().from(hubConsents).where(and(eq(hubConsents.hubId, hubId), eq(hubConsents.orgId, orgId)));
    expect(signed.map((s) => [s.decision, s.personId, s.statementVersion])).toEqual([['consented', orgAdminPerson.personId, CONSENT_STATEMENT_VERSION]]);
    const orgTrail = (await trail(orgId)).filter((e) => e.type.startsWith('hub.'));
    const hubTrail = (await trail(hubId)).filter((e) => e.type.startsWith('hub.'));
    expect(orgTrail.map((e) => e.type)).toEqual(['hub.invited', 'hub.consented']);
    expect(hubTrail.map((e) => e.type)).toEqual(['hub.invited', 'hub.consented']);
    expect(orgTrail.find((e) => e.type === 'hub.consented')!.actorPersonId).toBe(orgAdminPerson.personId);
    expect(hubTrail.find((e) => e.type === 'hub.consented')).toMatchObject({ actorPersonId: null, data: { hubId, orgId, via: 'member-organisation', statementVersion: CONSENT_STATEMENT_VERSION } });
    expect((await orgAdmin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(409);
  });

  it('revoking ends the consent; it cannot be given again without a new invitation', async () => {
    expect(await json(await orgAdmin.request('POST', `/api/v1/org/hubs/${hubId}/revoke`))).toEqual({ status: 'revoked' });
    expect((await members(hubAdmin))[0]).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    const again = await orgAdmin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION });
    expect(again.status).toBe(409);
    expect((await json<{ detail: string }>(again)).detail).toContain('invite it again');
    expect((await orgAdmin.request('POST', `/api/v1/org/hubs/${hubId}/revoke`)).status).toBe(409);
    // a new invitation starts a new period; the earlier signature stays on record
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId })).status).toBe(201);
    expect(await json(await orgAdmin.request('POST', `/api/v1/org/hubs/${hubId}/decline`))).toEqual({ status: 'declined' });
    const signed = await database.db.select().from(hubConsents).where(eq(hubConsents.hubId, hubId));
    expect(signed.map((s) => s.decision)).toEqual(['consented', 'revoked', 'declined']);
    expect((await trail(hubId)).filter((e) => e.type.startsWith('hub.')).map((e) => e.type)).toEqual(['hub.invited', 'hub.consented', 'hub.revoked', 'hub.invited', 'hub.declined']);
  });
  it('a hub admin withdraws an unanswered invitation: the organisation no longer sees it, cannot answer it, and can be invited again', async () => {
    // the last test left a declined invitation: a fresh one to withdraw
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId })).status).toBe(201);
    const consentsBefore = (await database.db.select().from(hubConsents).where(eq(hubConsents.hubId, hubId))).length;
    const withdraw = (client: Client, id = orgId) => client.request('DELETE', `/api/v1/hub/members/${id}/invitation`);
    expect((await withdraw(analyst)).status).toBe(403);
    expect((await withdraw(orgAdmin)).status).toBe(404);
    expect((await withdraw(otherHubAdmin)).status).toBe(404);
    expect((await withdraw(hubAdmin, otherOrgId)).status).toBe(404);
    expect((await withdraw(hubAdmin, 'not-an-id')).status).toBe(400);
    expect((await members(analyst)).map((m) => m.status)).toEqual(['invited']);
    expect((await withdraw(hubAdmin)).status).toBe(204);
    expect((await withdraw(hubAdmin)).status).toBe(409);
    expect((await members(analyst)).map((m) => m.status)).toEqual(['withdrawn']);
    expect((await myHubs(orgAdmin)).memberships).toEqual([]);
    const tasks = await json<{ tasks: Array<{ kind: string }> }>(await orgAdmin.request('GET', '/api/v1/me/tasks'));
    expect(tasks.tasks.filter((t) => t.kind === 'hub-invitation')).toEqual([]);
    expect((await orgAdmin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(409);
    expect((await database.db.select().from(hubConsents).where(eq(hubConsents.hubId, hubId))).length).toBe(consentsBefore);
    for (const tenant of [hubId, orgId]) expect((await trail(tenant)).filter((e) => e.type === 'hub.invitation-withdrawn')).toHaveLength(1);
    // invited again: it is the organisation's to answer once more
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId })).status).toBe(201);
    expect((await myHubs(orgAdmin)).memberships[0]).toMatchObject({ hubId, status: 'invited' });
  });
});

describe('hub settings and people', () => {
  it('start at 3 organisations and groups of 5; a value below 3 is refused naming its field, and nothing changes', async () => {
    expect((await json<{ settings: unknown }>(await analyst.request('GET', '/api/v1/hub'))).settings).toEqual({ minOrganisations: 3, minGroupSize: 5 });
    const bad = await hubAdmin.request('PATCH', '/api/v1/hub/settings', { minOrganisations: 4, minGroupSize: 2 });
    expect(bad.status).toBe(400);
    expect((await json<{ errors: Array<{ field: string }> }>(bad)).errors.map((e) => e.field)).toEqual(['minGroupSize']);
    expect((await json<{ settings: unknown }>(await analyst.request('GET', '/api/v1/hub'))).settings).toEqual({ minOrganisations: 3, minGroupSize: 5 });
    expect((await hubAdmin.request('PATCH', '/api/v1/hub/settings', { minOrganisations: 2 })).status).toBe(400);
    expect((await analyst.request('PATCH', '/api/v1/hub/settings', { minOrganisations: 4 })).status).toBe(403);
    const good = await hubAdmin.request('PATCH', '/api/v1/hub/settings', { minOrganisations: 4 });
    expect((await json<{ settings: unknown }>(good)).settings).toEqual({ minOrganisations: 4, minGroupSize: 5 });
  });

  it('a hub admin adds an analyst, who is sent an invitation link; an analyst cannot add anyone', async () => {
    expect((await analyst.request('POST', '/api/v1/hub/people', { name: 'Nope', email: 'nope@example.org', roles: ['hub_admin'] })).status).toBe(403);
    expect((await hubAdmin.request('POST', '/api/v1/hub/people', { name: 'Org Role', email: 'org-role@example.org', roles: ['org_admin'] })).status).toBe(400);
    const added = await hubAdmin.request('POST', '/api/v1/hub/people', { name: 'Nia Newanalyst', email: 'nia@example.org', roles: ['hub_analyst'] });
    expect(added.status).toBe(201);
    const people = await json<{ people: Array<{ name: string; roles: string[]; invited: boolean }> }>(await analyst.request('GET', '/api/v1/hub/people'));
    expect(people.people.find((p) => p.name === 'Nia Newanalyst')).toMatchObject({ roles: ['hub_analyst'], invited: true });
    const invitation = mailer.sent.find((m) => m.to === 'nia@example.org');
    expect(invitation?.text).toContain('/accept-invitation#');
  });
});

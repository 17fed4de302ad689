import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import { auditEvents } from '../../platform/audit/schema.js';
import type { Database } from '../../platform/db/client.js';
import { anonymous, buildHub, buildOrg, buildPerson, buildTestApp, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { CONSENT_STATEMENT_VERSION } from '../hub/model.js';
import { collaborativeContributions } from './schema.js';

/**
 * Editing a collaborative's description and timeline through the real routes: who may (a hub
 * admin; an analyst is told no, an organisation and a stranger find nothing), bad input names its
 * field and changes nothing, and a timepoint with shared figures stays.
 */

type Read = { name: string; purpose: string; phases: Array<{ id: string; name: string; startsOn: string; endsOn: string }>; timepoints: Array<{ id: string; slot: string; label: string; dueOn: string; kinds: string[] }> };

let database: Database;
let app: TestApp;
let hubId: string;
let hubAdmin: Client;
let analyst: Client;
let orgAdmin: Client;
let orgId: string;
let id: string;
let phaseId: string;
const json = async <T>(response: Response) => (await response.json()) as T;
const read = async () => json<Read>(await hubAdmin.request('GET', `/api/v1/hub/collaboratives/${id}`));
const fields = async (response: Response) => ((await response.json()) as { errors?: Array<{ field: string }> }).errors?.map((e) => e.field);

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = buildTestApp(database));
  await installPack(database.db, minimalAssessmentPack());
  hubId = await buildHub(database, 'Fernside Region Hub');
  hubAdmin = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_admin'] })).email);
  analyst = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_analyst'] })).email);
  orgId = await buildOrg(database, 'Elm Court');
  orgAdmin = await signIn(app, (await buildPerson(database, orgId, { roles: ['org_admin'] })).email);
  expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId })).status).toBe(201);
  expect((await orgAdmin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(200);
  const created = await hubAdmin.request('POST', '/api/v1/hub/collaboratives', { name: 'Steady Ground', purpose: 'Calmer shifts', startsOn: '2026-03-02', packId: 'test.assessment' });
  id = (await json<{ id: string }>(created)).id;
  const phase = await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${id}/phases`, { name: 'Preparing', startsOn: '2026-03-02', endsOn: '2026-05-31' });
  phaseId = (await json<{ id: string }>(phase)).id;
}, 120_000);
afterAll(() => database.close());

describe('who may edit a collaborative', () => {
  it('an analyst is told no (403), an organisation finds nothing (404), a stranger must sign in (401), and nothing changes', async () => {
    const before = await read();
    const tp = before.timepoints[0]!.id;
    const attempts: Array<[string, string, unknown?]> = [
      ['PATCH', `/api/v1/hub/collaboratives/${id}`, { name: 'Taken over' }],
      ['PATCH', `/api/v1/hub/collaborative-phases/${phaseId}`, { name: 'Taken over' }],
      ['DELETE', `/api/v1/hub/collaborative-phases/${phaseId}`],
      ['POST', `/api/v1/hub/collaboratives/${id}/timepoints`, { label: 'Extra', dueOn: '2026-09-01' }],
      ['DELETE', `/api/v1/hub/collaborative-timepoints/${tp}`],
    ];
    for (const [method, path, body] of attempts) {
      expect((await analyst.request(method, path, body)).status, `${method} ${path}`).toBe(403);
      expect((await orgAdmin.request(method, path, body)).status, `${method} ${path}`).toBe(404);
      expect((await anonymous(app).request(method, path, body)).status, `${method} ${path}`).toBe(401);
    }
    expect(await read()).toEqual(before);
  });

  it('another hub finds nothing (404)', async () => {
    const otherHub = await buildHub(database, 'Distant Hub');
    const other = await signIn(app, (await buildPerson(database, otherHub, { roles: ['hub_admin'] })).email);
    expect((await other.request('PATCH', `/api/v1/hub/collaboratives/${id}`, { name: 'Mine now' })).status).toBe(404);
    expect((await other.request('DELETE', `/api/v1/hub/collaborative-phases/${phaseId}`)).status).toBe(404);
  });
});

describe('a hub admin edits the description and the timeline', () => {
  it('changes the name and purpose, and audits it', async () => {
    expect((await hubAdmin.request('PATCH', `/api/v1/hub/collaboratives/${id}`, { name: 'Steady Ground 2026', purpose: 'Calmer night shifts' })).status).toBe(204);
    expect(await read()).toMatchObject({ name: 'Steady Ground 2026', purpose: 'Calmer night shifts' });
    const events = await database.db.select().from(auditEvents).where(and(eq(auditEvents.orgId, hubId), eq(auditEvents.type, 'collaborative.changed')));
    expect(events.map((e) => (e.data as { step: string }).step)).toContain('described');
  });

  it('bad input names its field and changes nothing', async () => {
    const before = await read();
    expect(await fields(await hubAdmin.request('PATCH', `/api/v1/hub/collaboratives/${id}`, { name: '   ' }))).toEqual(['name']);
    expect(await fields(await hubAdmin.request('PATCH', `/api/v1/hub/collaboratives/${id}`, { purpose: 'x'.repeat(2001) }))).toEqual(['purpose']);
    expect(await fields(await hubAdmin.request('PATCH', `/api/v1/hub/collaborative-phases/${phaseId}`, { endsOn: '2026-01-01' }))).toEqual(['endsOn']);
    expect(await fields(await hubAdmin.request('PATCH', `/api/v1/hub/collaborative-phases/${phaseId}`, { startsOn: 'soon' }))).toEqual(['startsOn']);
    expect(await fields(await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${id}/timepoints`, { label: '', dueOn: '2026-13-01' }))).toEqual(['label', 'dueOn']);
    expect(await fields(await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${id}/timepoints`, { label: 'Extra', dueOn: '2026-09-01', kinds: ['gossip'] }))).toEqual(['kinds.0']);
    expect(await fields(await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${id}/timepoints`, { label: 'Extra', dueOn: '2026-09-01', packId: 'no.such' }))).toEqual(['packId']);
    expect(await read()).toEqual(before);
  });

  it('changes and removes a phase', async () => {
    expect((await hubAdmin.request('PATCH', `/api/v1/hub/collaborative-phases/${phaseId}`, { name: 'Getting ready', endsOn: '2026-06-30' })).status).toBe(204);
    expect((await read()).phases).toEqual([{ id: phaseId, name: 'Getting ready', startsOn: '2026-03-02', endsOn: '2026-06-30' }]);
    expect((await hubAdmin.request('DELETE', `/api/v1/hub/collaborative-phases/${phaseId}`)).status).toBe(204);
    expect((await read()).phases).toEqual([]);
    expect((await hubAdmin.request('DELETE', `/api/v1/hub/collaborative-phases/${phaseId}`)).status).toBe(404);
  });

  it('adds a timepoint of its own (slot = its id) and removes one without figures', async () => {
    const added = await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${id}/timepoints`, { label: 'Mid-point', dueOn: '2026-09-01', packId: 'test.assessment' });
    expect(added.status).toBe(201);
    const tp = (await json<{ id: string }>(added)).id;
    expect((await read()).timepoints.find((t) => t.id === tp)).toMatchObject({ slot: tp, label: 'Mid-point', dueOn: '2026-09-01', kinds: ['staff-survey'] });
    expect((await hubAdmin.request('DELETE', `/api/v1/hub/collaborative-timepoints/${tp}`)).status).toBe(204);
    expect((await read()).timepoints.some((t) => t.id === tp)).toBe(false);
  });

  it('refuses to remove a timepoint organisations shared figures for (409) and keeps it', async () => {
    const baseline = (await read()).timepoints.find((t) => t.slot === 'baseline')!;
    await database.db.insert(collaborativeContributions).values({ hubId, orgId, timepointId: baseline.id, measure: 'safety', cell: 'all', slot: 'baseline', n: 10, sum: 35, people: 5 });
    const refused = await hubAdmin.request('DELETE', `/api/v1/hub/collaborative-timepoints/${baseline.id}`);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { title: string }).title).toMatch(/already shared figures/);
    expect((await read()).timepoints.some((t) => t.id === baseline.id)).toBe(true);
  });
});

describe('taking a member organisation out (last: it uses the figures shared above)', () => {
  const members = async () => (await json<{ members: Array<{ orgId: string }> }>(await hubAdmin.request('GET', `/api/v1/hub/collaboratives/${id}`))).members.map((m) => m.orgId);
  const path = () => `/api/v1/hub/collaboratives/${id}/members/${orgId}`;

  it('an analyst is told no (403), the organisation finds nothing (404), a stranger must sign in (401); it stays', async () => {
    expect((await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${id}/members`, { orgId })).status).toBe(201);
    expect((await analyst.request('DELETE', path())).status).toBe(403);
    expect((await orgAdmin.request('DELETE', path())).status).toBe(404);
    expect((await anonymous(app).request('DELETE', path())).status).toBe(401);
    expect(await members()).toEqual([orgId]);
  });

  it('one that shared figures stays (409 naming orgId): its figures are among what the gate already released', async () => {
    const refused = await hubAdmin.request('DELETE', path());
    expect(refused.status).toBe(409);
    expect(await fields(refused)).toEqual(['orgId']);
    expect(await members()).toEqual([orgId]);
  });

  it('one that shared nothing is taken out with the surveys it linked, audited; a second time finds nothing (404)', async () => {
    await database.db.delete(collaborativeContributions).where(and(eq(collaborativeContributions.hubId, hubId), eq(collaborativeContributions.orgId, orgId)));
    expect((await hubAdmin.request('DELETE', path())).status).toBe(204);
    expect(await members()).toEqual([]);
    const trail = await database.db.select().from(auditEvents).where(eq(auditEvents.orgId, hubId));
    expect(trail.some((e) => e.type === 'collaborative.changed' && (e.data as { step: string; orgId?: string }).step === 'member-removed' && (e.data as { orgId?: string }).orgId === orgId)).toBe(true);
    expect((await hubAdmin.request('DELETE', path())).status).toBe(404);
    // it can be added again
    expect((await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${id}/members`, { orgId })).status).toBe(201);
  });
});

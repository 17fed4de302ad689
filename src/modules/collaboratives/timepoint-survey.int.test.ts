import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import { buildHub, buildOrg, buildPerson, buildTestApp, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { assessmentCycles } from '../assessments/schema.js';
import { CONSENT_STATEMENT_VERSION } from '../hub/model.js';
import { collaborativeRuns } from './schema.js';

/**
 * An organisation's admin opens the staff survey a timepoint asks for, and links it, in one step
 * from the collaborative's page: the timepoint's pack, the whole organisation, the admin's title
 * and days. Refused (changing nothing) when the input is bad, the timepoint has a survey, asks
 * for none or names no pack; not found for anyone the collaborative is not theirs to run.
 */

let database: Database;
let app: TestApp;
let hubId: string;
let hubAdmin: Client;
let analyst: Client;
let admin: Client;
let worker: Client;
let orgId: string;
let outsiderAdmin: Client;
let timepoints: Array<{ id: string; slot: string }>;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const json = async <T>(response: Response) => (await response.json()) as T;
const idOf = (slot: string) => timepoints.find((t) => t.slot === slot)!.id;
const open = (client: Client, timepointId: string, body: unknown, hub = hubId) => client.request('POST', `/api/v1/org/hubs/${hub}/collaborative/timepoints/${timepointId}/new-survey`, body);
const good = () => ({ title: 'Calm Spaces baseline survey', opensOn: day(0), closesOn: day(14) });
const cyclesOfOrg = async () => database.db.select().from(assessmentCycles).where(eq(assessmentCycles.orgId, orgId));

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = buildTestApp(database));
  await installPack(database.db, minimalAssessmentPack());
  hubId = await buildHub(database, 'Fenland Region Hub');
  hubAdmin = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_admin'] })).email);
  analyst = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_analyst'] })).email);
  orgId = await buildOrg(database, 'Hazel Court');
  admin = await signIn(app, (await buildPerson(database, orgId, { roles: ['org_admin'] })).email);
  worker = await signIn(app, (await buildPerson(database, orgId, { roles: ['worker'] })).email);
  for (let k = 0; k < 3; k++) await buildPerson(database, orgId, { roles: ['worker'] });
  const outsider = await buildOrg(database, 'Rowan Yard');
  outsiderAdmin = await signIn(app, (await buildPerson(database, outsider, { roles: ['org_admin'] })).email);
  for (const [id, client] of [
    [orgId, admin],
    [outsider, outsiderAdmin],
  ] as const) {
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId: id })).status).toBe(201);
    expect((await client.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(200);
  }
  const created = await json<{ id: string }>(await hubAdmin.request('POST', '/api/v1/hub/collaboratives', { name: 'Calm Spaces', startsOn: day(5), packId: 'test.assessment' }));
  expect((await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${created.id}/members`, { orgId })).status).toBe(201);
  timepoints = (await json<{ timepoints: Array<{ id: string; slot: string }> }>(await hubAdmin.request('GET', `/api/v1/hub/collaboratives/${created.id}`))).timepoints;
}, 180_000);
afterAll(() => database.close());

describe('opening the survey a timepoint asks for', () => {
  it('refuses bad input naming the field, and opens nothing', async () => {
    const cases: Array<[unknown, string]> = [
      [{ ...good(), closesOn: day(-3) }, 'closesOn'],
      [{ ...good(), title: '   ' }, 'title'],
      [{ ...good(), opensOn: 'next week' }, 'opensOn'],
      [{ ...good(), unitId: null }, ''],
    ];
    for (const [body, field] of cases) {
      const response = await open(admin, idOf('baseline'), body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      if (field) expect(JSON.stringify(await response.json())).toContain(`"${field}"`);
    }
    expect(await cyclesOfOrg()).toEqual([]);
  });

  it("opens a whole-organisation staff survey of the timepoint's pack and links it; the page and the hub see it", async () => {
    const response = await open(admin, idOf('baseline'), good());
    expect(response.status, await response.clone().text()).toBe(201);
    const { cycleId } = await json<{ cycleId: string }>(response);
    const [cycle] = await cyclesOfOrg();
    expect(cycle).toMatchObject({ id: cycleId, packId: 'test.assessment', mode: 'staff-survey', unitId: null, title: 'Calm Spaces baseline survey', opensOn: day(0), closesOn: day(14) });
    const mine = await json<{ timepoints: Array<{ id: string; cycleId: string | null }> }>(await admin.request('GET', `/api/v1/org/hubs/${hubId}/collaborative`));
    expect(mine.timepoints.find((t) => t.id === idOf('baseline'))!.cycleId).toBe(cycleId);
    // a worker of the organisation is asked, as in any survey
    expect((await worker.request('POST', `/api/v1/assessments/cycles/${cycleId}/survey`, { answers: { 'safety.1': 4 } })).status).toBe(201);
    const runs = await database.db.select().from(collaborativeRuns).where(and(eq(collaborativeRuns.hubId, hubId), eq(collaborativeRuns.orgId, orgId)));
    expect(runs.map((r) => [r.timepointId, r.cycleId, r.kind])).toEqual([[idOf('baseline'), cycleId, 'staff-survey']]);
  });

  it('a timepoint with a survey already, one asking for none, or one naming no pack is refused (409), opening nothing', async () => {
    expect((await open(admin, idOf('baseline'), good())).status).toBe(409);
    expect((await hubAdmin.request('PATCH', `/api/v1/hub/collaborative-timepoints/${idOf('endline')}`, { kinds: ['audit'] })).status).toBe(204);
    expect((await open(admin, idOf('endline'), good())).status).toBe(409);
    expect((await hubAdmin.request('PATCH', `/api/v1/hub/collaborative-timepoints/${idOf('month-6')}`, { packId: null })).status).toBe(204);
    expect((await open(admin, idOf('month-6'), good())).status).toBe(409);
    expect(await cyclesOfOrg()).toHaveLength(1);
  });

  it('is refused to a worker (403), and not found for the hub or an organisation outside the collaborative', async () => {
    expect((await open(worker, idOf('month-12'), good())).status).toBe(403);
    expect((await open(analyst, idOf('month-12'), good())).status).toBe(404);
    expect((await open(hubAdmin, idOf('month-12'), good())).status).toBe(404);
    expect((await open(outsiderAdmin, idOf('month-12'), good())).status).toBe(404);
    expect((await open(admin, idOf('month-12'), good(), '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(await cyclesOfOrg()).toHaveLength(1);
  });
});

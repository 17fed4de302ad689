import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import { buildHub, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { assessmentCycles } from '../assessments/schema.js';
import { CONSENT_STATEMENT_VERSION } from '../hub/model.js';

/**
 * Completion per team through the real routes: organisation A has three teams (North, South and
 * a small one, Tiny) and B one; the hub's minimum is 5. What the analyst sees, that the hidden
 * teams cannot be worked out from A's total, and that nothing comes from B once it revokes.
 */

type Team = { unitName: string | null; shown: boolean; asked?: number; answered?: number; reason?: string };
type Completion = { orgId: string; kind: string; asked: { shown: boolean; value?: number }; answered: { shown: boolean; value?: number }; teams: Team[] };

let database: Database;
let app: TestApp;
let hubId: string;
let analyst: Client;
let collaborativeId: string;
const org: Record<'A' | 'B', { id: string; admin: Client; teams: Record<string, Client[]> }> = {} as never;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const json = async <T>(response: Response) => (await response.json()) as T;
const completionOf = async (key: 'A' | 'B') =>
  (await json<{ completion: Completion[] }>(await analyst.request('GET', `/api/v1/hub/collaboratives/${collaborativeId}`))).completion.filter((c) => c.orgId === org[key].id);

/** An organisation whose admin sits in the first team and whose teams have the given numbers of workers. */
async function buildMember(name: string, sizes: Record<string, number>) {
  const id = await buildOrg(database, name);
  const teams: Record<string, Client[]> = {};
  let admin: Client | undefined;
  for (const [unitName, size] of Object.entries(sizes)) {
    const unitId = await buildUnit(database, id, { name: unitName });
    admin ??= await signIn(app, (await buildPerson(database, id, { roles: ['org_admin'], unitId })).email);
    teams[unitName] = [];
    for (let k = 0; k < size; k++) teams[unitName].push(await signIn(app, (await buildPerson(database, id, { roles: ['worker'], unitId })).email));
  }
  return { id, admin: admin!, teams };
}

/** Opens a whole-organisation survey, has the given number of each team's workers answer, closes it and links it to the baseline. */
async function runAndLink(key: 'A' | 'B', answering: Record<string, number>, timepointId: string) {
  const { admin, teams } = org[key];
  const opened = await admin.request('POST', '/api/v1/assessments/cycles', { packId: 'test.assessment', title: 'Staff survey', unitId: null, mode: 'staff-survey', opensOn: day(-1), closesOn: day(14), contributorIds: [] });
  expect(opened.status, await opened.clone().text()).toBe(201);
  const cycleId = (await json<{ id: string }>(opened)).id;
  for (const [unitName, count] of Object.entries(answering)) {
    for (const worker of teams[unitName]!.slice(0, count)) expect((await worker.request('POST', `/api/v1/assessments/cycles/${cycleId}/survey`, { answers: { 'safety.1': 4 } })).status).toBe(201);
  }
  await database.db.update(assessmentCycles).set({ status: 'closed' }).where(and(eq(assessmentCycles.orgId, org[key].id), eq(assessmentCycles.id, cycleId)));
  expect((await admin.request('POST', `/api/v1/org/hubs/${hubId}/collaborative/timepoints/${timepointId}/survey`, { cycleId })).status).toBe(200);
}

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = buildTestApp(database));
  await installPack(database.db, minimalAssessmentPack());
  hubId = await buildHub(database, 'Fernbank Hub');
  const hubAdmin = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_admin'] })).email);
  analyst = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_analyst'] })).email);
  // with its admin, South has 8 people asked
  org.A = await buildMember('Hollin Care', { South: 7, North: 6, Tiny: 3 });
  org.B = await buildMember('Rowan Homes', { East: 6 });
  const created = await hubAdmin.request('POST', '/api/v1/hub/collaboratives', { name: 'Steady Teams', startsOn: '2026-01-05', packId: 'test.assessment' });
  collaborativeId = (await json<{ id: string }>(created)).id;
  for (const key of ['A', 'B'] as const) {
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId: org[key].id })).status).toBe(201);
    expect((await org[key].admin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(200);
    expect((await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${collaborativeId}/members`, { orgId: org[key].id })).status).toBe(201);
  }
  const read = await json<{ timepoints: Array<{ id: string; slot: string }> }>(await analyst.request('GET', `/api/v1/hub/collaboratives/${collaborativeId}`));
  const baseline = read.timepoints.find((t) => t.slot === 'baseline')!.id;
  await runAndLink('A', { South: 6, North: 5, Tiny: 2 }, baseline);
  await runAndLink('B', { East: 5 }, baseline);
}, 180_000);
afterAll(() => database.close());

describe('completion per team', () => {
  it('the analyst sees each team by name; a small team and the next smallest are hidden, so neither follows from the total', async () => {
    const [a] = await completionOf('A');
    expect(a).toMatchObject({ kind: 'staff-survey', asked: { shown: true, value: 17 }, answered: { shown: true, value: 13 } });
    expect(a!.teams).toEqual([
      { unitName: 'North', shown: false, reason: 'protects-another' },
      { unitName: 'South', shown: true, asked: 8, answered: 6 },
      { unitName: 'Tiny', shown: false, reason: 'under-minimum' },
    ]);
    // the total minus the shown team gives only the two hidden ones together: 7 answers, not one team's
    const shownAnswered = a!.teams.reduce((s, t) => s + (t.answered ?? 0), 0);
    expect(a!.answered.value! - shownAnswered).toBe(7);
    // counts and names only: nothing about a person
    for (const team of a!.teams) expect(Object.keys(team).every((k) => ['unitName', 'shown', 'asked', 'answered', 'reason'].includes(k))).toBe(true);
  });

  it('a member with one team of five answers shows it; once it revokes, no counts and no teams of it are read', async () => {
    const [b] = await completionOf('B');
    expect(b!.teams).toEqual([{ unitName: 'East', shown: true, asked: 7, answered: 5 }]);
    expect((await org.B.admin.request('POST', `/api/v1/org/hubs/${hubId}/revoke`)).status).toBe(200);
    expect(await completionOf('B')).toEqual([]);
  });

  it('an organisation session finds no hub route (404)', async () => {
    expect((await org.A.admin.request('GET', `/api/v1/hub/collaboratives/${collaborativeId}`)).status).toBe(404);
  });
});

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import { buildHub, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { assessmentCycles } from '../assessments/schema.js';
import { CONSENT_STATEMENT_VERSION } from '../hub/model.js';
import { collaborativeContributions, hubFigureReleases } from './schema.js';

/**
 * The wiring of collaboratives through the real routes: a hub, four organisations (A–D) that
 * consent and each run a whole-organisation staff survey of five answers; the gate's own
 * properties are tested in platform/privacy. Here: what reaches the hub, what is logged, and the
 * attacker's moves (the analyst at an organisation's results, a revoked organisation, two
 * organisations' figure).
 */

type Figure = { shown: true; mean: number; n: number; organisations: number; changeSinceBaseline: number | null } | { shown: false; reason: string; why: string };
type Row = { slot: string; measure: string; own?: Figure; collaborative: Figure; hub: Figure };

let database: Database;
let app: TestApp;
let hubId: string;
let hubAdmin: Client;
let analyst: Client;
const orgs: Array<{ id: string; admin: Client; workers: Client[] }> = [];
let collaborativeId: string;
let timepoints: Array<{ id: string; slot: string }>;
const cycles = new Map<string, string>();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const json = async <T>(response: Response) => (await response.json()) as T;
const baseline = () => timepoints.find((t) => t.slot === 'baseline')!.id;
const hubRows = async () => (await json<{ rows: Row[] }>(await analyst.request('GET', `/api/v1/hub/collaboratives/${collaborativeId}/benchmarks`))).rows;
const logged = () => database.db.select().from(hubFigureReleases).where(eq(hubFigureReleases.hubId, hubId));

/** Opens a whole-organisation survey in org i, has its five workers answer safety.1 with the ratings given, and closes it. */
async function runSurvey(i: number, ratings: number[]) {
  const org = orgs[i]!;
  const opened = await org.admin.request('POST', '/api/v1/assessments/cycles', { packId: 'test.assessment', title: 'Staff survey', unitId: null, mode: 'staff-survey', opensOn: day(-1), closesOn: day(14), contributorIds: [] });
  expect(opened.status, await opened.clone().text()).toBe(201);
  const cycleId = (await json<{ id: string }>(opened)).id;
  for (const [k, rating] of ratings.entries()) {
    expect((await org.workers[k]!.request('POST', `/api/v1/assessments/cycles/${cycleId}/survey`, { answers: { 'safety.1': rating } })).status).toBe(201);
  }
  await database.db.update(assessmentCycles).set({ status: 'closed' }).where(and(eq(assessmentCycles.orgId, org.id), eq(assessmentCycles.id, cycleId)));
  return cycleId;
}

const link = (i: number, timepointId: string, cycleId: string) => orgs[i]!.admin.request('POST', `/api/v1/org/hubs/${hubId}/collaborative/timepoints/${timepointId}/survey`, { cycleId });

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = buildTestApp(database));
  await installPack(database.db, minimalAssessmentPack());
  hubId = await buildHub(database, 'Lakeside Region Hub');
  hubAdmin = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_admin'] })).email);
  analyst = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_analyst'] })).email);
  for (const name of ['Alder House', 'Birch Centre', 'Cedar Lodge', 'Damson Home']) {
    const id = await buildOrg(database, name);
    const admin = await signIn(app, (await buildPerson(database, id, { roles: ['org_admin'] })).email);
    const workers = [];
    for (let k = 0; k < 5; k++) workers.push(await signIn(app, (await buildPerson(database, id, { roles: ['worker'] })).email));
    orgs.push({ id, admin, workers });
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId: id })).status).toBe(201);
  }
  // D is invited but has not consented yet
  for (const org of orgs.slice(0, 3)) expect((await org.admin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(200);
}, 180_000);
afterAll(() => database.close());

describe('a hub runs a collaborative', () => {
  it('an admin creates one with the default timepoints of an installed pack; an analyst may not (403), an unknown pack is refused (422)', async () => {
    expect((await hubAdmin.request('POST', '/api/v1/hub/collaboratives', { name: 'Calm Spaces', startsOn: '2026-01-05', packId: 'no.such-pack' })).status).toBe(422);
    expect((await analyst.request('POST', '/api/v1/hub/collaboratives', { name: 'Calm Spaces', startsOn: '2026-01-05', packId: 'test.assessment' })).status).toBe(403);
    const created = await hubAdmin.request('POST', '/api/v1/hub/collaboratives', { name: 'Calm Spaces', purpose: 'Safer rooms', startsOn: '2026-01-05', packId: 'test.assessment' });
    expect(created.status).toBe(201);
    collaborativeId = (await json<{ id: string }>(created)).id;
    const read = await json<{ timepoints: Array<{ id: string; slot: string; dueOn: string; kinds: string[] }> }>(await analyst.request('GET', `/api/v1/hub/collaboratives/${collaborativeId}`));
    timepoints = read.timepoints;
    expect(read.timepoints.map((t) => [t.slot, t.dueOn, t.kinds])).toEqual([
      ['baseline', '2026-01-05', ['staff-survey']],
      ['endline', '2027-01-05', ['staff-survey']],
      ['month-6', '2027-07-07', ['staff-survey']],
      ['month-12', '2028-01-05', ['staff-survey']],
    ]);
  });

  it('adds only organisations whose consent is in force (409 otherwise), edits a timepoint and the timeline', async () => {
    for (const org of orgs.slice(0, 3)) expect((await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${collaborativeId}/members`, { orgId: org.id })).status).toBe(201);
    expect((await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${collaborativeId}/members`, { orgId: orgs[3]!.id })).status).toBe(409);
    expect((await hubAdmin.request('PATCH', `/api/v1/hub/collaborative-timepoints/${baseline()}`, { label: 'Starting point', dueOn: '2026-02-01' })).status).toBe(204);
    expect((await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${collaborativeId}/phases`, { name: 'Learning', startsOn: '2026-02-01', endsOn: '2026-01-01' })).status).toBe(400);
    expect((await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${collaborativeId}/phases`, { name: 'Learning', startsOn: '2026-02-01', endsOn: '2026-12-01' })).status).toBe(201);
    const read = await json<{ phases: Array<{ name: string }>; timepoints: Array<{ id: string; label: string }>; members: Array<{ orgId: string }> }>(await hubAdmin.request('GET', `/api/v1/hub/collaboratives/${collaborativeId}`));
    expect(read.phases.map((p) => p.name)).toEqual(['Learning']);
    expect(read.timepoints.find((t) => t.id === baseline())!.label).toBe('Starting point');
    expect(read.members).toHaveLength(3);
  });

  it('keeps each kind to its own routes: an organisation finds no hub route, a hub no organisation route (404)', async () => {
    expect((await orgs[0]!.admin.request('GET', `/api/v1/hub/collaboratives/${collaborativeId}`)).status).toBe(404);
    expect((await analyst.request('GET', `/api/v1/org/hubs/${hubId}/collaborative`)).status).toBe(404);
    // another organisation not in it (D, not consented) finds no collaborative
    expect((await orgs[3]!.admin.request('GET', `/api/v1/org/hubs/${hubId}/collaborative`)).status).toBe(404);
  });
});

describe('organisations contribute released figures', () => {
  it('linking a closed survey gives the hub its shown whole-organisation figure (n, sum) and nothing else', async () => {
    cycles.set('A', await runSurvey(0, [1, 2, 3, 4, 5]));
    cycles.set('B', await runSurvey(1, [2, 2, 2, 2, 2]));
    // another organisation's survey is not found; a unit-less pack mismatch is not tested here
    expect((await link(0, baseline(), cycles.get('B')!)).status).toBe(404);
    expect(await json(await link(0, baseline(), cycles.get('A')!))).toEqual({ contributed: 1 });
    expect((await link(0, baseline(), cycles.get('A')!)).status).toBe(409);
    expect(await json(await link(1, baseline(), cycles.get('B')!))).toEqual({ contributed: 1 });
    const stored = await database.db.select().from(collaborativeContributions).where(eq(collaborativeContributions.orgId, orgs[0]!.id));
    // five people gave one rating each: the hub's minimum is checked against the people
    expect(stored.map((c) => ({ measure: c.measure, cell: c.cell, n: c.n, sum: c.sum, people: c.people, slot: c.slot }))).toEqual([{ measure: 'safety', cell: 'all', n: 5, sum: 15, people: 5, slot: 'baseline' }]);
  });

  it('shows the hub completion as counts, and a two-organisation figure hidden with its reason (nothing logged)', async () => {
    const read = await json<{ completion: Array<{ orgId: string; asked: unknown; answered: unknown; contributed: boolean }> }>(await analyst.request('GET', `/api/v1/hub/collaboratives/${collaborativeId}`));
    const a = read.completion.find((c) => c.orgId === orgs[0]!.id)!;
    expect(a).toMatchObject({ asked: { shown: true, value: 6 }, answered: { shown: true, value: 5 }, contributed: true });
    const row = (await hubRows()).find((r) => r.slot === 'baseline')!;
    expect(row.collaborative).toMatchObject({ shown: false, reason: 'too-few-organisations' });
    expect((row.collaborative as { why: string }).why).toMatch(/fewer organisations/);
    expect(await logged()).toEqual([]);
  });

  it('with a third organisation the pool is shown, logged with the organisations it pooled, and each organisation sees its own figure beside it', async () => {
    cycles.set('C', await runSurvey(2, [3, 3, 4, 4, 4]));
    expect(await json(await link(2, baseline(), cycles.get('C')!))).toEqual({ contributed: 1 });
    const row = (await hubRows()).find((r) => r.slot === 'baseline')!;
    expect(row.collaborative).toEqual({ shown: true, mean: 2.87, n: 15, organisations: 3, changeSinceBaseline: null });
    expect(row.own).toBeUndefined();
    const log = await logged();
    expect(new Set(log.map((l) => JSON.stringify([l.timepoint, l.measure, l.cell, l.orgIds])))).toEqual(
      new Set([JSON.stringify(['baseline', 'safety', 'all', orgs.slice(0, 3).map((o) => o.id).sort()])]),
    );
    const mine = await json<{ rows: Row[] }>(await orgs[0]!.admin.request('GET', `/api/v1/org/hubs/${hubId}/collaborative/benchmarks`));
    expect(mine.rows.find((r) => r.slot === 'baseline')!.own).toEqual({ shown: true, mean: 3, n: 5, organisations: 1, changeSinceBaseline: null });
  });

  it('a survey linked while open contributes when its results are first read after closing, and not while consent is withdrawn', async () => {
    const endline = timepoints.find((t) => t.slot === 'endline')!.id;
    const opened = await orgs[1]!.admin.request('POST', '/api/v1/assessments/cycles', { packId: 'test.assessment', title: 'Endline', unitId: null, mode: 'staff-survey', opensOn: day(-1), closesOn: day(14), contributorIds: [] });
    const cycleId = (await json<{ id: string }>(opened)).id;
    expect(await json(await link(1, endline, cycleId))).toEqual({ contributed: 0 });
    for (const w of orgs[1]!.workers) expect((await w.request('POST', `/api/v1/assessments/cycles/${cycleId}/survey`, { answers: { 'safety.1': 4 } })).status).toBe(201);
    await database.db.update(assessmentCycles).set({ status: 'closed' }).where(and(eq(assessmentCycles.orgId, orgs[1]!.id), eq(assessmentCycles.id, cycleId)));
    const endlineOf = async () =>
      (await database.db.select().from(collaborativeContributions).where(and(eq(collaborativeContributions.orgId, orgs[1]!.id), eq(collaborativeContributions.slot, 'endline')))).map((c) => [c.n, c.sum]);
    // consent withdrawn: reading the results gives the hub nothing
    expect((await orgs[1]!.admin.request('POST', `/api/v1/org/hubs/${hubId}/revoke`)).status).toBe(200);
    expect((await orgs[1]!.admin.request('GET', `/api/v1/assessments/cycles/${cycleId}/survey-results`)).status).toBe(200);
    expect(await endlineOf()).toEqual([]);
    // consent again (a new invitation): the next reading contributes, once
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId: orgs[1]!.id })).status).toBe(201);
    expect((await orgs[1]!.admin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(200);
    for (let k = 0; k < 2; k++) expect((await orgs[1]!.admin.request('GET', `/api/v1/assessments/cycles/${cycleId}/survey-results`)).status).toBe(200);
    expect(await endlineOf()).toEqual([[5, 20]]);
  });

  it("tells an organisation's admins on Home of a timepoint due within a month with no survey linked, and nobody else", async () => {
    const endline = timepoints.find((t) => t.slot === 'endline')!;
    const month6 = timepoints.find((t) => t.slot === 'month-6')!;
    expect((await hubAdmin.request('PATCH', `/api/v1/hub/collaborative-timepoints/${endline.id}`, { dueOn: day(10) })).status).toBe(204);
    expect((await hubAdmin.request('PATCH', `/api/v1/hub/collaborative-timepoints/${month6.id}`, { dueOn: day(60) })).status).toBe(204);
    const tasksOf = async (client: Client) => (await json<{ tasks: Array<{ kind: string; subject: string | null; dueOn: string | null }> }>(await client.request('GET', '/api/v1/me/tasks'))).tasks.filter((t) => t.kind === 'collaborative-timepoint-due');
    // A linked its baseline already; only the endline is due soon
    expect(await tasksOf(orgs[0]!.admin)).toEqual([expect.objectContaining({ subject: 'Calm Spaces: Endline', dueOn: day(10) })]);
    expect(await tasksOf(orgs[0]!.workers[0]!)).toEqual([]);
    // D has not consented: nothing
    expect(await tasksOf(orgs[3]!.admin)).toEqual([]);
  });

  it("refuses to link a unit's survey or another pack's (409), and another hub finds none of this hub's collaborative (404)", async () => {
    const endline = timepoints.find((t) => t.slot === 'endline')!.id;
    const unitId = await buildUnit(database, orgs[0]!.id, { name: 'Small Team' });
    const open = async (body: Record<string, unknown>) =>
      (await json<{ id: string }>(await orgs[0]!.admin.request('POST', '/api/v1/assessments/cycles', { packId: 'test.assessment', title: 'S', unitId: null, mode: 'staff-survey', opensOn: day(-1), closesOn: day(14), contributorIds: [], ...body }))).id;
    expect((await link(0, endline, await open({ unitId }))).status).toBe(409);
    await installPack(database.db, minimalAssessmentPack({ id: 'test.other-pack' }));
    expect((await link(0, endline, await open({ packId: 'test.other-pack' }))).status).toBe(409);
    const otherHub = await buildHub(database, 'Hillside Region Hub');
    const stranger = await signIn(app, (await buildPerson(database, otherHub, { roles: ['hub_admin'] })).email);
    for (const path of [`/api/v1/hub/collaboratives/${collaborativeId}`, `/api/v1/hub/collaboratives/${collaborativeId}/benchmarks`]) expect((await stranger.request('GET', path)).status).toBe(404);
    expect((await stranger.request('POST', `/api/v1/hub/collaboratives/${collaborativeId}/members`, { orgId: orgs[0]!.id })).status).toBe(404);
    expect((await stranger.request('PATCH', `/api/v1/hub/collaborative-timepoints/${endline}`, { label: 'Mine now' })).status).toBe(404);
    expect((await json<{ collaboratives: unknown[] }>(await stranger.request('GET', '/api/v1/hub/collaboratives'))).collaboratives).toEqual([]);
  });

  it("the hub's analyst cannot read an organisation's survey results or responses (404)", async () => {
    for (const path of [`/api/v1/assessments/cycles/${cycles.get('A')}/survey-results`, `/api/v1/assessments/cycles/${cycles.get('A')}`, '/api/v1/assessments/cycles']) {
      expect((await analyst.request('GET', path)).status).toBe(404);
    }
  });
});

describe('revoking consent', () => {
  it('a fourth organisation joining later is hidden (its figure would be the difference), and once it revokes, nothing new of it goes out', async () => {
    expect((await orgs[3]!.admin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(200);
    expect((await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${collaborativeId}/members`, { orgId: orgs[3]!.id })).status).toBe(201);
    cycles.set('D', await runSurvey(3, [5, 5, 5, 5, 4]));
    expect(await json(await link(3, baseline(), cycles.get('D')!))).toEqual({ contributed: 1 });
    // A+B+C was shown: A+B+C+D now would give D's figure by subtraction
    const withD = (await hubRows()).find((r) => r.slot === 'baseline')!;
    expect(withD.collaborative).toMatchObject({ shown: false, reason: 'earlier-releases' });
    expect(withD.hub).toMatchObject({ shown: false, reason: 'earlier-releases' });

    const completionOfD = async () =>
      (await json<{ completion: Array<{ orgId: string }> }>(await analyst.request('GET', `/api/v1/hub/collaboratives/${collaborativeId}`))).completion.filter((c) => c.orgId === orgs[3]!.id);
    expect(await completionOfD()).toHaveLength(1);

    expect((await orgs[3]!.admin.request('POST', `/api/v1/org/hubs/${hubId}/revoke`)).status).toBe(200);
    // its survey's counts are read live: with consent revoked they are not read at all
    expect(await completionOfD()).toEqual([]);
    expect((await orgs[3]!.admin.request('GET', `/api/v1/org/hubs/${hubId}/collaborative`)).status).toBe(404);
    expect((await orgs[3]!.admin.request('GET', `/api/v1/org/hubs/${hubId}/collaborative/benchmarks`)).status).toBe(404);
    const endline = timepoints.find((t) => t.slot === 'endline')!.id;
    expect((await link(3, endline, await runSurvey(3, [1, 1, 1, 1, 1]))).status).toBe(404);
    const dRows = await database.db.select().from(collaborativeContributions).where(eq(collaborativeContributions.orgId, orgs[3]!.id));
    expect(dRows.map((r) => r.slot)).toEqual(['baseline']); // what was written stays; nothing new

    // the next release pools A, B and C only, and no figure pooling D was ever logged
    const after = (await hubRows()).find((r) => r.slot === 'baseline')!;
    expect(after.collaborative).toMatchObject({ shown: true, organisations: 3, n: 15 });
    expect((await logged()).some((l) => l.orgIds.includes(orgs[3]!.id))).toBe(false);
  });
});

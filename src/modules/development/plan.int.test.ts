import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { type BuiltPerson, buildOrg, buildPerson, buildTestApp, type Client, countRows, signIn, type TestApp } from '../../test-support/factories.js';
import { FRAMEWORK_PACK } from '../framework/framework-pack.js';
import { todayIn } from '../../platform/time/day.js';

type Version = {
  version: number;
  current: boolean;
  status: string;
  packId: string;
  packVersion: string;
  answers: Record<string, string | null>;
  goals: Array<{ goal: string; expectedOutcome: string | null }>;
  reviewDate: string | null;
  reviewStatus: string;
  submittedAt: string | null;
  workerConfirmedAt: string | null;
  managerConfirmedAt: string | null;
  managerName: string | null;
};
type History = { you: string; versions: Version[] };
type TeamRow = { personId: string; status: string; version: number | null; reviewDate: string | null; reviewStatus: string };

let database: Database;
let app: TestApp;
let orgId: string;
let supervisor: BuiltPerson;
let worker: BuiltPerson;
let otherWorker: BuiltPerson;
let otherSupervisor: BuiltPerson;
let admin: BuiltPerson;
let foreignAdmin: BuiltPerson;
const clients = new Map<BuiltPerson, Client>();
const as = (p: BuiltPerson) => clients.get(p)!;

const daysFromToday = (days: number) => todayIn('UTC', new Date(Date.now() + days * 86_400_000));
const historyOf = async (reader: BuiltPerson, subject: BuiltPerson) => {
  const response = await as(reader).request('GET', `/api/v1/people/${subject.personId}/self-assessments`);
  expect(response.status).toBe(200);
  return (await response.json()) as History;
};
const teamPlans = async (reader: BuiltPerson) => {
  const response = await as(reader).request('GET', '/api/v1/team/plans');
  expect(response.status).toBe(200);
  return ((await response.json()) as { plans: TeamRow[] }).plans;
};
const accessLogOf = async (subject: BuiltPerson) =>
  ((await (await as(subject).request('GET', '/api/v1/me/access-log')).json()) as { accesses: Array<{ by: string; type: string; record: string | null }> }).accesses;

const answers = { serviceRemit: 'Outreach for young people', role: 'Key worker', relevantLevel: 'skilled', strengths: 'Listening', areasToDevelop: '' };
const plan = (goal: string, reviewDate: string | null) => ({
  goals: [{ goal, expectedOutcome: 'Confident grounding with young people' }],
  supportPlan: 'Monthly reflective supervision',
  reviewDate,
  managerNotes: 'Good start',
});

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
  orgId = await buildOrg(database);
  supervisor = await buildPerson(database, orgId, { name: 'Sol Supervisor', roles: ['supervisor'] });
  otherSupervisor = await buildPerson(database, orgId, { name: 'Ola Othersupervisor', roles: ['supervisor'] });
  worker = await buildPerson(database, orgId, { name: 'Wren Worker', managerId: supervisor.personId });
  otherWorker = await buildPerson(database, orgId, { name: 'Odo Otherworker', managerId: otherSupervisor.personId });
  admin = await buildPerson(database, orgId, { name: 'Ada Admin', roles: ['org_admin'] });
  const elsewhere = await buildOrg(database);
  foreignAdmin = await buildPerson(database, elsewhere, { name: 'Fox Foreign', roles: ['org_admin'] });
  for (const p of [supervisor, otherSupervisor, worker, otherWorker, admin, foreignAdmin]) clients.set(p, await signIn(app, p.email));
});
afterAll(() => database.close());

describe('a self-assessment becomes an agreed plan', () => {
  it('the worker answers (skipping a field) and submits; the manager writes the plan; both confirm', async () => {
    const empty = await historyOf(worker, worker);
    expect(empty).toMatchObject({ you: 'worker', versions: [] });

    const saved = await as(worker).request('PUT', `/api/v1/people/${worker.personId}/self-assessment/answers`, answers);
    expect(saved.status).toBe(200);
    const [draft] = ((await saved.json()) as History).versions;
    expect(draft).toMatchObject({ version: 1, status: 'draft', packId: FRAMEWORK_PACK.id, packVersion: FRAMEWORK_PACK.version });
    expect(draft!.answers).toMatchObject({ strengths: 'Listening', areasToDevelop: null });

    expect((await as(worker).request('POST', `/api/v1/people/${worker.personId}/self-assessment/submit`)).status).toBe(200);
    const review = await historyOf(supervisor, worker);
    expect(review.you).toBe('manager');
    expect(review.versions[0]).toMatchObject({ version: 1, status: 'submitted', answers: { role: 'Key worker' } });

    const planned = await as(supervisor).request('PUT', `/api/v1/people/${worker.personId}/self-assessment/plan`, plan('Learn grounding skills', daysFromToday(60)));
    expect(planned.status).toBe(200);
    expect(((await planned.json()) as History).versions).toHaveLength(1);

    const managerConfirmed = await as(supervisor).request('POST', `/api/v1/people/${worker.personId}/self-assessment/confirm`);
    const afterManager = ((await managerConfirmed.json()) as History).versions[0]!;
    expect(afterManager).toMatchObject({ status: 'submitted', workerConfirmedAt: null, managerName: 'Sol Supervisor' });
    expect(afterManager.managerConfirmedAt).not.toBeNull();

    await as(worker).request('POST', `/api/v1/people/${worker.personId}/self-assessment/confirm`);
    const agreed = (await historyOf(worker, worker)).versions;
    expect(agreed).toHaveLength(1);
    expect(agreed[0]).toMatchObject({ version: 1, status: 'agreed', reviewStatus: 'scheduled', goals: [{ goal: 'Learn grounding skills' }] });
    expect(Date.parse(agreed[0]!.workerConfirmedAt!)).toBeGreaterThanOrEqual(Date.parse(agreed[0]!.managerConfirmedAt!));
  });

  it('editing after confirmation starts version 2; version 1 stays readable and unchanged', async () => {
    const before = (await historyOf(worker, worker)).versions[0]!;
    const edited = await as(supervisor).request('PUT', `/api/v1/people/${worker.personId}/self-assessment/plan`, plan('Co-facilitate a group', daysFromToday(90)));
    expect(edited.status).toBe(200);
    const [v2, v1] = ((await edited.json()) as History).versions;
    expect(v1).toEqual({ ...before, current: false });
    expect(v2).toMatchObject({ version: 2, current: true, status: 'submitted', workerConfirmedAt: null, managerConfirmedAt: null, answers: before.answers });
    expect(v2!.goals).toEqual([{ goal: 'Co-facilitate a group', expectedOutcome: 'Confident grounding with young people' }]);

    // the same plan again changes nothing: no version 3
    await as(supervisor).request('PUT', `/api/v1/people/${worker.personId}/self-assessment/plan`, plan('Co-facilitate a group', daysFromToday(90)));
    await as(worker).request('POST', `/api/v1/people/${worker.personId}/self-assessment/confirm`);
    const answered = await as(worker).request('PUT', `/api/v1/people/${worker.personId}/self-assessment/answers`, { ...answers, areasToDevelop: 'Group work' });
    const versions = ((await answered.json()) as History).versions;
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(versions[1]!.answers.areasToDevelop).toBeNull();
    expect(versions[0]!.answers.areasToDevelop).toBe('Group work');
  });

  it('bad input names the field and changes nothing', async () => {
    const rows = await countRows(database, 'self_assessments', orgId);
    const before = await historyOf(worker, worker);
    const response = await as(supervisor).request('PUT', `/api/v1/people/${worker.personId}/self-assessment/plan`, {
      goals: [{ goal: '' }],
      reviewDate: '2026-02-30',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors.map((e) => e.field).sort()).toEqual(['goals.0.goal', 'reviewDate']);
    expect(await countRows(database, 'self_assessments', orgId)).toBe(rows);
    expect(await historyOf(worker, worker)).toEqual(before);
  });

  it('confirming with nothing written yet is refused plainly', async () => {
    const response = await as(otherWorker).request('POST', `/api/v1/people/${otherWorker.personId}/self-assessment/confirm`);
    expect(response.status).toBe(422);
  });
});

describe('who sees and changes a plan', () => {
  it('only the worker answers and submits; their manager cannot', async () => {
    expect((await as(supervisor).request('PUT', `/api/v1/people/${worker.personId}/self-assessment/answers`, answers)).status).toBe(404);
    expect((await as(admin).request('POST', `/api/v1/people/${worker.personId}/self-assessment/submit`)).status).toBe(404);
  });

  it("a worker cannot see or change another worker's plan", async () => {
    expect((await as(otherWorker).request('GET', `/api/v1/people/${worker.personId}/self-assessments`)).status).toBe(404);
    expect((await as(otherWorker).request('PUT', `/api/v1/people/${worker.personId}/self-assessment/plan`, plan('x', null))).status).toBe(404);
    expect((await as(otherWorker).request('POST', `/api/v1/people/${worker.personId}/self-assessment/confirm`)).status).toBe(404);
  });

  it("a supervisor sees only their own reports' plans", async () => {
    expect((await as(otherSupervisor).request('GET', `/api/v1/people/${worker.personId}/self-assessments`)).status).toBe(404);
    expect((await as(otherSupervisor).request('POST', `/api/v1/people/${worker.personId}/self-assessment/confirm`)).status).toBe(404);
    expect((await teamPlans(supervisor)).map((r) => r.personId)).toEqual([worker.personId]);
    expect((await teamPlans(otherSupervisor)).map((r) => r.personId)).toEqual([otherWorker.personId]);
  });

  it("another organisation's admin sees nothing", async () => {
    expect((await as(foreignAdmin).request('GET', `/api/v1/people/${worker.personId}/self-assessments`)).status).toBe(404);
    expect((await as(foreignAdmin).request('PUT', `/api/v1/people/${worker.personId}/self-assessment/plan`, plan('x', null))).status).toBe(404);
    // their list holds their own organisation only (here, just themself)
    expect((await teamPlans(foreignAdmin)).map((r) => r.personId)).toEqual([foreignAdmin.personId]);
  });

  it("each read by the manager or an admin is in the person's access log; their own reads are not", async () => {
    const before = await accessLogOf(worker);
    await historyOf(worker, worker);
    expect(await accessLogOf(worker)).toEqual(before);
    await historyOf(supervisor, worker);
    await historyOf(admin, worker);
    const reads = (await accessLogOf(worker)).slice(0, 2);
    expect(reads.map((a) => a.by).sort()).toEqual(['Ada Admin', 'Sol Supervisor']);
    expect(reads.every((a) => a.type === 'person.read' && a.record === 'development-plan')).toBe(true);
  });

  it("changes by the manager are in the person's access log too", async () => {
    const types = (await accessLogOf(worker)).filter((a) => a.by === 'Sol Supervisor').map((a) => a.type);
    expect(types).toEqual(expect.arrayContaining(['plan.updated', 'plan.confirmed', 'plan.version-started']));
  });
});

describe('review dates', () => {
  it('show as due within two weeks and overdue after, in the person view and the team list', async () => {
    const set = async (subject: BuiltPerson, by: BuiltPerson, reviewDate: string | null) =>
      (await as(by).request('PUT', `/api/v1/people/${subject.personId}/self-assessment/plan`, plan('Review me', reviewDate))).status;
    expect(await set(otherWorker, otherSupervisor, daysFromToday(5))).toBe(200);
    expect((await historyOf(otherWorker, otherWorker)).versions[0]!.reviewStatus).toBe('due');
    expect((await teamPlans(otherSupervisor))[0]).toMatchObject({ status: 'draft', version: 1, reviewStatus: 'due' });

    expect(await set(otherWorker, admin, daysFromToday(-1))).toBe(200);
    expect((await teamPlans(otherSupervisor))[0]).toMatchObject({ reviewDate: daysFromToday(-1), reviewStatus: 'overdue' });

    const everyone = await teamPlans(admin);
    expect(everyone.find((r) => r.personId === worker.personId)).toMatchObject({ version: 3, reviewStatus: 'scheduled' });
    expect(everyone.find((r) => r.personId === supervisor.personId)).toMatchObject({ status: 'none', version: null, reviewStatus: 'none' });
  });
});

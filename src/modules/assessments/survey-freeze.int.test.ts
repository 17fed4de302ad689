import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import { buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { assessmentCycles } from './schema.js';

/**
 * A survey keeps what it froze when it opened (findings 2 and 4 of issue 9), through the real
 * routes: teams A (5), B (5) and C (1) under one service; after the answers the admin moves B
 * out of the service and lowers the minimum group size to 3. The results stay those of the
 * frozen tree and thresholds, so C = 11·P − 5·A − 5·B cannot be worked out.
 */

type Cell = { unitId: string | null; suppressed: boolean; mean?: number; ratings?: number };
type Results = { thresholds: { minGroupSize: number }; sections: Array<{ id: string; cells: Cell[]; criteria: Array<{ id: string; cells: Cell[] }> }> };

let database: Database;
let app: ReturnType<typeof buildTestApp>['app'];
let orgId: string;
let admin: Client;
const units: Record<'service' | 'a' | 'b' | 'c', string> = { service: '', a: '', b: '', c: '' };
const people: Array<{ personId: string; client: Client; team: 'a' | 'b' | 'c' }> = [];
let cycleId: string;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const url = (rest: string) => `/api/v1/assessments/cycles/${cycleId}/${rest}`;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = buildTestApp(database));
  orgId = await buildOrg(database, 'Frozen Valley Care');
  await installPack(database.db, minimalAssessmentPack());
  units.service = await buildUnit(database, orgId, { name: 'Service P', kind: 'service' });
  for (const team of ['a', 'b', 'c'] as const) units[team] = await buildUnit(database, orgId, { name: `Team ${team.toUpperCase()}`, parentId: units.service });
  for (const [team, count] of [['a', 5], ['b', 5], ['c', 1]] as const) {
    for (let i = 0; i < count; i++) {
      const person = await buildPerson(database, orgId, { unitId: units[team], roles: ['worker'] });
      people.push({ personId: person.personId, client: await signIn(app, person.email), team });
    }
  }
  admin = await signIn(app, (await buildPerson(database, orgId, { roles: ['org_admin'] })).email);
  // opened through the route, so it freezes as it opens
  const opened = await admin.request('POST', '/api/v1/assessments/cycles', {
    packId: 'test.assessment',
    title: 'Staff survey',
    unitId: units.service,
    mode: 'staff-survey',
    opensOn: day(-1),
    closesOn: day(14),
    contributorIds: [],
  });
  expect(opened.status, await opened.clone().text()).toBe(201);
  cycleId = ((await opened.json()) as { id: string }).id;
}, 120_000);
afterAll(() => database.close());

const close = () => database.db.update(assessmentCycles).set({ status: 'closed' }).where(and(eq(assessmentCycles.orgId, orgId), eq(assessmentCycles.id, cycleId)));
const results = async () => {
  const response = await admin.request('GET', url('survey-results'));
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as Results;
};
const safety1 = (r: Results) => r.sections.find((s) => s.id === 'safety')!.criteria.find((c) => c.id === 'safety.1')!.cells;

describe('a staff survey keeps what it froze when it opened', () => {
  it('a person who joins after it opened is not asked; the people frozen then answer, where they were then', async () => {
    const newcomer = await buildPerson(database, orgId, { unitId: units.c, roles: ['worker'] });
    const newcomerClient = await signIn(app, newcomer.email);
    expect((await newcomerClient.request('POST', url('survey'), { answers: { 'safety.1': 1 } })).status).toBe(404);
    expect((await newcomerClient.request('GET', url('survey/about'))).status).toBe(404);

    // someone of team A moves to team B after the survey opened: their answer still counts in A
    const mover = people.find((p) => p.team === 'a')!;
    const moved = await admin.request('PATCH', `/api/v1/people/${mover.personId}`, { unitId: units.b });
    expect(moved.status, await moved.clone().text()).toBeLessThan(300);

    for (const [i, p] of people.entries()) {
      const rating = p.team === 'c' ? 1 : p.team === 'a' ? 2 + (i % 3) : 4 + (i % 2);
      const response = await p.client.request('POST', url('survey'), { answers: { 'safety.1': rating } });
      expect(response.status, await response.clone().text()).toBe(201);
    }
  });

  it('finding 2: after B moves out of the service, the results are the same figures over the frozen tree, and C stays hidden', async () => {
    await close();
    const before = await results();
    const at = (cells: Cell[], unit: string) => cells.find((c) => c.unitId === unit)!;
    // the survey asks the service: its own figure is the whole scope (unitId null)
    expect(safety1(before).find((c) => c.unitId === null)).toMatchObject({ suppressed: false, ratings: 11 });
    expect(at(safety1(before), units.b)).toMatchObject({ suppressed: false, ratings: 5 });
    expect(at(safety1(before), units.a)).toMatchObject({ suppressed: true });
    expect(at(safety1(before), units.c)).toMatchObject({ suppressed: true });

    expect((await admin.request('PATCH', `/api/v1/units/${units.b}`, { parentId: null })).status).toBe(204);
    const after = await results();
    expect(after).toEqual(before);
    // A is still hidden, so 11·P − 5·A − 5·B has an unknown in it
    expect(at(safety1(after), units.a)).not.toHaveProperty('mean');
  });

  it('finding 4: lowering the minimum group size after the answers does not apply to this survey', async () => {
    const lowered = await admin.request('PATCH', '/api/v1/org/settings', { minGroupSize: 3 });
    expect(lowered.status).toBe(200);
    const after = await results();
    expect(after.thresholds.minGroupSize).toBe(5);
    expect(safety1(after).find((c) => c.unitId === units.c)).toMatchObject({ suppressed: true });
    expect(safety1(after).find((c) => c.unitId === units.a)).toMatchObject({ suppressed: true });
    // a survey opened now freezes the new minimum
    const next = await admin.request('POST', '/api/v1/assessments/cycles', {
      packId: 'test.assessment',
      title: 'Next survey',
      unitId: units.service,
      mode: 'staff-survey',
      opensOn: day(-1),
      closesOn: day(14),
      contributorIds: [],
    });
    const nextId = ((await next.json()) as { id: string }).id;
    const about = await people[1]!.client.request('GET', `/api/v1/assessments/cycles/${nextId}/survey/about`);
    expect(((await about.json()) as { thresholds: { minGroupSize: number } }).thresholds.minGroupSize).toBe(3);
  });

  it('a cycle from before snapshots is frozen at its first use, as the organisation is then', async () => {
    const id = uuidv7();
    await database.db.insert(assessmentCycles).values({ orgId, id, packId: 'test.assessment', packVersion: '1.0.0', title: 'Older', unitId: units.service, mode: 'staff-survey', opensOn: day(-1), closesOn: day(14) });
    const about = await people[1]!.client.request('GET', `/api/v1/assessments/cycles/${id}/survey/about`);
    expect(about.status).toBe(200);
    expect(((await about.json()) as { thresholds: { minGroupSize: number } }).thresholds.minGroupSize).toBe(3);
    const later = await buildPerson(database, orgId, { unitId: units.a, roles: ['worker'] });
    expect((await (await signIn(app, later.email)).request('GET', `/api/v1/assessments/cycles/${id}/survey/about`)).status).toBe(404);
  });
});

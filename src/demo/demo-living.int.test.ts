import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installBuiltInPacks } from '../content/built-in-packs.js';
import type { Database } from '../platform/db/client.js';
import { buildTestApp, type Client, signIn } from '../test-support/factories.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { DEMO_REVIEW_TITLE, DEMO_SURVEY_TITLE } from './demo-assessments.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { loadDemo } from './load-demo.js';

/**
 * A newcomer signing in to the demo sees Tend working: a year of history made by the demo loader
 * through the modules' own stores, read back here through the real routes as each demo role.
 */

let database: Database;
let admin: Client;
let supervisor: Client;
let worker: Client;
let loadMs = 0;
beforeAll(async () => {
  database = await createTestDatabase();
  await installBuiltInPacks(database);
  const started = performance.now();
  await loadDemo(database);
  loadMs = performance.now() - started;
  const { app } = buildTestApp(database);
  const as = (who: string) => signIn(app, `${who}@riverside.example`, DEMO_PASSWORD);
  [admin, supervisor, worker] = await Promise.all([as('admin'), as('supervisor'), as('worker')]);
});
afterAll(() => database.close());

const json = async <T>(client: Client, path: string): Promise<T> => {
  const response = await client.request('GET', path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
};

describe('the living demo', () => {
  it('loads in a few seconds (it runs at every e2e start)', () => {
    expect(loadMs).toBeLessThan(15_000);
  });

  it('has a course catalogue, one awaiting its quality review, and coverage above 0% that grows over the year', async () => {
    const { courses } = await json<{ courses: Array<{ title: string; approved: boolean }> }>(admin, '/api/v1/courses');
    expect(courses.length).toBeGreaterThanOrEqual(5);
    expect(courses.filter((c) => !c.approved).map((c) => c.title)).toEqual(['Noticing compassion fatigue in yourself and others']);
    const { series, services } = await json<{ series: Array<{ placed: number; met: number }>; services: Array<{ placed: number }> }>(admin, '/api/v1/org/coverage');
    expect(series).toHaveLength(12);
    // every month end has placed people, and more have met their level now than a year ago
    expect(series.every((m) => m.placed > 0)).toBe(true);
    expect(series.at(-1)!.met).toBeGreaterThan(series[0]!.met);
    expect(series.at(-1)!.met / series.at(-1)!.placed).toBeGreaterThan(0.3);
    expect(services.filter((s) => s.placed > 0).length).toBeGreaterThanOrEqual(3);
  });

  it("shows the supervisor's team with its real people (it read 0 of 0), the demo worker still with no training", async () => {
    const { table, people } = await json<{ table: { placed: number; met: number }; people: Array<{ name: string; required: string | null; completed: string | null; expiring: unknown[] }> }>(
      supervisor,
      '/api/v1/team/coverage',
    );
    expect(table.placed).toBe(people.length);
    expect(people.length).toBeGreaterThanOrEqual(7);
    expect(people.every((p) => p.required === 'skilled')).toBe(true);
    expect(table.met).toBeGreaterThan(0);
    expect(people.find((p) => p.name === 'Aisha Rahman')).toMatchObject({ completed: null });
    // a yearly course done nearly a year ago: a renewal to see to
    expect(people.some((p) => p.expiring.length > 0)).toBe(true);
  });

  it('has development plans at each stage in the supervisor’s team, and none for the demo worker', async () => {
    const { plans } = await json<{ plans: Array<{ name: string; status: string; version: number | null; reviewStatus: string }> }>(supervisor, '/api/v1/team/plans');
    const of = (name: string) => plans.find((p) => p.name === name);
    expect(of('Leila Nguyen')).toMatchObject({ status: 'draft' });
    expect(of('Tariq Kowalski')).toMatchObject({ status: 'submitted' });
    expect(of('Chidi Sato')).toMatchObject({ status: 'submitted', version: 1 });
    expect(of('Marta Mensah')).toMatchObject({ status: 'agreed', version: 1 });
    expect(of('Zofia Haddad')).toMatchObject({ status: 'agreed', version: 2 });
    expect(new Set(plans.map((p) => p.reviewStatus)).size).toBeGreaterThanOrEqual(2);
    expect(of('Aisha Rahman')).toMatchObject({ status: 'none' });
  });

  it('has a closed team review with confirmed ratings and actions, and a closed staff survey whose figures the gate released', async () => {
    const { cycles } = await json<{ cycles: Array<{ id: string; title: string; status: string; mode: string }> }>(admin, '/api/v1/assessments/cycles');
    const review = cycles.find((c) => c.title === DEMO_REVIEW_TITLE)!;
    const survey = cycles.find((c) => c.title === DEMO_SURVEY_TITLE)!;
    expect(review).toMatchObject({ status: 'closed', mode: 'team-review' });
    expect(survey).toMatchObject({ status: 'closed', mode: 'staff-survey' });
    const results = await json<{ sections: Array<{ counts: Record<string, number> }> }>(admin, `/api/v1/assessments/cycles/${review.id}/results`);
    expect(results.sections.length).toBe(5);
    const { actions } = await json<{ actions: unknown[] }>(admin, `/api/v1/assessments/cycles/${review.id}/actions`);
    expect(actions).toHaveLength(2);

    type Figure = { unitId: string | null; suppressed: boolean };
    const released = await json<{ state: string; heatMap: { rows: Array<{ cells: Figure[] }> }; sections: Array<{ comments: { status: string } }> }>(
      admin,
      `/api/v1/assessments/cycles/${survey.id}/survey-results`,
    );
    expect(released.state).toBe('ready');
    const cells = released.heatMap.rows.flatMap((r) => r.cells);
    expect(cells.filter((c) => !c.suppressed).length).toBeGreaterThan(5);
    expect(released.sections[0]!.comments.status).toBe('released');
  });

  it('gives the demo worker a few months of check-ins, and support contacts in her language', async () => {
    const { checkIns } = await json<{ checkIns: Array<{ submittedOn: string }> }>(worker, '/api/v1/me/wellbeing/check-ins?limit=50');
    expect(checkIns).toHaveLength(8);
    const days = checkIns.map((c) => c.submittedOn).sort();
    expect(new Date(days.at(-1)!).getTime() - new Date(days[0]!).getTime()).toBeGreaterThan(90 * 86_400_000);
    // her space and her trend read them back (scored by the instrument, as her own would be)
    const space = await json<{ latestResults: Array<{ instrumentId: string }> }>(worker, '/api/v1/me/wellbeing');
    expect(space.latestResults.map((r) => r.instrumentId)).toEqual(['tend.sts-self-check']);
    expect((await worker.request('PUT', '/api/v1/me/preferences', { locale: 'es' })).status).toBe(204);
    const { supportContacts } = await json<{ supportContacts: Array<{ name: string }> }>(worker, '/api/v1/support-contacts');
    expect(supportContacts.map((c) => c.name)).toContain('Programa de Ayuda al Empleado de Riverside');
  });
});

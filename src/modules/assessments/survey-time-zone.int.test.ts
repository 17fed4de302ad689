import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { updateOrgSettings } from '../../platform/tenancy/org-store.js';
import { ZTenancySettings } from '../../platform/tenancy/settings.js';
import { freezeDateAt, unfreezeDate } from '../../test-support/frozen-date.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { assessmentCycles } from './schema.js';
import { buildSurveyWorld } from './survey-test-world.js';

/**
 * A survey's opening and closing days are days where the organisation works (ARCHITECTURE.md,
 * "Time zones"). Each edge is checked on both sides of a local midnight, and on one side of it
 * the UTC date is another day: every test fails if the rule goes back to counting days in UTC. In late 2025 Los Angeles is UTC−8
 * (standard time) and Auckland UTC+13 (daylight time), so Auckland's midnight is 11:00Z the day
 * before and Los Angeles' is 08:00Z the day after.
 */

let database: Database;
let world: Awaited<ReturnType<typeof buildSurveyWorld>>;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildSurveyWorld(database);
});
afterEach(unfreezeDate);
afterAll(() => database.close());

const url = (cycleId: string, rest: string) => `/api/v1/assessments/cycles/${cycleId}/${rest}`;
const inZone = (timeZone: string) => updateOrgSettings(database.db, world.orgId, ZTenancySettings, { timeZone });

/** A whole-organisation staff survey open from `opensOn` to `closesOn` (inclusive, local days). */
async function surveyOver(opensOn: string, closesOn: string) {
  const id = await world.openSurvey();
  await database.db.update(assessmentCycles).set({ opensOn, closesOn }).where(and(eq(assessmentCycles.orgId, world.orgId), eq(assessmentCycles.id, id)));
  return id;
}

const respondent = (i: number) => world.respondents[i]!.client;
const accepting = async (i: number, cycleId: string) =>
  ((await (await respondent(i).request('GET', url(cycleId, 'survey/about'))).json()) as { acceptingAnswers: boolean }).acceptingAnswers;
const listed = async (i: number) =>
  ((await (await respondent(i).request('GET', '/api/v1/assessments/open-surveys')).json()) as { surveys: Array<{ id: string }> }).surveys.map((s) => s.id);
const answer = async (i: number, cycleId: string) => (await respondent(i).request('POST', url(cycleId, 'survey'), { answers: { 'safety.1': 3 } })).status;

describe('a survey in Los Angeles (UTC−8)', () => {
  it('closing on 30 November still takes answers at 23:30 that evening (07:30Z on 1 December), and none after midnight there', async () => {
    await inZone('America/Los_Angeles');
    const cycleId = await surveyOver('2025-11-01', '2025-11-30');

    freezeDateAt('2025-12-01T07:30:00Z'); // 23:30 on 30 November in Los Angeles
    expect(await accepting(0, cycleId)).toBe(true);
    expect(await listed(0)).toContain(cycleId);
    expect(await answer(0, cycleId)).toBe(201);
    // answers still coming in: no results yet
    expect(await (await world.clients.admin.request('GET', url(cycleId, 'survey-results'))).json()).toMatchObject({ state: 'collecting' });

    freezeDateAt('2025-12-01T08:00:00Z'); // midnight: 1 December in Los Angeles
    expect(await accepting(1, cycleId)).toBe(false);
    expect(await listed(1)).not.toContain(cycleId);
    expect(await answer(1, cycleId)).toBe(409);
    expect(await (await world.clients.admin.request('GET', url(cycleId, 'survey-results'))).json()).not.toMatchObject({ state: 'collecting' });
  });

  it('opening on 1 December takes no answer at 23:30 on 30 November there, though UTC already says 1 December', async () => {
    await inZone('America/Los_Angeles');
    const cycleId = await surveyOver('2025-12-01', '2025-12-14');
    freezeDateAt('2025-12-01T07:30:00Z');
    expect(await accepting(2, cycleId)).toBe(false);
    expect(await answer(2, cycleId)).toBe(409);
    freezeDateAt('2025-12-01T08:00:00Z');
    expect(await answer(2, cycleId)).toBe(201);
  });
});

describe('a survey in Auckland (UTC+13)', () => {
  it("closing on 1 December takes answers until 23:59 there (10:59Z) and closes at Auckland's midnight, 11:00Z on 1 December", async () => {
    await inZone('Pacific/Auckland');
    const cycleId = await surveyOver('2025-11-01', '2025-12-01');

    freezeDateAt('2025-12-01T10:59:00Z'); // 23:59 on 1 December in Auckland
    expect(await accepting(3, cycleId)).toBe(true);
    expect(await answer(3, cycleId)).toBe(201);

    freezeDateAt('2025-12-01T11:00:00Z'); // midnight: 2 December in Auckland, still 1 December in UTC
    expect(await accepting(4, cycleId)).toBe(false);
    expect(await listed(4)).not.toContain(cycleId);
    expect(await answer(4, cycleId)).toBe(409);
  });

  it('opening on 2 December takes answers from 11:00Z on 1 December', async () => {
    await inZone('Pacific/Auckland');
    const cycleId = await surveyOver('2025-12-02', '2025-12-14');
    freezeDateAt('2025-12-01T10:59:00Z');
    expect(await answer(5, cycleId)).toBe(409);
    freezeDateAt('2025-12-01T11:00:00Z');
    expect(await listed(5)).toContain(cycleId);
    expect(await answer(5, cycleId)).toBe(201);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildSurveyWorld } from './survey-test-world.js';

let database: Database;
let world: Awaited<ReturnType<typeof buildSurveyWorld>>;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildSurveyWorld(database);
});
afterAll(() => database.close());

type Open = { surveys: Array<{ id: string; title: string; answered: boolean }> };
const openIds = async (client: (typeof world.respondents)[number]['client']) =>
  ((await (await client.request('GET', '/api/v1/assessments/open-surveys')).json()) as Open).surveys.map((s) => s.id);

describe('what a respondent needs to answer a staff survey', () => {
  it('lists open surveys whose scope includes me, and says when I have answered', async () => {
    const ofService = await world.openSurvey({ unitId: world.service });
    const ofOrg = await world.openSurvey();
    const closed = await world.openSurvey();
    await world.setStatus(closed, 'closed');
    const review = await world.openSurvey({ mode: 'team-review' });
    const respondent = world.respondents[0]!;
    const mine = await openIds(respondent.client);
    expect(mine).toEqual(expect.arrayContaining([ofService, ofOrg]));
    expect(mine).not.toContain(closed);
    expect(mine).not.toContain(review);
    // outside the service: only the whole organisation's
    const outsider = await openIds(world.clients.outsider);
    expect(outsider).toContain(ofOrg);
    expect(outsider).not.toContain(ofService);
    expect(await openIds(world.clients.foreignAdmin)).toEqual([]);

    const answered = await respondent.client.request('POST', `/api/v1/assessments/cycles/${ofOrg}/survey`, { answers: { 'safety.1': 3 } });
    expect(answered.status).toBe(201);
    const listed = ((await (await respondent.client.request('GET', '/api/v1/assessments/open-surveys')).json()) as Open).surveys;
    expect(listed.find((s) => s.id === ofOrg)?.answered).toBe(true);
    expect(listed.find((s) => s.id === ofService)?.answered).toBe(false);
  });

  it("gives a person in scope the survey's sections, criteria and scale; 404 outside its scope, for a team review and to another organisation", async () => {
    const ofService = await world.openSurvey({ unitId: world.service });
    const response = await world.respondents[3]!.client.request('GET', `/api/v1/assessments/cycles/${ofService}/survey/questions`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { cycleId: string; scale: { min: number; max: number }; sections: Array<{ id: string; criteria: Array<{ id: string; text: Record<string, string> }> }> };
    expect(body.cycleId).toBe(ofService);
    expect(body.scale).toMatchObject({ min: 1, max: 5 });
    expect(body.sections.flatMap((s) => s.criteria.map((c) => c.id))).toEqual(expect.arrayContaining(['safety.1', 'safety.2', 'trust.1']));
    expect(JSON.stringify(body)).not.toMatch(/respondents|personId|leadPersonId/);

    expect((await world.clients.outsider.request('GET', `/api/v1/assessments/cycles/${ofService}/survey/questions`)).status).toBe(404);
    expect((await world.clients.foreignAdmin.request('GET', `/api/v1/assessments/cycles/${ofService}/survey/questions`)).status).toBe(404);
    const review = await world.openSurvey({ mode: 'team-review' });
    expect((await world.clients.admin.request('GET', `/api/v1/assessments/cycles/${review}/survey/questions`)).status).toBe(404);
  });
});

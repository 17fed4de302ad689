import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { countRows } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildSurveyWorld } from './survey-test-world.js';

let database: Database;
let world: Awaited<ReturnType<typeof buildSurveyWorld>>;
let cycleId: string;
type Cell = { unitId: string | null; suppressed: boolean; mean?: number; ratings?: number; reason?: string };
type Results = {
  state: string;
  sections: Array<{ id: string; cells: Cell[]; criteria: Array<{ id: string; cells: Cell[] }>; comments: { status: string; texts?: string[] } }>;
  heatMap: { units: Array<string | null>; rows: Array<{ sectionId: string; cells: Cell[] }> };
};

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildSurveyWorld(database);
  cycleId = await world.openSurvey();
});
afterAll(() => database.close());

const url = (id: string, rest: string) => `/api/v1/assessments/cycles/${id}/${rest}`;
const stored = async () => [await countRows(database, 'assessment_survey_participants', world.orgId), await countRows(database, 'assessment_survey_responses', world.orgId)];

describe('answering the staff survey', () => {
  it('tells people first who sees what, and the thresholds in force', async () => {
    const response = await world.respondents[0]!.client.request('GET', url(cycleId, 'survey/about'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      acceptingAnswers: true,
      scale: { min: 1, max: 5 },
      thresholds: { minGroupSize: 5, minFreeTextGroupSize: 10 },
      storage: { identityStored: false, timeStored: false, answersChangeable: false },
      comments: { shuffled: true, dated: false },
      results: { shownOnceClosed: true },
    });
  });

  it('refuses values off the scale, unknown criteria, criteria of another pack and unknown sections, naming each field and storing nothing', async () => {
    const client = world.respondents[0]!.client;
    const before = await stored();
    const cases: Array<[unknown, string]> = [
      [{ answers: { 'safety.1': 6 } }, 'answers.safety.1'],
      [{ answers: { 'safety.1': 0, 'trust.1': 3 } }, 'answers.safety.1'],
      [{ answers: { 'nowhere.1': 3 } }, 'answers.nowhere.1'],
      [{ answers: { 'safety.2': 2.5 } }, 'answers.safety.2'],
      [{ answers: { 'safety.1': 3 }, comments: { elsewhere: 'x' } }, 'comments.elsewhere'],
      [{ answers: { 'safety.1': '3' } }, 'answers.safety.1'],
    ];
    for (const [body, field] of cases) {
      const response = await client.request('POST', url(cycleId, 'survey'), body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(((await response.json()) as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toContain(field);
    }
    // a criterion that exists, but in another pack
    const ofOtherPack = await client.request('POST', url(cycleId, 'survey'), { answers: { 'other-safety.1': 3 } });
    expect(ofOtherPack.status).toBe(400);
    expect(await ofOtherPack.text()).toContain('answers.other-safety.1');
    expect(await stored()).toEqual(before);
    expect(await (await client.request('GET', url(cycleId, 'survey/mine'))).json()).toEqual({ answered: false });
  });

  it('takes everyone in scope once, skips allowed, and refuses a second answer', async () => {
    for (const [i, r] of world.respondents.entries()) {
      const small = r.team === 'small';
      const answers = { 'safety.1': small ? 1 : 4, 'safety.2': small ? 1 : 5, ...(i % 3 === 0 ? {} : { 'trust.1': 3 }) };
      const comments = i < 12 ? { safety: r.comment } : { trust: r.comment };
      const response = await r.client.request('POST', url(cycleId, 'survey'), { answers, comments });
      expect(response.status, await response.clone().text()).toBe(201);
    }
    expect(await stored()).toEqual([17, 17]);
    const again = await world.respondents[0]!.client.request('POST', url(cycleId, 'survey'), { answers: { 'safety.1': 5 } });
    expect(again.status).toBe(409);
    expect(await stored()).toEqual([17, 17]);
    expect(await (await world.respondents[0]!.client.request('GET', url(cycleId, 'survey/mine'))).json()).toEqual({ answered: true });
  });

  it('refuses people outside a unit survey, team reviews and other organisations (404)', async () => {
    const teamSurvey = await world.openSurvey({ unitId: world.teams.middle });
    expect((await world.clients.outsider.request('POST', url(teamSurvey, 'survey'), { answers: {} })).status).toBe(404);
    expect((await world.respondents[0]!.client.request('GET', url(teamSurvey, 'survey/about'))).status).toBe(404);
    const middle = world.respondents.find((r) => r.team === 'middle')!;
    expect((await middle.client.request('GET', url(teamSurvey, 'survey/about'))).status).toBe(200);
    const review = await world.openSurvey({ mode: 'team-review' });
    expect((await middle.client.request('POST', url(review, 'survey'), { answers: {} })).status).toBe(404);
    expect((await world.clients.foreignAdmin.request('GET', url(cycleId, 'survey/about'))).status).toBe(404);
    expect((await world.clients.foreignAdmin.request('GET', url(cycleId, 'survey-results'))).status).toBe(404);
  });

  it('stores no person and no time with a response, and never audits an answer', async () => {
    const columns = await database.db.execute(
      sql`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'assessment_survey_responses' ORDER BY ordinal_position`,
    );
    const rows = columns.rows as Array<{ column_name: string; data_type: string }>;
    expect(rows.map((c) => c.column_name).sort()).toEqual(['answers', 'comments', 'cycle_id', 'id', 'org_id', 'unit_id']);
    expect(rows.filter((c) => /person|account|user|_at$|_on$|time|date/.test(c.column_name) || /time|date/.test(c.data_type))).toEqual([]);
    const ids = (await database.db.execute(sql`SELECT id FROM assessment_survey_responses`)).rows as Array<{ id: string }>;
    // random (v4), so not ordered by time like the UUIDv7 ids elsewhere
    expect(ids.every((r) => r.id[14] === '4')).toBe(true);
    const audits = await database.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE org_id = ${world.orgId} AND actor_person_id IN ${world.respondents.map((r) => r.personId)}`,
    );
    expect((audits.rows[0] as { n: number }).n).toBe(0);
  });
});

describe('survey results, only through the privacy gate', () => {
  it('shows nothing while answers are still coming in', async () => {
    const response = await world.clients.admin.request('GET', url(cycleId, 'survey-results'));
    expect(await response.json()).toEqual({ state: 'collecting', closesOn: expect.any(String) });
    expect((await world.clients.admin.request('GET', url(cycleId, 'survey-results.csv'))).status).toBe(409);
  });

  it('hides the team of 4, hides a sibling so the service total cannot give it away, and keeps the total', async () => {
    // closed early by an admin, from the results page; a worker outside its scope finds no such cycle
    expect((await world.clients.outsider.request('POST', url(cycleId, 'close'))).status).toBe(404);
    expect((await world.clients.admin.request('POST', url(cycleId, 'close'))).status).toBe(200);
    expect((await world.clients.admin.request('POST', url(cycleId, 'close'))).status).toBe(409);
    const response = await world.clients.admin.request('GET', url(cycleId, 'survey-results'));
    expect(response.status).toBe(200);
    const results = (await response.json()) as Results;
    const { small, middle, large } = world.teams;
    for (const section of results.sections) {
      // (criteria nobody answered are hidden everywhere: safety.3, trust.2)
      for (const cells of [section.cells, ...section.criteria.map((c) => c.cells)].filter((cs) => cs.some((c) => !c.suppressed))) {
        const at = (unitId: string | null) => cells.find((c) => c.unitId === unitId);
        expect(at(small)).toEqual({ unitId: small, suppressed: true, reason: 'small-group' });
        expect(at(middle)).toMatchObject({ unitId: middle, suppressed: true });
        expect(at(middle)).not.toHaveProperty('mean');
        expect(at(large)).toMatchObject({ suppressed: false });
        expect(at(world.service)).toMatchObject({ suppressed: false });
      }
    }
    const safety = results.sections.find((s) => s.id === 'safety')!;
    // everyone answered safety: the middle team (6) is hidden only so that service − large − middle cannot give the small team away
    expect(safety.cells.find((c) => c.unitId === middle)).toEqual({ unitId: middle, suppressed: true, reason: 'protects-another' });
    // a section figure pools its criteria: 7 people × 2 ratings
    expect(safety.cells.find((c) => c.unitId === world.teams.large)).toEqual({ unitId: world.teams.large, suppressed: false, mean: 4.5, ratings: 14 });
    expect(safety.cells.find((c) => c.unitId === null)).toMatchObject({ ratings: 34 });
    expect(results.heatMap.rows.map((r) => r.sectionId)).toEqual(['safety', 'trust']);
    expect(results.heatMap.units).toEqual(expect.arrayContaining([null, world.service, small, middle, large]));
    // 12 wrote about safety: shown, shuffled, bare texts; 5 wrote about trust: withheld
    expect(safety.comments.status).toBe('released');
    expect([...safety.comments.texts!].sort()).toEqual(world.respondents.slice(0, 12).map((r) => r.comment).sort());
    expect(results.sections.find((s) => s.id === 'trust')!.comments).toEqual({ status: 'withheld', reason: 'small-group' });
  });

  it('computed them only after mixing: every response carries one xmin no participant has, in a random place', async () => {
    const xmins = await database.db.execute(sql`SELECT DISTINCT xmin::text AS x FROM assessment_survey_responses WHERE cycle_id = ${cycleId}`);
    expect(xmins.rows).toHaveLength(1);
    const paired = await database.db.execute(
      sql`SELECT count(*)::int AS n FROM assessment_survey_participants WHERE cycle_id = ${cycleId} AND xmin::text = ${(xmins.rows[0] as { x: string }).x}`,
    );
    expect((paired.rows[0] as { n: number }).n).toBe(0);
    const byPlace = await database.db.execute(sql`SELECT comments FROM assessment_survey_responses WHERE cycle_id = ${cycleId} ORDER BY ctid`);
    const placeOrder = (byPlace.rows as Array<{ comments: Record<string, string> }>).map((r) => Object.values(r.comments)[0]);
    expect(placeOrder).not.toEqual(world.respondents.map((r) => r.comment)); // 1 in 17! by chance
  });

  it("the lead reads them too; a worker who is not the lead does not; the CSV holds only released figures", async () => {
    expect((await world.clients.lead.request('GET', url(cycleId, 'survey-results'))).status).toBe(200);
    expect((await world.respondents[0]!.client.request('GET', url(cycleId, 'survey-results'))).status).toBe(404);
    const csv = await (await world.clients.admin.request('GET', url(cycleId, 'survey-results.csv'))).text();
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('section,criterion,unit,mean,ratings');
    expect(lines.filter((l) => l.includes('Small Team')).every((l) => l.endsWith(',suppressed,suppressed'))).toBe(true);
    expect(lines.filter((l) => l.includes('Middle Team')).every((l) => l.endsWith(',suppressed,suppressed'))).toBe(true);
    expect(lines).toContain('Safety,,Large Team,4.5,14');
    const viewed = await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_events WHERE org_id = ${world.orgId} AND type = 'assessment.survey-results-viewed'`);
    expect((viewed.rows[0] as { n: number }).n).toBe(3);
  });

  it('after a late answer, hides what would differ from the figures shown by that one answer', async () => {
    await world.setStatus(cycleId, 'open');
    const late = await world.clients.outsider.request('POST', url(cycleId, 'survey'), { answers: { 'safety.1': 2 } });
    expect(late.status).toBe(201);
    await world.setStatus(cycleId, 'closed');
    const response = await world.clients.admin.request('GET', url(cycleId, 'survey-results'));
    expect(response.status).toBe(200);
    const results = (await response.json()) as Results;
    const safety = results.sections.find((s) => s.id === 'safety')!;
    // the service (17) was shown before; the whole organisation is now 18: showing it would give the late answer
    for (const cells of [safety.cells, safety.criteria.find((c) => c.id === 'safety.1')!.cells]) {
      expect(cells.find((c) => c.unitId === null)).toMatchObject({ suppressed: true });
      expect(cells.find((c) => c.unitId === null)).not.toHaveProperty('mean');
    }
  });
});

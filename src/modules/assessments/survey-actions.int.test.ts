import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildSurveyWorld } from './survey-test-world.js';

/**
 * Actions raised from a staff survey's released figures: a criterion's mean for a group as the
 * gate showed it. Two surveys of the whole organisation: in the first the large team (7) rates
 * safety.1 at 5, in the second at 3; the small team (4) and, to protect it, the middle team are
 * hidden in both.
 */

let database: Database;
let world: Awaited<ReturnType<typeof buildSurveyWorld>>;
let first: string;
let second: string;

const url = (id: string, rest: string) => `/api/v1/assessments/cycles/${id}/${rest}`;
type Action = { id: string; cycleId: string; criterionId: string; unitId: string | null; figure: unknown };

async function answeredAndClosed(largeRates: number) {
  const id = await world.openSurvey();
  for (const r of world.respondents) {
    const response = await r.client.request('POST', url(id, 'survey'), { answers: { 'safety.1': r.team === 'large' ? largeRates : 2, 'safety.2': 4 } });
    expect(response.status).toBe(201);
  }
  await world.setStatus(id, 'closed');
  return id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildSurveyWorld(database);
  first = await answeredAndClosed(5);
});
afterAll(() => database.close());

const raise = (client: typeof world.clients.admin, cycleId: string, body: Record<string, unknown>) => client.request('POST', url(cycleId, 'survey-actions'), body);
const body = () => ({ criterionId: 'safety.1', unitId: world.teams.large, title: 'Team debrief after hard visits', ownerPersonId: world.lead.personId, dueOn: '2999-03-31' });

describe('an action raised from a survey figure', () => {
  it("keeps the group's mean as released, joins the survey's plan, and shows the next survey's beside it", async () => {
    const response = await raise(world.clients.admin, first, body());
    expect(response.status).toBe(201);
    const action = (await response.json()) as Action;
    expect(action).toMatchObject({ cycleId: first, criterionId: 'safety.1', unitId: world.teams.large, figure: { kind: 'survey-criterion', value: 5, after: null } });
    second = await answeredAndClosed(3);
    const plan = (await (await world.clients.admin.request('GET', url(first, 'actions'))).json()) as { actions: Action[] };
    expect(plan.actions.find((a) => a.id === action.id)?.figure).toEqual({ kind: 'survey-criterion', value: 5, after: { cycleId: second, cycleTitle: 'Staff survey', value: 3 } });
  });

  it('refuses a hidden group or an unknown criterion, naming the field, and writes nothing', async () => {
    const count = async () => ((await database.db.execute(sql`SELECT count(*)::int AS n FROM assessment_actions WHERE org_id = ${world.orgId}`)).rows[0] as { n: number }).n;
    const before = await count();
    const hidden = await raise(world.clients.admin, first, { ...body(), unitId: world.teams.small });
    expect(hidden.status).toBe(400);
    expect(((await hidden.json()) as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toEqual(['unitId']);
    const unknown = await raise(world.clients.admin, first, { ...body(), criterionId: 'nowhere.1' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toEqual(['criterionId']);
    expect(await count()).toBe(before);
  });

  it("is for those who read the results: the lead may, a respondent and another organisation find no survey", async () => {
    expect((await raise(world.clients.lead, first, body())).status).toBe(201);
    expect((await raise(world.respondents[0]!.client, first, body())).status).toBe(404);
    expect((await raise(world.clients.foreignAdmin, first, body())).status).toBe(404);
  });

  it('waits for a survey to close', async () => {
    const open = await world.openSurvey();
    expect((await raise(world.clients.admin, open, body())).status).toBe(409);
  });
});

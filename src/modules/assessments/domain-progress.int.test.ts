import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { assessmentWorld } from './test-world.js';

/**
 * Two team reviews of one team against a pack whose criteria serve governance (safety.1,
 * safety.2) and policy (safety.2, trust.1): the first closed, the second with two actions.
 */

let database: Database;
let world: Awaited<ReturnType<typeof assessmentWorld>>;

type Progress = {
  scopes: Array<{
    packId: string;
    unitName: string | null;
    latest: { cycleId: string; title: string; domains: Array<{ domain: string; criteria: number; green: number; greenShare: number | null }>; actions: Record<string, number | null> };
    previous: { cycleId: string; title: string; domains: Array<{ domain: string; greenShare: number | null }> } | null;
  }>;
};

beforeAll(async () => {
  database = await createTestDatabase();
  world = await assessmentWorld(database);
  const pack = minimalAssessmentPack({ id: 'test.domains' });
  pack.body.sections[0]!.criteria[1]!.domains = ['governance', 'policy'];
  pack.body.sections[1]!.criteria[0]!.domains = ['policy'];
  await installPack(database.db, pack);
  const { clients, people } = world;
  const rate = async (cycle: string, ratings: Array<[string, 'red' | 'amber' | 'green']>) => {
    for (const [criterion, rating] of ratings) {
      await clients.contributor.request('PUT', `/api/v1/assessments/cycles/${cycle}/criteria/${criterion}/rating`, { rating });
      await clients.lead.request('POST', `/api/v1/assessments/cycles/${cycle}/criteria/${criterion}/confirm`, { rating });
    }
  };
  const first = await world.openCycle('Review 2025', { packId: 'test.domains' });
  await rate(first, [['safety.1', 'amber'], ['safety.2', 'red'], ['trust.1', 'red']]);
  await clients.admin.request('POST', `/api/v1/assessments/cycles/${first}/close`);
  const second = await world.openCycle('Review 2026', { packId: 'test.domains' });
  await rate(second, [['safety.1', 'green'], ['safety.2', 'amber'], ['trust.1', 'green']]);
  const plan = async (title: string, dueOn: string) => {
    const response = await clients.lead.request('POST', `/api/v1/assessments/cycles/${second}/criteria/safety.2/actions`, { title, ownerPersonId: people.bystander.personId, dueOn });
    return ((await response.json()) as { id: string }).id;
  };
  const onTime = await plan('Quiet room', '2999-01-01');
  await plan('Debrief rota', '2020-01-31');
  await clients.bystander.request('PATCH', `/api/v1/assessments/actions/${onTime}`, { status: 'done' });
});
afterAll(() => database.close());

const progress = async (client: typeof world.clients.admin) => {
  const response = await client.request('GET', '/api/v1/assessments/domain-progress');
  return { status: response.status, body: (await response.json()) as Progress };
};

describe('audit progress by implementation domain', () => {
  it("rolls the latest review up by domain beside the one before, with its actions against their due dates", async () => {
    const { status, body } = await progress(world.clients.admin);
    expect(status).toBe(200);
    const scope = body.scopes.find((s) => s.packId === 'test.domains')!;
    expect(scope.unitName).toBe('Lighthouse Team');
    expect(scope.latest.title).toBe('Review 2026');
    const domain = (list: Array<{ domain: string }>, id: string) => list.find((d) => d.domain === id);
    // governance: safety.1 green, safety.2 amber; policy: safety.2 amber, trust.1 green
    expect(domain(scope.latest.domains, 'governance')).toMatchObject({ criteria: 2, green: 1, greenShare: 0.5 });
    expect(domain(scope.latest.domains, 'policy')).toMatchObject({ criteria: 2, green: 1, greenShare: 0.5 });
    expect(domain(scope.latest.domains, 'evaluation')).toMatchObject({ criteria: 0, greenShare: null });
    expect(scope.previous?.title).toBe('Review 2025');
    expect(domain(scope.previous!.domains, 'governance')).toMatchObject({ greenShare: 0 });
    // one done (before its due date), one overdue
    expect(scope.latest.actions).toEqual({ counted: 2, doneOnTime: 1, doneLate: 0, overdue: 1, onTimeShare: 0.5 });
  });

  it('is for admins: a review lead is refused, another organisation sees none of it', async () => {
    expect((await progress(world.clients.lead)).status).toBe(403);
    const foreign = await progress(world.clients.foreign);
    expect(foreign).toEqual({ status: 200, body: { scopes: [] } });
  });
});

describe('an action raised from a domain figure', () => {
  const raise = (client: typeof world.clients.admin, cycleId: string, body: Record<string, unknown>) => client.request('POST', `/api/v1/assessments/cycles/${cycleId}/domain-actions`, body);
  const reviews = async () => {
    const scope = (await progress(world.clients.admin)).body.scopes.find((s) => s.packId === 'test.domains')!;
    return { latest: scope.latest.cycleId, previous: scope.previous!.cycleId };
  };

  it('keeps the domain share it came from, joins the review plan, and shows the next closed review beside it', async () => {
    const { latest, previous } = await reviews();
    const body = { domain: 'governance', title: 'Name a board lead for safety', ownerPersonId: world.people.bystander.personId, dueOn: '2999-06-30' };
    const response = await raise(world.clients.admin, previous, body);
    expect(response.status).toBe(201);
    const action = (await response.json()) as { id: string; cycleId: string; criterionId: string | null; figure: unknown };
    // governance in Review 2025: safety.1 amber, safety.2 red: none green
    expect(action).toMatchObject({ cycleId: previous, criterionId: null, figure: { kind: 'domain', domain: 'governance', value: 0, after: null } });
    // once Review 2026 closes (governance half green), the same figure there is beside it
    await world.clients.admin.request('POST', `/api/v1/assessments/cycles/${latest}/close`);
    const plan = (await (await world.clients.admin.request('GET', `/api/v1/assessments/cycles/${previous}/actions`)).json()) as { actions: Array<{ id: string; figure: unknown }> };
    expect(plan.actions.find((a) => a.id === action.id)?.figure).toEqual({ kind: 'domain', domain: 'governance', value: 0, after: { cycleId: latest, cycleTitle: 'Review 2026', value: 0.5 } });
  });

  it('names the field for a domain with no criterion, and is for admins only', async () => {
    const { previous } = await reviews();
    const body = { domain: 'evaluation', title: 'Evaluate', ownerPersonId: world.people.bystander.personId, dueOn: '2999-06-30' };
    const empty = await raise(world.clients.admin, previous, body);
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toEqual(['domain']);
    const unknown = await raise(world.clients.admin, previous, { ...body, domain: 'astrology' });
    expect(unknown.status).toBe(400);
    expect((await raise(world.clients.lead, previous, { ...body, domain: 'governance' })).status).toBe(403);
    expect((await raise(world.clients.foreign, previous, { ...body, domain: 'governance' })).status).toBe(404);
  });
});

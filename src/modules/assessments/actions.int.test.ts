import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { countRows } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { todayIn } from '../../platform/time/day.js';
import type { TAction } from './action-view.js';
import { assessmentWorld } from './test-world.js';

let database: Database;
let world: Awaited<ReturnType<typeof assessmentWorld>>;
let first: string;
let redAction: TAction;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await assessmentWorld(database);
  first = await world.openCycle('Review 2026');
  for (const [criterion, rating] of [['safety.1', 'green'], ['safety.2', 'red'], ['trust.1', 'amber']] as const) {
    await world.clients.contributor.request('PUT', `/api/v1/assessments/cycles/${first}/criteria/${criterion}/rating`, { rating });
    await world.clients.lead.request('POST', `/api/v1/assessments/cycles/${first}/criteria/${criterion}/confirm`, { rating });
  }
});
afterAll(() => database.close());

const actionsPath = (cycle: string, criterion: string) => `/api/v1/assessments/cycles/${cycle}/criteria/${criterion}/actions`;
const list = async (client: typeof world.clients.admin) => ((await (await client.request('GET', '/api/v1/assessments/actions')).json()) as { actions: TAction[] }).actions;

describe('action plans', () => {
  it('come from amber and red criteria only: a green one is refused and nothing is written', async () => {
    const { clients, people, orgId } = world;
    const refused = await clients.lead.request('POST', actionsPath(first, 'safety.1'), { title: 'Keep it up', ownerPersonId: people.contributor.personId, dueOn: '2026-06-01' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: Array<{ field: string }> }).errors[0]!.field).toBe('criterionId');
    const unrated = await clients.lead.request('POST', actionsPath(first, 'safety.3'), { title: 'Look into it', ownerPersonId: people.contributor.personId, dueOn: '2026-06-01' });
    expect(unrated.status).toBe(400);
    const foreignOwner = await clients.lead.request('POST', actionsPath(first, 'safety.2'), { title: 'Quiet room', ownerPersonId: people.foreign.personId, dueOn: '2026-06-01' });
    expect(foreignOwner.status).toBe(400);
    expect(await countRows(database, 'assessment_actions', orgId)).toBe(0);

    const created = await clients.lead.request('POST', actionsPath(first, 'safety.2'), { title: 'Set up a quiet room', ownerPersonId: people.bystander.personId, dueOn: '2020-01-31' });
    expect(created.status).toBe(201);
    redAction = (await created.json()) as TAction;
    expect(redAction).toMatchObject({ criterionId: 'safety.2', status: 'not-started', before: 'red', after: null, overdue: true, owner: { name: 'Bo Bystander' } });
    const amber = await clients.admin.request('POST', actionsPath(first, 'trust.1'), { title: 'Explain decisions', ownerPersonId: people.lead.personId, dueOn: '2999-01-01' });
    expect(amber.status).toBe(201);
    expect(((await amber.json()) as TAction).overdue).toBe(false);
  });

  it('the organisation list flags overdue actions; people see their own and their cycles’, another organisation none', async () => {
    const { clients } = world;
    expect((await list(clients.admin)).map((a) => [a.title, a.overdue])).toEqual([
      ['Explain decisions', false],
      ['Set up a quiet room', true],
    ]);
    expect((await list(clients.bystander)).map((a) => a.title)).toEqual(['Set up a quiet room']);
    expect(await list(clients.foreign)).toEqual([]);
    expect((await clients.foreign.request('PATCH', `/api/v1/assessments/actions/${redAction.id}`, { status: 'done' })).status).toBe(404);
  });

  it('the owner reports progress; done is never overdue; changes are audited', async () => {
    const { clients } = world;
    const noted = await clients.bystander.request('POST', `/api/v1/assessments/actions/${redAction.id}/notes`, { body: 'Room booked' });
    expect(noted.status).toBe(201);
    expect(((await noted.json()) as TAction).notes.map((n) => n.body)).toEqual(['Room booked']);
    const bad = await clients.bystander.request('PATCH', `/api/v1/assessments/actions/${redAction.id}`, { status: 'finished' });
    expect(bad.status).toBe(400);
    const done = await clients.bystander.request('PATCH', `/api/v1/assessments/actions/${redAction.id}`, { status: 'done', dueOn: '2020-02-28' });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ status: 'done', dueOn: '2020-02-28', overdue: false, doneOn: todayIn('UTC') });
    // reopened: no longer done, so no day it was done
    const reopened = await clients.bystander.request('PATCH', `/api/v1/assessments/actions/${redAction.id}`, { status: 'in-progress' });
    expect(await reopened.json()).toMatchObject({ status: 'in-progress', doneOn: null });
    await clients.bystander.request('PATCH', `/api/v1/assessments/actions/${redAction.id}`, { status: 'done' });
    const audit = await database.db.execute(`select type, data from audit_events where org_id = '${world.orgId}' and type like 'assessment.action%' order by at`);
    expect((audit.rows as Array<{ type: string; data: { fields?: string[] } }>).map((r) => [r.type, r.data.fields ?? null])).toEqual([
      ['assessment.action-created', null],
      ['assessment.action-created', null],
      ['assessment.action-noted', null],
      ['assessment.action-changed', ['status', 'dueOn']],
      ['assessment.action-changed', ['status']],
      ['assessment.action-changed', ['status']],
    ]);
  });

  it('results show the spread per section, strengths and gaps', async () => {
    const response = await world.clients.lead.request('GET', `/api/v1/assessments/cycles/${first}/results`);
    expect(response.status).toBe(200);
    const results = (await response.json()) as { previousCycle: unknown; totals: unknown; strengths: string[]; gaps: string[]; sections: Array<{ id: string; counts: unknown }> };
    expect(results.previousCycle).toBeNull();
    expect(results.totals).toEqual({ red: 1, amber: 1, green: 1, unrated: 2 });
    expect(results.sections.map((s) => [s.id, s.counts])).toEqual([
      ['safety', { red: 1, amber: 0, green: 1, unrated: 1 }],
      ['trust', { red: 0, amber: 1, green: 0, unrated: 1 }],
    ]);
    expect(results.strengths).toEqual(['safety.1']);
    expect(results.gaps).toEqual(['safety.2', 'trust.1']);
  });

  it('when the next cycle of the same pack and unit closes, actions show the rating before and after', async () => {
    const { clients } = world;
    expect((await clients.admin.request('POST', `/api/v1/assessments/cycles/${first}/close`)).status).toBe(200);
    const second = await world.openCycle('Review 2027', { opensOn: '2027-01-04', closesOn: '2027-02-04' });
    await clients.lead.request('POST', `/api/v1/assessments/cycles/${second}/criteria/safety.2/confirm`, { rating: 'amber' });
    await clients.lead.request('POST', `/api/v1/assessments/cycles/${second}/criteria/trust.1/confirm`, { rating: 'red' });
    expect((await list(clients.admin)).every((a) => a.after === null)).toBe(true);
    expect((await clients.lead.request('POST', `/api/v1/assessments/cycles/${second}/close`)).status).toBe(200);

    const after = await list(clients.admin);
    expect(after.map((a) => [a.criterionId, a.before, a.after?.rating, a.after?.change])).toEqual([
      ['trust.1', 'amber', 'red', 'worse'],
      ['safety.2', 'red', 'amber', 'better'],
    ]);
    const results = (await (await clients.admin.request('GET', `/api/v1/assessments/cycles/${second}/results`)).json()) as {
      previousCycle: { id: string };
      sections: Array<{ criteria: Array<{ id: string; rating: string | null; previousRating: string | null; change: string | null }> }>;
    };
    expect(results.previousCycle.id).toBe(first);
    expect(results.sections[0]!.criteria.find((x) => x.id === 'safety.2')).toMatchObject({ rating: 'amber', previousRating: 'red', change: 'better' });

    const history = await clients.admin.request('GET', `/api/v1/assessments/history?packId=test.assessment&unitId=${world.unitId}`);
    expect(((await history.json()) as { cycles: Array<{ title: string; counts: unknown }> }).cycles).toMatchObject([
      { title: 'Review 2026', counts: { red: 1, amber: 1, green: 1, unrated: 2 } },
      { title: 'Review 2027', counts: { red: 1, amber: 1, green: 0, unrated: 3 } },
    ]);
    const foreignHistory = await clients.foreign.request('GET', `/api/v1/assessments/history?packId=test.assessment&unitId=${world.unitId}`);
    expect(((await foreignHistory.json()) as { cycles: unknown[] }).cycles).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import { addDays, todayIn } from '../../platform/time/day.js';
import type { BuiltPerson } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildWorld, expectJson, type World } from '../hard-events/test-world.js';
import { TEST_CHECK } from '../wellbeing/test-world.js';

/**
 * Home's tasks through the API, source by source: each appears when its thing waits on the person
 * and goes when it is done; nobody's task list carries anything of another person's.
 */

type Task = { id: string; kind: string; title: string; subject: string | null; count: number | null; detail: string | null; dueOn: string | null; overdue: boolean; href: string };

let database: Database;
let w: World;
const today = () => todayIn('UTC');
const inDays = (n: number) => addDays(today(), n);

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
  await installPack(database.db, TEST_CHECK);
  await installPack(database.db, minimalAssessmentPack());
});
afterAll(() => database.close());

const tasksOf = async (p: BuiltPerson) => (await expectJson<{ tasks: Task[] }>(await w.as(p).request('GET', '/api/v1/me/tasks'), 200)).tasks;
const kindsOf = async (p: BuiltPerson) => (await tasksOf(p)).map((t) => t.kind);

describe('an empty Home', () => {
  it('is an empty list for someone with nothing waiting, and asks a sign-in', async () => {
    expect(await tasksOf(w.colleague)).toEqual([]);
    expect((await w.app.request('/api/v1/me/tasks')).status).toBe(401);
  });
});

describe('staff surveys and team reviews', () => {
  it('lists an open survey that asks me until I answer it, due the day it closes', async () => {
    const survey = await expectJson<{ id: string }>(
      await w.as(w.admin).request('POST', '/api/v1/assessments/cycles', { packId: 'test.assessment', title: 'Winter pulse', unitId: w.teamId, mode: 'staff-survey', opensOn: today(), closesOn: inDays(10) }),
      201,
    );
    const task = (await tasksOf(w.worker)).find((t) => t.kind === 'survey-to-answer');
    expect(task).toMatchObject({ subject: 'Winter pulse', dueOn: inDays(10), href: `/assessments/${survey.id}/survey`, overdue: false });
    // someone outside the survey's team is not asked
    expect(await kindsOf(w.otherManager)).not.toContain('survey-to-answer');
    const questions = await expectJson<{ sections: Array<{ criteria: Array<{ id: string }> }> }>(await w.as(w.worker).request('GET', `/api/v1/assessments/cycles/${survey.id}/survey/questions`), 200);
    const criterion = questions.sections[0]!.criteria[0]!.id;
    await expectJson(await w.as(w.worker).request('POST', `/api/v1/assessments/cycles/${survey.id}/survey`, { answers: { [criterion]: 3 } }), 201);
    expect(await kindsOf(w.worker)).not.toContain('survey-to-answer');
  });

  it('lists an open team review to its lead and contributors until it is closed', async () => {
    const review = await expectJson<{ id: string }>(
      await w.as(w.admin).request('POST', '/api/v1/assessments/cycles', {
        packId: 'test.assessment',
        title: 'Team review spring',
        unitId: w.teamId,
        mode: 'team-review',
        opensOn: today(),
        closesOn: inDays(30),
        leadPersonId: w.manager.personId,
        contributorIds: [w.colleague.personId],
      }),
      201,
    );
    expect((await tasksOf(w.manager)).find((t) => t.kind === 'review-to-contribute')).toMatchObject({ subject: 'Team review spring', detail: 'lead', href: `/assessments/${review.id}` });
    expect((await tasksOf(w.colleague)).find((t) => t.kind === 'review-to-contribute')).toMatchObject({ detail: 'contributor' });
    expect(await kindsOf(w.worker)).not.toContain('review-to-contribute');
    await expectJson(await w.as(w.admin).request('POST', `/api/v1/assessments/cycles/${review.id}/close`), 200);
    expect(await kindsOf(w.colleague)).not.toContain('review-to-contribute');
  });
});

describe('development plans', () => {
  const worker = () => w.worker.personId;
  it('tells the manager a self-assessment was handed in, and the worker when the plan waits for them', async () => {
    await expectJson(await w.as(w.worker).request('PUT', `/api/v1/people/${worker()}/self-assessment/answers`, { serviceRemit: 'Outreach', role: 'Key worker', relevantLevel: 'skilled', strengths: 'Listening', areasToDevelop: '' }), 200);
    expect(await kindsOf(w.manager)).not.toContain('self-assessments-to-review');
    await expectJson(await w.as(w.worker).request('POST', `/api/v1/people/${worker()}/self-assessment/submit`), 200);
    expect((await tasksOf(w.manager)).find((t) => t.kind === 'self-assessments-to-review')).toMatchObject({ count: 1, href: '/team/plans', subject: null });
    // another team's supervisor has nobody's self-assessment to review
    expect(await kindsOf(w.otherManager)).not.toContain('self-assessments-to-review');

    await expectJson(await w.as(w.manager).request('PUT', `/api/v1/people/${worker()}/self-assessment/plan`, { goals: [{ goal: 'Grounding skills', expectedOutcome: 'Confident' }], supportPlan: 'Monthly supervision', reviewDate: inDays(90) }), 200);
    expect(await kindsOf(w.worker)).not.toContain('plan-to-confirm');
    await expectJson(await w.as(w.manager).request('POST', `/api/v1/people/${worker()}/self-assessment/confirm`), 200);
    expect(await kindsOf(w.manager)).not.toContain('self-assessments-to-review');
    expect((await tasksOf(w.worker)).find((t) => t.kind === 'plan-to-confirm')).toMatchObject({ href: '/me/self-assessment' });
    await expectJson(await w.as(w.worker).request('POST', `/api/v1/people/${worker()}/self-assessment/confirm`), 200);
    expect(await kindsOf(w.worker)).not.toContain('plan-to-confirm');
  });
});

describe('well-being: shared with me, and my own rhythm', () => {
  it('lists a coping plan a colleague shared with me until I open it', async () => {
    const grant = await expectJson<{ id: string }>(
      await w.as(w.colleague).request('POST', '/api/v1/me/wellbeing/grants', { scope: 'coping-plan', granteePersonId: w.otherManager.personId, expiresAt: new Date(Date.now() + 20 * 86_400_000).toISOString() }),
      201,
    );
    const task = (await tasksOf(w.otherManager)).find((t) => t.kind === 'shared-with-you');
    expect(task).toMatchObject({ subject: 'Cal Colleague', detail: 'coping-plan', href: `/shared-with-me/${grant.id}` });
    await expectJson(await w.as(w.otherManager).request('GET', `/api/v1/shared-with-me/${grant.id}`), 200);
    expect(await kindsOf(w.otherManager)).not.toContain('shared-with-you');
  });

  it('lists a revoked share no longer', async () => {
    const grant = await expectJson<{ id: string }>(
      await w.as(w.colleague).request('POST', '/api/v1/me/wellbeing/grants', { scope: 'coping-plan', granteePersonId: w.admin.personId, expiresAt: new Date(Date.now() + 20 * 86_400_000).toISOString() }),
      201,
    );
    expect(await kindsOf(w.admin)).toContain('shared-with-you');
    await expectJson(await w.as(w.colleague).request('POST', `/api/v1/me/wellbeing/grants/${grant.id}/revoke`), 200);
    expect(await kindsOf(w.admin)).not.toContain('shared-with-you');
  });

  it('lists a check-in due by my own rhythm until I check in', async () => {
    expect(await kindsOf(w.worker)).not.toContain('check-in-due');
    await expectJson(await w.as(w.worker).request('PUT', '/api/v1/me/wellbeing/rhythm', { rhythm: 'weekly', instrumentId: TEST_CHECK.id }), 200);
    expect((await tasksOf(w.worker)).find((t) => t.kind === 'check-in-due')).toMatchObject({ dueOn: today(), href: '/me/wellbeing/check-in' });
    await expectJson(await w.as(w.worker).request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: TEST_CHECK.id, answers: { 'w.a': 3 } }), 201);
    expect(await kindsOf(w.worker)).not.toContain('check-in-due');
  });
});

describe('after a hard event', () => {
  it('lists the due check-in to the affected person until they answer or let it go', async () => {
    await expectJson(await w.as(w.manager).request('POST', '/api/v1/hard-events', { category: 'violence-or-threat', occurredOn: w.daysAgo(10), unitId: w.teamId }), 201);
    const task = (await tasksOf(w.colleague)).find((t) => t.kind === 'hard-event-check-in');
    expect(task).toMatchObject({ href: '/me/after-hard-events', detail: 'early', dueOn: w.daysAgo(7), overdue: true });
    const offerId = task!.id.split(':')[1]!;
    await expectJson(await w.as(w.colleague).request('POST', `/api/v1/me/hard-event-offers/${offerId}/decline`), 200);
    expect(await kindsOf(w.colleague)).not.toContain('hard-event-check-in');
  });
});

describe('supervision', () => {
  it('lists a recorded session to the worker until they confirm it, and a change asked to the supervisor', async () => {
    const session = await expectJson<{ id: string }>(await w.as(w.manager).request('POST', `/api/v1/supervision/supervisees/${w.colleague.personId}/sessions`, { plannedFor: w.daysAgo(2) }), 201);
    const record = { heldOn: w.daysAgo(2), howWorkerIs: 'Steady', whatWasHard: 'A long week', whatHelped: 'Walking', supportAgreed: 'Check in next month', referralAgreed: false, nextDate: inDays(26) };
    expect(await kindsOf(w.colleague)).not.toContain('supervision-to-confirm');
    await expectJson(await w.as(w.manager).request('PUT', `/api/v1/supervision/sessions/${session.id}/record`, record), 200);
    expect((await tasksOf(w.colleague)).find((t) => t.kind === 'supervision-to-confirm')).toMatchObject({ subject: w.daysAgo(2), href: `/supervision/sessions/${session.id}` });
    await expectJson(await w.as(w.colleague).request('POST', `/api/v1/supervision/sessions/${session.id}/change-request`, { request: 'Say it was one long week' }), 200);
    expect(await kindsOf(w.colleague)).not.toContain('supervision-to-confirm');
    expect((await tasksOf(w.manager)).find((t) => t.kind === 'supervision-change-asked')).toMatchObject({ count: 1, subject: null, href: '/supervision/supervisees' });
    await expectJson(await w.as(w.manager).request('PUT', `/api/v1/supervision/sessions/${session.id}/record`, record), 200);
    expect(await kindsOf(w.manager)).not.toContain('supervision-change-asked');
    await expectJson(await w.as(w.colleague).request('POST', `/api/v1/supervision/sessions/${session.id}/confirm`), 200);
    expect(await kindsOf(w.colleague)).not.toContain('supervision-to-confirm');
  });
});

describe('supervision never held', () => {
  it('tells a worker whose pair began long ago that none is on record, not a years-old due date', async () => {
    // the colleague above has a session held; the worker has none, and started years ago
    await database.pool.query('update people set start_date = $3 where org_id = $1 and id = $2', [w.orgId, w.worker.personId, '2021-01-04']);
    const task = (await tasksOf(w.worker)).find((t) => t.kind === 'supervision-overdue');
    expect(task).toMatchObject({ detail: 'none-held', overdue: true, href: '/me/supervision' });
    // someone who started as long ago but had a session held two days ago owes nothing yet
    await database.pool.query('update people set start_date = $3 where org_id = $1 and id = $2', [w.orgId, w.colleague.personId, '2021-01-04']);
    expect(await kindsOf(w.colleague)).not.toContain('supervision-overdue');
  });
});

describe('staff voice', () => {
  it('lists an announcement that asks to be read until I mark it read', async () => {
    const { id } = await expectJson<{ id: string }>(await w.as(w.admin).request('POST', '/api/v1/voice/announcements', { kind: 'policy', title: 'New lone-working policy', body: 'Please read it.', asksRead: true }), 201);
    await expectJson(await w.as(w.admin).request('POST', '/api/v1/voice/announcements', { kind: 'hiring', title: 'Just news', body: 'Nothing to mark.', asksRead: false }), 201);
    const tasks = (await tasksOf(w.worker)).filter((t) => t.kind === 'announcement-to-read');
    expect(tasks).toEqual([expect.objectContaining({ subject: 'New lone-working policy', href: `/voice/announcements#announcement-${id}-heading` })]);
    expect(await kindsOf(w.analyst)).not.toContain('announcement-to-read');
    expect((await w.as(w.worker).request('PUT', `/api/v1/voice/announcements/${id}/read`)).status).toBeLessThan(300);
    expect(await kindsOf(w.worker)).not.toContain('announcement-to-read');
  });

  it('tells handlers (only) how many concerns wait for an answer, naming nobody', async () => {
    const raised = await expectJson<{ id: string }>(await w.as(w.worker).request('POST', '/api/v1/voice/concerns', { kind: 'concern', body: 'The rota leaves no time to write notes', anonymous: false }), 201);
    const task = (await tasksOf(w.admin)).find((t) => t.kind === 'concerns-to-answer');
    expect(task).toMatchObject({ count: 1, subject: null, href: '/admin/voice' });
    expect(JSON.stringify(task)).not.toContain('Wren');
    for (const p of [w.worker, w.manager, w.analyst]) expect(await kindsOf(p)).not.toContain('concerns-to-answer');
    await expectJson(await w.as(w.admin).request('PUT', `/api/v1/voice/handling/concerns/${raised.id}/answer`, { status: 'considering', publicAnswer: 'We are looking at the rota.' }), 200);
    expect(await kindsOf(w.admin)).not.toContain('concerns-to-answer');
  });
});

describe('placement reviews', () => {
  it('tells the line manager and admins a review was requested until it is answered', async () => {
    const { id } = await expectJson<{ id: string }>(await w.as(w.worker).request('POST', '/api/v1/me/placement-review', { reason: 'I work mostly on reception now' }), 201);
    expect((await tasksOf(w.manager)).find((t) => t.kind === 'placement-reviews-to-answer')).toMatchObject({ count: 1, href: '/team/placement' });
    expect((await tasksOf(w.admin)).find((t) => t.kind === 'placement-reviews-to-answer')).toMatchObject({ count: 1 });
    expect(await kindsOf(w.otherManager)).not.toContain('placement-reviews-to-answer');
    expect((await w.as(w.manager).request('POST', `/api/v1/placement-reviews/${id}/response`, { response: 'Agreed, moving you' })).status).toBeLessThan(300);
    expect(await kindsOf(w.manager)).not.toContain('placement-reviews-to-answer');
  });
});

describe('privacy', () => {
  it("never shows a supervisor anything of their worker's well-being", async () => {
    const before = (await tasksOf(w.manager)).map((t) => t.id);
    // the worker's own things: an offer after the hard event waits, and she shares her coping plan with a colleague
    await expectJson(await w.as(w.worker).request('POST', '/api/v1/me/wellbeing/grants', { scope: 'coping-plan', granteePersonId: w.colleague.personId, expiresAt: new Date(Date.now() + 5 * 86_400_000).toISOString() }), 201);
    const workers = (await tasksOf(w.worker)).filter((t) => t.kind === 'hard-event-check-in');
    expect(workers).toHaveLength(1);
    expect(await kindsOf(w.colleague)).toContain('shared-with-you');
    const managers = await tasksOf(w.manager);
    // the manager's list is what it was: their own offer (they were in the team too), nothing of hers
    expect(managers.map((t) => t.id)).toEqual(before);
    expect(managers.map((t) => t.id)).not.toContain(workers[0]!.id);
    expect(managers.map((t) => t.kind)).not.toContain('shared-with-you');
    expect(managers.map((t) => t.kind)).not.toContain('check-in-due');
    expect(JSON.stringify(managers)).not.toContain('Wren Worker');
    expect(JSON.stringify(await tasksOf(w.admin))).not.toContain('Wren Worker');
  });

  it('has no address for anyone else’s list, and another organisation sees nothing of this one', async () => {
    expect((await w.as(w.admin).request('GET', `/api/v1/people/${w.worker.personId}/tasks`)).status).toBe(404);
    const foreign = await tasksOf(w.foreign);
    expect(foreign).toEqual([]);
  });
});

describe('setup steps', () => {
  it('are shown to admins with what is done, and refused to others', async () => {
    const setup = await expectJson<{ steps: Array<{ key: string; done: boolean }>; done: number; total: number }>(await w.as(w.admin).request('GET', '/api/v1/org/setup-steps'), 200);
    expect(Object.fromEntries(setup.steps.map((s) => [s.key, s.done]))).toEqual({ units: true, people: true, placement: false, courses: false, assessment: true });
    expect(setup).toMatchObject({ done: 3, total: 5 });
    expect((await w.as(w.worker).request('GET', '/api/v1/org/setup-steps')).status).toBe(403);
    expect((await w.as(w.manager).request('GET', '/api/v1/org/setup-steps')).status).toBe(403);
    // another organisation's admin sees their own organisation's steps: nothing made yet there but themself
    const other = await expectJson<{ steps: Array<{ key: string; done: boolean }> }>(await w.as(w.foreign).request('GET', '/api/v1/org/setup-steps'), 200);
    expect(other.steps.every((s) => !s.done)).toBe(true);
  });
});

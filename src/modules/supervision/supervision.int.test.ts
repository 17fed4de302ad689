import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildWorld, daysAgo, expectJson, type Problem, type World } from './test-world.js';

/** A pair's supervision end to end, and who finds nothing. */

type Session = { id: string; status: string; heldOn: string | null; howWorkerIs: string; whatWasHard: string; yourPart: string; changeRequest: string | null };
type Pair = { supervisor: { id: string; name: string; source: string } | null; rhythm: { weeks: number; source: string; level: string; proposal: { weeks: number; byYou: boolean } | null } | null; dates: { lastHeld: string | null; dueBy: string; nextDate: string | null; overdue: boolean } | null; sessions: Array<{ id: string; status: string }>; toConfirm: number };
type Note = { id: string; body: string };

let database: Database;
let w: World;
let sessionId = '';
let workerNoteId = '';
let supervisorNoteId = '';

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
});
afterAll(() => database.close());

const record = { heldOn: daysAgo(2), howWorkerIs: 'Tired but steady, in her words', whatWasHard: 'Two heavy visits in one week', whatHelped: 'Walking between visits', supportAgreed: 'Lighter caseload for a fortnight', referralAgreed: false, nextDate: daysAgo(-26) };

describe('a session from plan to confirmation', () => {
  it('starts with the line manager as supervisor, the default rhythm and a due date', async () => {
    const mine = await expectJson<Pair>(await w.as(w.worker).request('GET', '/api/v1/me/supervision'), 200);
    expect(mine.supervisor).toEqual({ id: w.supervisor.personId, name: 'Sky Supervisor', source: 'line-manager' });
    expect(mine.rhythm).toEqual({ weeks: 8, source: 'organisation', level: 'informed', proposal: null });
    expect(mine.sessions).toEqual([]);
    expect(mine.dates?.lastHeld).toBeNull();
  });

  it('the supervisor plans a session; the worker cannot plan one', async () => {
    const planned = await expectJson<{ id: string; status: string }>(await w.as(w.supervisor).request('POST', `/api/v1/supervision/supervisees/${w.worker.personId}/sessions`, { plannedFor: daysAgo(2) }), 201);
    expect(planned.status).toBe('planned');
    sessionId = planned.id;
    expect((await w.as(w.worker).request('POST', `/api/v1/supervision/supervisees/${w.worker.personId}/sessions`, { plannedFor: daysAgo(1) })).status).toBe(403);
    const list = await expectJson<{ supervisees: Array<{ worker: { id: string }; dates: { nextDate: string } }> }>(await w.as(w.supervisor).request('GET', '/api/v1/supervision/supervisees'), 200);
    expect(list.supervisees.map((s) => s.worker.id).sort()).toEqual([w.worker.personId, w.colleague.personId].sort());
    expect(list.supervisees.find((s) => s.worker.id === w.worker.personId)!.dates.nextDate).toBe(daysAgo(2));
  });

  it('refuses a record held in the future, naming the field, and changes nothing', async () => {
    const problem = await expectJson<Problem>(await w.as(w.supervisor).request('PUT', `/api/v1/supervision/sessions/${sessionId}/record`, { ...record, heldOn: daysAgo(-5) }), 400);
    expect(problem.errors?.map((e) => e.field)).toContain('heldOn');
    expect((await expectJson<Session>(await w.as(w.supervisor).request('GET', `/api/v1/supervision/sessions/${sessionId}`), 200)).status).toBe('planned');
    const bad = await expectJson<Problem>(await w.as(w.supervisor).request('PUT', `/api/v1/supervision/sessions/${sessionId}/record`, { ...record, referralAgreed: 'yes' }), 400);
    expect(bad.errors?.map((e) => e.field)).toEqual(['referralAgreed']);
  });

  it('the supervisor records; the worker cannot record; the supervisor cannot confirm', async () => {
    expect((await w.as(w.worker).request('PUT', `/api/v1/supervision/sessions/${sessionId}/record`, record)).status).toBe(403);
    const recorded = await expectJson<Session>(await w.as(w.supervisor).request('PUT', `/api/v1/supervision/sessions/${sessionId}/record`, record), 200);
    expect(recorded).toMatchObject({ status: 'recorded', heldOn: record.heldOn, howWorkerIs: record.howWorkerIs, yourPart: 'supervisor' });
    expect((await w.as(w.supervisor).request('POST', `/api/v1/supervision/sessions/${sessionId}/confirm`)).status).toBe(403);
    expect((await expectJson<Pair>(await w.as(w.worker).request('GET', '/api/v1/me/supervision'), 200)).toConfirm).toBe(1);
  });

  it('the worker asks for a change, the supervisor records again, the worker confirms; confirmed notes stay as agreed', async () => {
    const asked = await expectJson<Session>(await w.as(w.worker).request('POST', `/api/v1/supervision/sessions/${sessionId}/change-request`, { request: 'Say it was one heavy visit' }), 200);
    expect(asked).toMatchObject({ status: 'change-asked', changeRequest: 'Say it was one heavy visit', yourPart: 'worker' });
    expect((await w.as(w.worker).request('POST', `/api/v1/supervision/sessions/${sessionId}/confirm`)).status).toBe(409);
    await expectJson<Session>(await w.as(w.supervisor).request('PUT', `/api/v1/supervision/sessions/${sessionId}/record`, { ...record, whatWasHard: 'One heavy visit' }), 200);
    const confirmed = await expectJson<Session>(await w.as(w.worker).request('POST', `/api/v1/supervision/sessions/${sessionId}/confirm`), 200);
    expect(confirmed).toMatchObject({ status: 'confirmed', whatWasHard: 'One heavy visit', changeRequest: null });
    expect((await w.as(w.supervisor).request('PUT', `/api/v1/supervision/sessions/${sessionId}/record`, record)).status).toBe(409);
    const mine = await expectJson<Pair>(await w.as(w.worker).request('GET', '/api/v1/me/supervision'), 200);
    expect(mine.dates).toMatchObject({ lastHeld: record.heldOn, nextDate: record.nextDate, overdue: false });
  });

  it("logs the supervisor's read of the session for the worker to see", async () => {
    const log = await expectJson<{ accesses: Array<{ type: string; record: string | null; by: string }> }>(await w.as(w.worker).request('GET', '/api/v1/me/access-log'), 200);
    expect(log.accesses).toContainEqual(expect.objectContaining({ type: 'person.read', record: 'supervision-session', by: 'Sky Supervisor' }));
  });
});

describe('private notes: their writer’s alone', () => {
  it('each member writes their own and reads only their own', async () => {
    workerNoteId = (await expectJson<Note>(await w.as(w.worker).request('POST', `/api/v1/supervision/sessions/${sessionId}/private-notes`, { body: 'I held back about the second visit' }), 201)).id;
    supervisorNoteId = (await expectJson<Note>(await w.as(w.supervisor).request('POST', `/api/v1/supervision/sessions/${sessionId}/private-notes`, { body: 'Check in again next week' }), 201)).id;
    const workersOwn = await expectJson<{ notes: Note[] }>(await w.as(w.worker).request('GET', `/api/v1/supervision/sessions/${sessionId}/private-notes`), 200);
    expect(workersOwn.notes.map((n) => n.body)).toEqual(['I held back about the second visit']);
    const supervisorsOwn = await expectJson<{ notes: Note[] }>(await w.as(w.supervisor).request('GET', `/api/v1/supervision/sessions/${sessionId}/private-notes`), 200);
    expect(supervisorsOwn.notes.map((n) => n.body)).toEqual(['Check in again next week']);
    expect((await expectJson<Note>(await w.as(w.worker).request('GET', `/api/v1/supervision/private-notes/${workerNoteId}`), 200)).body).toBe('I held back about the second visit');
  });

  it.each(['supervisor', 'admin', 'analyst', 'colleague', 'otherSupervisor', 'foreign'] as const)("the worker's note answers 404 to the %s, whatever they try, and stays as written", async (who) => {
    const client = w.as(w[who]);
    const path = `/api/v1/supervision/private-notes/${workerNoteId}`;
    expect((await client.request('GET', path)).status).toBe(404);
    expect((await client.request('PUT', path, { body: 'overwritten' })).status).toBe(404);
    expect((await client.request('DELETE', path)).status).toBe(404);
    expect((await expectJson<Note>(await w.as(w.worker).request('GET', path), 200)).body).toBe('I held back about the second visit');
  });

  it("the supervisor's note answers 404 to the worker", async () => {
    expect((await w.as(w.worker).request('GET', `/api/v1/supervision/private-notes/${supervisorNoteId}`)).status).toBe(404);
  });

  it('the writer rewrites and deletes their own', async () => {
    const path = `/api/v1/supervision/private-notes/${supervisorNoteId}`;
    expect((await expectJson<Note>(await w.as(w.supervisor).request('PUT', path, { body: 'Check in on Friday' }), 200)).body).toBe('Check in on Friday');
    expect((await w.as(w.supervisor).request('PUT', path, { body: '  ' })).status).toBe(400);
    expect((await w.as(w.supervisor).request('DELETE', path)).status).toBe(204);
    expect((await w.as(w.supervisor).request('GET', path)).status).toBe(404);
  });
});

describe('shared notes: the pair’s alone', () => {
  it.each(['admin', 'analyst', 'colleague', 'otherSupervisor', 'foreign'] as const)('the session, its notes list and the pair answer 404 to the %s', async (who) => {
    const client = w.as(w[who]);
    expect((await client.request('GET', `/api/v1/supervision/sessions/${sessionId}`)).status).toBe(404);
    expect((await client.request('GET', `/api/v1/supervision/sessions/${sessionId}/private-notes`)).status).toBe(404);
    expect((await client.request('POST', `/api/v1/supervision/sessions/${sessionId}/private-notes`, { body: 'x' })).status).toBe(404);
    expect((await client.request('PUT', `/api/v1/supervision/sessions/${sessionId}/record`, record)).status).toBe(404);
    expect((await client.request('POST', `/api/v1/supervision/sessions/${sessionId}/confirm`)).status).toBe(404);
    expect((await client.request('GET', `/api/v1/supervision/supervisees/${w.worker.personId}`)).status).toBe(404);
  });
});

describe('who supervises, and the rhythm', () => {
  it('the pair agrees another rhythm: one proposes, the other agrees', async () => {
    const path = `/api/v1/supervision/pairs/${w.worker.personId}/rhythm`;
    expect((await w.as(w.worker).request('PUT', path, { weeks: 0 })).status).toBe(400);
    expect((await w.as(w.worker).request('PUT', path, { weeks: 3 })).status).toBe(204);
    expect((await expectJson<Pair>(await w.as(w.worker).request('GET', '/api/v1/me/supervision'), 200)).rhythm).toMatchObject({ weeks: 8, proposal: { weeks: 3, byYou: true } });
    expect((await w.as(w.worker).request('POST', `${path}/agree`)).status).toBe(409);
    expect((await w.as(w.admin).request('POST', `${path}/agree`)).status).toBe(404);
    expect((await w.as(w.supervisor).request('POST', `${path}/agree`)).status).toBe(204);
    expect((await expectJson<Pair>(await w.as(w.worker).request('GET', '/api/v1/me/supervision'), 200)).rhythm).toMatchObject({ weeks: 3, source: 'agreed', proposal: null });
  });

  it('refuses a rhythm to a worker who has no supervisor, and changes nothing', async () => {
    expect((await w.as(w.admin).request('PUT', `/api/v1/supervision/pairs/${w.admin.personId}/rhythm`, { weeks: 3 })).status).toBe(409);
    expect((await w.as(w.admin).request('POST', `/api/v1/supervision/pairs/${w.admin.personId}/rhythm/agree`)).status).toBe(409);
    expect((await expectJson<Pair>(await w.as(w.admin).request('GET', '/api/v1/me/supervision'), 200)).supervisor).toBeNull();
  });

  it('only an admin or the line manager changes the supervisor; the new one never sees the old sessions', async () => {
    const path = `/api/v1/supervision/assignments/${w.worker.personId}`;
    expect((await w.as(w.worker).request('PUT', path, { supervisorId: w.otherSupervisor.personId })).status).toBe(403);
    expect((await w.as(w.otherSupervisor).request('PUT', path, { supervisorId: w.otherSupervisor.personId })).status).toBe(404);
    expect((await w.as(w.foreign).request('PUT', path, { supervisorId: w.foreign.personId })).status).toBe(404);
    const self = await expectJson<Problem>(await w.as(w.admin).request('PUT', path, { supervisorId: w.worker.personId }), 422);
    expect(self.errors).toMatchObject([{ field: 'supervisorId', problem: 'a person cannot supervise themself' }]);
    const moved = await expectJson<{ supervisor: { id: string; source: string } }>(await w.as(w.admin).request('PUT', path, { supervisorId: w.otherSupervisor.personId }), 200);
    expect(moved.supervisor).toMatchObject({ id: w.otherSupervisor.personId, source: 'assigned' });
    const mine = await expectJson<Pair>(await w.as(w.worker).request('GET', '/api/v1/me/supervision'), 200);
    expect(mine.rhythm).toMatchObject({ weeks: 8, source: 'organisation' });
    expect(mine.sessions.map((s) => s.id)).toEqual([sessionId]);
    expect((await w.as(w.otherSupervisor).request('GET', `/api/v1/supervision/sessions/${sessionId}`)).status).toBe(404);
    const theirs = await expectJson<Pair>(await w.as(w.otherSupervisor).request('GET', `/api/v1/supervision/supervisees/${w.worker.personId}`), 200);
    expect(theirs.sessions).toEqual([]);
    expect((await w.as(w.supervisor).request('GET', `/api/v1/supervision/supervisees/${w.worker.personId}`)).status).toBe(404);
    // the old supervisor still reads the session they held: it is their record too
    expect((await w.as(w.supervisor).request('GET', `/api/v1/supervision/sessions/${sessionId}`)).status).toBe(200);
    // back to the line manager
    expect((await expectJson<{ supervisor: { source: string } }>(await w.as(w.supervisor).request('PUT', path, { supervisorId: null }), 200)).supervisor.source).toBe('line-manager');
  });

  it('lists assignments for admins only', async () => {
    const list = await expectJson<{ total: number; assignments: Array<{ person: { id: string }; supervisor: { id: string } | null }> }>(await w.as(w.admin).request('GET', '/api/v1/supervision/assignments'), 200);
    expect(list.assignments.find((a) => a.person.id === w.worker.personId)?.supervisor?.id).toBe(w.supervisor.personId);
    expect((await w.as(w.supervisor).request('GET', '/api/v1/supervision/assignments')).status).toBe(403);
  });

  it('shows overdue supervision as dates to the pair', async () => {
    const list = await expectJson<{ supervisees: Array<{ worker: { id: string }; dates: { overdue: boolean; dueBy: string } }> }>(await w.as(w.supervisor).request('GET', '/api/v1/supervision/supervisees'), 200);
    // the colleague has never had a session: due eight weeks after they started, which was today
    const colleague = list.supervisees.find((s) => s.worker.id === w.colleague.personId)!;
    expect(colleague.dates.overdue).toBe(false);
    expect(colleague.dates.dueBy > daysAgo(0)).toBe(true);
  });
});

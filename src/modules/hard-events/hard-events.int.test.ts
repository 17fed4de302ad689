import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { buildPerson, countRows } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { eraseHardEventsData, exportHardEventsData } from './personal-data.js';
import { buildWorld, expectJson, type World } from './test-world.js';

/** Care after a hard event, end to end through the API: who sees what, and what nobody else sees. */

type Offer = { id: string; eventId: string; stage: 'early' | 'later'; status: string; due: boolean; dueOn: string; checkInId: string | null; referralRequested: boolean };
type Event = {
  id: string;
  offered: Array<{ personId: string; name: string; offers: Array<{ stage: string; open: boolean }> }>;
  referralRequests: Array<{ personId: string; name: string }>;
};
type Problem = { errors?: Array<{ field: string; problem: string }> };

let database: Database;
let w: World;
let eventId: string;
let early: Offer;
let later: Offer;
let checkInId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
  const contact = { kind: 'employee-assistance', name: 'Harbour Listening Line', phone: '0800 000 111' };
  await expectJson(await w.as(w.admin).request('POST', '/api/v1/support-contacts', contact), 201);
});
afterAll(() => database.close());

const worker = () => w.as(w.worker);

describe('recording a hard event', () => {
  it('refuses a description of what happened, naming the field, and records nothing', async () => {
    const response = await w
      .as(w.manager)
      .request('POST', '/api/v1/hard-events', { category: 'violence-or-threat', occurredOn: w.daysAgo(10), unitId: w.teamId, description: 'what happened' });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as Problem;
    expect(problem.errors?.[0]?.problem).toContain('description');
    expect(await countRows(database, 'hard_events', w.orgId)).toBe(0);
    expect(await countRows(database, 'hard_event_offers', w.orgId)).toBe(0);
  });

  it('refuses a day in the future, a team and people at once, and an unknown person', async () => {
    const manager = w.as(w.manager);
    const future = (await expectJson<Problem>(await manager.request('POST', '/api/v1/hard-events', { category: 'other', occurredOn: w.daysAgo(-2), unitId: w.teamId }), 400)).errors;
    expect(future).toContainEqual(expect.objectContaining({ field: 'occurredOn', problem: 'cannot be in the future' }));
    const both = await manager.request('POST', '/api/v1/hard-events', { category: 'other', occurredOn: w.daysAgo(1), unitId: w.teamId, personIds: [w.worker.personId] });
    expect(both.status).toBe(400);
    const stranger = (await expectJson<Problem>(await manager.request('POST', '/api/v1/hard-events', { category: 'other', occurredOn: w.daysAgo(1), personIds: [w.foreign.personId] }), 422)).errors;
    expect(stranger).toContainEqual(expect.objectContaining({ field: 'personIds.0', problem: 'no such person in your organisation' }));
    expect(await countRows(database, 'hard_events', w.orgId)).toBe(0);
  });

  it("refuses a team to a supervisor who manages nobody in it, and hides it from another organisation", async () => {
    const body = { category: 'serious-incident', occurredOn: w.daysAgo(10), unitId: w.teamId };
    expect((await w.as(w.otherManager).request('POST', '/api/v1/hard-events', body)).status).toBe(403);
    expect((await w.as(w.foreign).request('POST', '/api/v1/hard-events', body)).status).toBe(422);
    expect(await countRows(database, 'hard_events', w.orgId)).toBe(0);
  });

  it("offers everyone in the team on that day two check-ins, and shows the recorder only 'offered' and 'open'", async () => {
    const event = await expectJson<Event>(
      await w.as(w.manager).request('POST', '/api/v1/hard-events', { category: 'death-of-someone-supported', occurredOn: w.daysAgo(10), unitId: w.teamId }),
      201,
    );
    eventId = event.id;
    expect(event.offered.map((p) => p.name)).toEqual(['Cal Colleague', 'Mo Manager', 'Wren Worker']);
    for (const p of event.offered) expect(p.offers).toEqual([expect.objectContaining({ open: true }), expect.objectContaining({ open: true })]);
  });
});

describe("the affected worker's own side", () => {
  it('shows the 3-day offer as due and the 4-week one as coming', async () => {
    const { offers } = await expectJson<{ offers: Offer[] }>(await worker().request('GET', '/api/v1/me/hard-event-offers'), 200);
    early = offers.find((o) => o.stage === 'early')!;
    later = offers.find((o) => o.stage === 'later')!;
    expect(early).toMatchObject({ status: 'open', due: true, dueOn: w.daysAgo(7) });
    expect(later).toMatchObject({ status: 'open', due: false, dueOn: w.daysAgo(-18) });
  });

  it('refuses an answer that is not an option, and a check-in that is not yet due', async () => {
    const bad = await expectJson<Problem>(await worker().request('POST', `/api/v1/me/hard-event-offers/${early.id}/check-in`, { answers: { 'ahe.days': 9 } }), 400);
    expect(bad.errors?.[0]?.field).toBe('answers.ahe.days');
    expect((await worker().request('POST', `/api/v1/me/hard-event-offers/${later.id}/check-in`, { answers: {} })).status).toBe(409);
    expect(await countRows(database, 'hard_event_check_ins', w.orgId)).toBe(0);
  });

  it('keeps the answers (skipped ones too) and shows the support contacts at the end', async () => {
    const form = await expectJson<{ questions: Array<{ id: string }> }>(await worker().request('GET', '/api/v1/me/hard-event-check-in'), 200);
    expect(form.questions.map((q) => q.id)).toContain('ahe.talk');
    const done = await expectJson<{ checkIn: { id: string; answers: Record<string, number | null> }; supportContacts: Array<{ name: string }> }>(
      await worker().request('POST', `/api/v1/me/hard-event-offers/${early.id}/check-in`, { answers: { 'ahe.days': 2, 'ahe.talk': null }, note: 'Tired, talking helped.' }),
      201,
    );
    checkInId = done.checkIn.id;
    expect(done.checkIn.answers).toEqual({ 'ahe.days': 2, 'ahe.talk': null });
    expect(done.supportContacts.map((c) => c.name)).toEqual(['Harbour Listening Line']);
  });

  it('declines the 4-week offer ahead of its day and asks to be referred', async () => {
    expect(await expectJson<Offer>(await worker().request('POST', `/api/v1/me/hard-event-offers/${later.id}/decline`), 200)).toMatchObject({ status: 'declined' });
    expect(await expectJson<Offer>(await worker().request('POST', `/api/v1/me/hard-event-offers/${early.id}/referral`), 200)).toMatchObject({ referralRequested: true });
    expect((await worker().request('POST', `/api/v1/me/hard-event-offers/${later.id}/decline`)).status).toBe(409);
  });

  it('lets a colleague postpone to a later day, not to today', async () => {
    const colleague = w.as(w.colleague);
    const { offers } = await expectJson<{ offers: Offer[] }>(await colleague.request('GET', '/api/v1/me/hard-event-offers'), 200);
    const theirs = offers.find((o) => o.stage === 'early')!;
    expect((await colleague.request('POST', `/api/v1/me/hard-event-offers/${theirs.id}/postpone`, { until: w.daysAgo(0) })).status).toBe(400);
    const moved = await expectJson<Offer>(await colleague.request('POST', `/api/v1/me/hard-event-offers/${theirs.id}/postpone`, { until: w.daysAgo(-3) }), 200);
    expect(moved).toMatchObject({ status: 'open', due: false, dueOn: w.daysAgo(-3) });
  });
});

describe('what nobody else learns', () => {
  it('answers 404 for the check-in to the manager, an org admin, a hub analyst, a colleague and another organisation', async () => {
    expect((await worker().request('GET', `/api/v1/me/hard-event-check-ins/${checkInId}`)).status).toBe(200);
    for (const who of [w.manager, w.admin, w.analyst, w.colleague, w.foreign]) {
      expect((await w.as(who).request('GET', `/api/v1/me/hard-event-check-ins/${checkInId}`)).status).toBe(404);
      expect((await w.as(who).request('POST', `/api/v1/me/hard-event-offers/${early.id}/referral`)).status).toBe(404);
      expect((await w.as(who).request('POST', `/api/v1/me/hard-event-offers/${later.id}/postpone`, { until: w.daysAgo(-5) })).status).toBe(404);
    }
  });

  it("shows the manager only that both offers were made, the answered one closed, the one let go ahead of its day still open, and the referral request", async () => {
    const raw = await (await w.as(w.manager).request('GET', `/api/v1/hard-events/${eventId}`)).text();
    const event = JSON.parse(raw) as Event;
    const wren = event.offered.find((p) => p.personId === w.worker.personId)!;
    // closed before its day could only mean declined: until its day it reads as open
    expect(wren.offers.map((o) => [o.stage, o.open])).toEqual([
      ['early', false],
      ['later', true],
    ]);
    expect(event.referralRequests.map((r) => r.name)).toEqual(['Wren Worker']);
    // nothing that tells taken from declined, no answer, no note, no postponed day
    for (const word of ['declined', 'taken', 'status', 'answers', 'ahe.', 'Tired', 'postpone', w.daysAgo(-3)]) expect(raw).not.toContain(word);
  });

  it('hides the event from an org admin who did not record it, a hub analyst, another supervisor and another organisation', async () => {
    for (const who of [w.admin, w.analyst, w.otherManager, w.worker, w.foreign]) expect((await w.as(who).request('GET', `/api/v1/hard-events/${eventId}`)).status).toBe(404);
  });

  it("shows the referral request to the org admin and the manager, nobody else", async () => {
    const names = async (who: World['admin']) =>
      (await expectJson<{ referralRequests: Array<{ name: string }> }>(await w.as(who).request('GET', '/api/v1/hard-event-referrals'), 200)).referralRequests.map((r) => r.name);
    expect(await names(w.admin)).toEqual(['Wren Worker']);
    expect(await names(w.manager)).toEqual(['Wren Worker']);
    for (const who of [w.analyst, w.otherManager, w.colleague, w.foreign]) expect(await names(who)).toEqual([]);
  });

  it("puts the manager's looks in the worker's access log", async () => {
    const { accesses } = await expectJson<{ accesses: Array<{ by: string | null }> }>(await worker().request('GET', '/api/v1/me/access-log'), 200);
    expect(accesses.some((a) => a.by === 'Mo Manager')).toBe(true);
  });
});

describe('counts for the organisation', () => {
  it('are for org admins only', async () => {
    expect((await w.as(w.manager).request('GET', `/api/v1/hard-event-figures?from=${w.daysAgo(30)}&to=${w.daysAgo(0)}`)).status).toBe(403);
  });

  it('hide a team of fewer people than the minimum, and its complement', async () => {
    const figures = await expectJson<{ cells: Array<{ unitId: string | null; status: string; people: number | null; offers: number | null }> }>(
      await w.as(w.admin).request('GET', `/api/v1/hard-event-figures?from=${w.daysAgo(30)}&to=${w.daysAgo(0)}`),
      200,
    );
    // three people offered in one team: below the minimum of 5, so nothing is released
    expect(figures.cells.every((c) => c.status === 'suppressed' && c.people === null && c.offers === null)).toBe(true);
  });

  it('release the organisation as a whole, and hide a large team whose figure would give the small one away', async () => {
    for (const n of [1, 2, 3, 4, 5, 6]) await buildPerson(database, w.orgId, { name: `Quay ${n}`, unitId: w.otherTeamId, roles: [] });
    await expectJson(await w.as(w.otherManager).request('POST', '/api/v1/hard-events', { category: 'violence-or-threat', occurredOn: w.daysAgo(12), unitId: w.otherTeamId }), 201);
    const { cells } = await expectJson<{ cells: Array<{ unitId: string | null; status: string; reason: string | null; people: number | null; offers: number | null; events: number | null }> }>(
      await w.as(w.admin).request('GET', `/api/v1/hard-event-figures?from=${w.daysAgo(30)}&to=${w.daysAgo(0)}`),
      200,
    );
    const cell = (id: string | null) => cells.find((c) => c.unitId === id)!;
    expect(cell(null)).toMatchObject({ status: 'released', people: 10, offers: 20, events: 2 });
    expect(cell(w.teamId)).toMatchObject({ status: 'suppressed', reason: 'small-group', people: null, offers: null, events: null });
    // 10 − 7 would be the small team's 3: the gate hides the larger team too
    expect(cell(w.otherTeamId)).toMatchObject({ status: 'suppressed', reason: 'protects-another', people: null });
  });
});

describe('export and erasure', () => {
  it("export the worker's offers, answers and referral request, and nobody else's", async () => {
    const data = await exportHardEventsData(database.db, w.orgId, w.worker.personId);
    expect(data.offers.map((o) => [o.stage, o.status])).toEqual([
      ['early', 'taken'],
      ['later', 'declined'],
    ]);
    expect(data.checkIns).toEqual([expect.objectContaining({ answers: { 'ahe.days': 2, 'ahe.talk': null }, note: 'Tired, talking helped.' })]);
    expect(data.referralRequests).toHaveLength(1);
    expect(data.eventsRecorded).toEqual([]);
    expect((await exportHardEventsData(database.db, w.orgId, w.manager.personId)).eventsRecorded).toHaveLength(1);
  });

  it("erase the worker's own rows only", async () => {
    const colleagueOffers = (await exportHardEventsData(database.db, w.orgId, w.colleague.personId)).offers.length;
    expect(await eraseHardEventsData(database.db, w.orgId, w.worker.personId)).toEqual({ hardEventCheckIns: 1, hardEventReferrals: 1, hardEventOffers: 2, hardEventsUnlinked: 0 });
    expect(await exportHardEventsData(database.db, w.orgId, w.worker.personId)).toEqual({ offers: [], checkIns: [], referralRequests: [], eventsRecorded: [] });
    expect((await exportHardEventsData(database.db, w.orgId, w.colleague.personId)).offers).toHaveLength(colleagueOffers);
    expect((await worker().request('GET', `/api/v1/me/hard-event-check-ins/${checkInId}`)).status).toBe(404);
  });

  it("unlink the recorder from the events they recorded, keeping the others' offers", async () => {
    expect(await eraseHardEventsData(database.db, w.orgId, w.manager.personId)).toMatchObject({ hardEventsUnlinked: 1 });
    expect(await countRows(database, 'hard_events', w.orgId)).toBe(2);
    expect((await exportHardEventsData(database.db, w.orgId, w.colleague.personId)).offers).toHaveLength(2);
  });
});

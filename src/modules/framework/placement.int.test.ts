import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { type BuiltPerson, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, countRows, signIn, type TestApp } from '../../test-support/factories.js';

let database: Database;
let app: TestApp;
let orgId: string;
let serviceId: string;
let teamId: string;
let otherTeamId: string;
let supervisor: BuiltPerson;
let worker: BuiltPerson;
let colleague: BuiltPerson;
const as = new Map<string, Client>();
const client = (p: BuiltPerson | string) => as.get(typeof p === 'string' ? p : p.email)!;

type Record = { level: string; suggestedLevel: string | null; answers: unknown; reasons: string[]; note: string | null; packId: string; packVersion: string; decidedBy: { name: string } | null; decidedAt: string };
type PersonPlacement = { required: { level: string; from: string; unitName?: string } | null; history: Record[]; openReview: { id: string } | null; reviews: Array<{ status: string; response: string | null }> };

const skilledAnswers = { serviceRemit: false, workerContact: true };
const enhancedAnswers = { serviceRemit: true, workerContact: true, specialistInterventions: false };

async function personPlacement(reader: BuiltPerson, subject: BuiltPerson) {
  const response = await client(reader).request('GET', `/api/v1/people/${subject.personId}/placement`);
  expect(response.status).toBe(200);
  return (await response.json()) as PersonPlacement;
}

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
  orgId = await buildOrg(database);
  serviceId = await buildUnit(database, orgId, { name: 'Family Support Service', kind: 'service' });
  teamId = await buildUnit(database, orgId, { name: 'Home Visiting Team', parentId: serviceId });
  otherTeamId = await buildUnit(database, orgId, { name: 'Reception Team' });
  supervisor = await buildPerson(database, orgId, { name: 'Sol Supervisor', unitId: serviceId, roles: ['supervisor'] });
  worker = await buildPerson(database, orgId, { name: 'Wanda Worker', unitId: teamId, managerId: supervisor.personId });
  colleague = await buildPerson(database, orgId, { name: 'Cai Colleague', unitId: teamId });
  const admin = await buildPerson(database, orgId, { name: 'Ama Admin', roles: ['org_admin'] });
  const otherSupervisor = await buildPerson(database, orgId, { name: 'Oti Other', unitId: otherTeamId, roles: ['supervisor'] });
  const foreignOrg = await buildOrg(database);
  const foreignAdmin = await buildPerson(database, foreignOrg, { name: 'Fen Foreign', roles: ['org_admin'] });
  for (const p of [supervisor, worker, colleague, admin, otherSupervisor, foreignAdmin]) as.set(p.email, await signIn(app, p.email));
  as.set('admin', client(admin));
  as.set('other supervisor', client(otherSupervisor));
  as.set('foreign admin', client(foreignAdmin));
});
afterAll(() => database.close());

describe('placing a unit', () => {
  it('stores the decision with who made it, when, the answers, the reasons and the pack version', async () => {
    const before = Date.now();
    const response = await client(supervisor).request('POST', `/api/v1/units/${serviceId}/placement`, { answers: skilledAnswers, note: 'Front door of the service' });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ level: 'skilled' });

    const read = await client(colleague).request('GET', `/api/v1/units/${serviceId}/placement`);
    expect(read.status).toBe(200);
    const body = (await read.json()) as { effective: { level: string; unitId: string }; history: Record[] };
    expect(body.effective).toMatchObject({ level: 'skilled', unitId: serviceId });
    expect(body.history).toHaveLength(1);
    const [decision] = body.history;
    expect(decision).toMatchObject({
      level: 'skilled',
      suggestedLevel: 'skilled',
      answers: { serviceRemit: false, workerContact: true, specialistInterventions: null },
      reasons: ['contact-without-service-remit'],
      note: 'Front door of the service',
      packId: 'tend.practice-framework',
      decidedBy: { name: 'Sol Supervisor' },
    });
    expect(decision!.packVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(Date.parse(decision!.decidedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('answers that leave the level open are refused naming the question, and nothing is stored', async () => {
    const rows = await countRows(database, 'placements', orgId);
    const response = await client(supervisor).request('POST', `/api/v1/units/${teamId}/placement`, { answers: { serviceRemit: true, workerContact: true } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors.map((e) => e.field)).toEqual(['answers.specialistInterventions']);
    expect(await countRows(database, 'placements', orgId)).toBe(rows);
  });

  it('a level other than the suggested one needs a note, and is then kept with the answers it overrode', async () => {
    const noNote = await client('admin').request('POST', `/api/v1/units/${otherTeamId}/placement`, { answers: { serviceRemit: null, workerContact: null }, level: 'specialist' });
    expect(noNote.status).toBe(400);
    expect(((await noNote.json()) as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toEqual(['note']);
    const chosen = await client('admin').request('POST', `/api/v1/units/${otherTeamId}/placement`, {
      answers: { serviceRemit: null, workerContact: false },
      level: 'skilled',
      note: 'Reception staff handle disclosures at the desk',
    });
    expect(chosen.status).toBe(201);
    const { history } = (await (await client('admin').request('GET', `/api/v1/units/${otherTeamId}/placement`)).json()) as { history: Record[] };
    expect(history[0]).toMatchObject({ level: 'skilled', suggestedLevel: 'informed', reasons: ['no-contact-with-affected-people'] });
  });

  it('a supervisor places only their own unit and the units inside it', async () => {
    expect((await client(supervisor).request('POST', `/api/v1/units/${teamId}/placement`, { answers: enhancedAnswers })).status).toBe(201);
    const rows = await countRows(database, 'placements', orgId);
    expect((await client(supervisor).request('POST', `/api/v1/units/${otherTeamId}/placement`, { answers: enhancedAnswers })).status).toBe(403);
    expect((await client('other supervisor').request('POST', `/api/v1/units/${serviceId}/placement`, { answers: enhancedAnswers })).status).toBe(403);
    expect((await client(worker).request('POST', `/api/v1/units/${teamId}/placement`, { answers: enhancedAnswers })).status).toBe(403);
    expect(await countRows(database, 'placements', orgId)).toBe(rows);
  });

  it("another organisation's admin finds neither the unit nor its placement", async () => {
    expect((await client('foreign admin').request('GET', `/api/v1/units/${serviceId}/placement`)).status).toBe(404);
    expect((await client('foreign admin').request('POST', `/api/v1/units/${serviceId}/placement`, { answers: skilledAnswers })).status).toBe(404);
    expect((await client('foreign admin').request('GET', `/api/v1/units/${randomUUID()}/placement`)).status).toBe(404);
  });
});

describe("a person's required level", () => {
  it('comes from the nearest placed unit going up, until they are placed individually', async () => {
    const colleagueView = await personPlacement(colleague, colleague);
    // the team itself was placed at enhanced above; the service above it at skilled
    expect(colleagueView.required).toEqual({ level: 'enhanced', from: 'unit', unitId: teamId, unitName: 'Home Visiting Team' });

    const unplaced = await buildPerson(database, orgId, { name: 'Nia Nowhere', unitId: null });
    as.set(unplaced.email, await signIn(app, unplaced.email));
    expect((await personPlacement(unplaced, unplaced)).required).toBeNull();
  });

  it('a worker places themself, and their own placement wins over the unit', async () => {
    const response = await client(worker).request('POST', `/api/v1/people/${worker.personId}/placement`, { answers: { serviceRemit: true, workerContact: true, specialistInterventions: true } });
    expect(response.status).toBe(201);
    const mine = await personPlacement(worker, worker);
    expect(mine.required).toEqual({ level: 'specialist', from: 'person' });
    expect(mine.history[0]).toMatchObject({ level: 'specialist', decidedBy: { name: 'Wanda Worker' }, reasons: ['contact-within-trauma-remit', 'delivers-specialist-interventions'] });
    // the colleague in the same team still inherits
    expect((await personPlacement(colleague, colleague)).required?.from).toBe('unit');
  });

  it('a worker cannot place or read another worker; another organisation gets 404', async () => {
    const rows = await countRows(database, 'placements', orgId);
    expect((await client(worker).request('POST', `/api/v1/people/${colleague.personId}/placement`, { answers: skilledAnswers })).status).toBe(404);
    expect((await client(worker).request('GET', `/api/v1/people/${colleague.personId}/placement`)).status).toBe(404);
    expect((await client('other supervisor').request('POST', `/api/v1/people/${worker.personId}/placement`, { answers: skilledAnswers })).status).toBe(404);
    expect((await client('foreign admin').request('POST', `/api/v1/people/${worker.personId}/placement`, { answers: skilledAnswers })).status).toBe(404);
    expect((await client('foreign admin').request('GET', `/api/v1/people/${worker.personId}/placement`)).status).toBe(404);
    expect(await countRows(database, 'placements', orgId)).toBe(rows);
  });

  it("the line manager places their report; reads of another's placement appear in that person's access log", async () => {
    const placed = await client(supervisor).request('POST', `/api/v1/people/${worker.personId}/placement`, { answers: enhancedAnswers });
    expect(placed.status).toBe(201);
    expect((await personPlacement(supervisor, worker)).required).toEqual({ level: 'enhanced', from: 'person' });
    const log = (await (await client(worker).request('GET', '/api/v1/me/access-log')).json()) as { accesses: Array<{ by: string; type: string; record: string | null }> };
    expect(log.accesses).toContainEqual(expect.objectContaining({ by: 'Sol Supervisor', type: 'person.read', record: 'placement' }));
    expect(log.accesses).toContainEqual(expect.objectContaining({ by: 'Sol Supervisor', type: 'placement.decided' }));
    // reading one's own placement is not logged as someone else's access
    expect(log.accesses.filter((a) => a.by === 'Wanda Worker')).toEqual([]);
  });
});

describe('asking for a placement review', () => {
  it('a worker asks once at a time; their line manager answers and the request closes', async () => {
    expect((await client(worker).request('POST', '/api/v1/me/placement-review', { reason: '  ' })).status).toBe(400);
    const asked = await client(worker).request('POST', '/api/v1/me/placement-review', { reason: 'I mostly work with the reception rota now' });
    expect(asked.status).toBe(201);
    const { id } = (await asked.json()) as { id: string };
    expect((await client(worker).request('POST', '/api/v1/me/placement-review', { reason: 'Again' })).status).toBe(409);
    expect((await personPlacement(worker, worker)).openReview).toMatchObject({ id });

    const queue = (await (await client(supervisor).request('GET', '/api/v1/placement-reviews')).json()) as { reviews: Array<{ id: string; personName: string; status: string }> };
    expect(queue.reviews).toEqual([expect.objectContaining({ id, personName: 'Wanda Worker', status: 'open' })]);
    const othersQueue = (await (await client('other supervisor').request('GET', '/api/v1/placement-reviews')).json()) as { reviews: unknown[] };
    expect(othersQueue.reviews).toEqual([]);
    expect((await client('admin').request('GET', '/api/v1/placement-reviews')).status).toBe(200);

    expect((await client('other supervisor').request('POST', `/api/v1/placement-reviews/${id}/response`, { response: 'No' })).status).toBe(404);
    expect((await client('foreign admin').request('POST', `/api/v1/placement-reviews/${id}/response`, { response: 'No' })).status).toBe(404);
    expect((await client(worker).request('POST', `/api/v1/placement-reviews/${id}/response`, { response: 'Yes' })).status).toBe(403);
    const answered = await client(supervisor).request('POST', `/api/v1/placement-reviews/${id}/response`, { response: 'Agreed: let us look at it together on Monday.' });
    expect(answered.status).toBe(204);
    expect((await client(supervisor).request('POST', `/api/v1/placement-reviews/${id}/response`, { response: 'Twice' })).status).toBe(409);

    const mine = await personPlacement(worker, worker);
    expect(mine.openReview).toBeNull();
    expect(mine.reviews[0]).toMatchObject({ status: 'answered', response: 'Agreed: let us look at it together on Monday.' });
    // the request is closed, so another may be opened
    expect((await client(worker).request('POST', '/api/v1/me/placement-review', { reason: 'One more thing' })).status).toBe(201);
  });
});

describe('the framework pack', () => {
  it('carries the four levels and a yes-no question for each placement answer', async () => {
    const pack = (await (await client(worker).request('GET', '/api/v1/framework')).json()) as {
      body: { levels: Array<{ id: string }>; placement: { questions: Array<{ id: string; answer: { type: string } }> } };
    };
    expect(pack.body.levels.map((l) => l.id)).toEqual(['informed', 'skilled', 'enhanced', 'specialist']);
    expect(pack.body.placement.questions.map((q) => [q.id, q.answer.type])).toEqual([
      ['placement.remit', 'yes-no'],
      ['placement.contact', 'yes-no'],
      ['placement.specialist', 'yes-no'],
    ]);
  });
});

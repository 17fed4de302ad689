import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { buildPerson, countRows, signIn } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildPeersWorld, expectJson, type PeersWorld, type Problem } from './test-world.js';

/** The list of peer supporters, and the supervisors' private self-rating. */

type Supporter = { id: string; name: string; peerWorker: boolean; contactNote: string | null };
type Rating = { id: string; areas: Array<{ scaleId: string; low: boolean; score: number | null }>; suggestions: Array<{ scaleId: string; guidance: { en: string; es: string } }> };

let database: Database;
let w: PeersWorld;
const SUPPORTERS = '/api/v1/peers/supporters';
const RATINGS = '/api/v1/me/supervision-self-ratings';

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildPeersWorld(database);
});
afterAll(() => database.close());

const supporters = async (who = w.worker) => (await expectJson<{ supporters: Supporter[] }>(await w.as(who).request('GET', SUPPORTERS), 200)).supporters;

describe('peer supporters', () => {
  it('lists every peer worker, for everyone of the organisation and nobody elsewhere', async () => {
    expect((await supporters()).map((s) => [s.name, s.peerWorker])).toEqual([['Pia Peer', true]]);
    expect((await supporters(w.analyst)).map((s) => s.name)).toEqual(['Pia Peer']);
    expect(await supporters(w.foreignAdmin)).toEqual([]);
  });

  it('adds anyone who opts in, with the contact note they chose; opting out removes them, a peer worker too', async () => {
    const mine = await expectJson<{ listed: boolean; peerWorker: boolean }>(await w.as(w.colleague).request('PUT', '/api/v1/me/peer-supporter', { listed: true, contactNote: 'Message me on the team chat' }), 200);
    expect(mine).toMatchObject({ listed: true, peerWorker: false });
    expect((await supporters()).map((s) => [s.name, s.contactNote])).toEqual([
      ['Cal Colleague', 'Message me on the team chat'],
      ['Pia Peer', null],
    ]);
    await expectJson(await w.as(w.peerWorker).request('PUT', '/api/v1/me/peer-supporter', { listed: false, contactNote: null }), 200);
    expect((await supporters()).map((s) => s.name)).toEqual(['Cal Colleague']);
    const back = await expectJson<{ listed: boolean }>(await w.as(w.peerWorker).request('PUT', '/api/v1/me/peer-supporter', { listed: true, contactNote: 'Ring extension 214' }), 200);
    expect(back.listed).toBe(true);
    expect((await supporters()).map((s) => s.name)).toEqual(['Cal Colleague', 'Pia Peer']);
  });

  it('never lists someone who has left', async () => {
    await database.db.execute(sql`UPDATE people SET end_date = '2020-01-01' WHERE org_id = ${w.orgId} AND id = ${w.colleague.personId}`);
    expect((await supporters()).map((s) => s.name)).toEqual(['Pia Peer']);
    await database.db.execute(sql`UPDATE people SET end_date = NULL WHERE org_id = ${w.orgId} AND id = ${w.colleague.personId}`);
  });

  it('refuses a contact note that is too long, naming it, and changes nothing', async () => {
    const problem = await expectJson<Problem>(await w.as(w.colleague).request('PUT', '/api/v1/me/peer-supporter', { listed: false, contactNote: 'x'.repeat(501) }), 400);
    expect(problem.errors?.[0]).toMatchObject({ field: 'contactNote' });
    expect((await supporters()).map((s) => s.name)).toContain('Cal Colleague');
  });
});

describe("the supervisors' self-rating", () => {
  let rating: Rating;

  it('rates a supervisor’s five abilities and suggests a next step for each low area', async () => {
    const { instrument, ratings } = await expectJson<{ instrument: { id: string; items: unknown[]; scales: unknown[] }; ratings: Rating[] }>(await w.as(w.supervisor).request('GET', RATINGS), 200);
    expect(instrument).toMatchObject({ id: 'tend.supervision-self-rating' });
    expect(instrument.scales).toHaveLength(5);
    expect(ratings).toEqual([]);
    rating = await expectJson<Rating>(await w.as(w.supervisor).request('POST', RATINGS, { answers: { 'noticing.1': 0, 'noticing.2': 0, 'space.1': 3, 'space.2': 2, 'referral.1': 1, 'referral.2': null } }), 201);
    expect(rating.areas.map((a) => [a.scaleId, a.low])).toEqual([
      ['noticing', true],
      ['space', false],
      ['own-strain', false],
      ['tools', false],
      ['referral', true],
    ]);
    expect(rating.suggestions.map((s) => s.scaleId)).toEqual(['noticing', 'referral']);
    expect(rating.suggestions.every((s) => s.guidance.en.length > 20 && s.guidance.es.length > 20)).toBe(true);
  });

  it('refuses an answer the self-rating does not offer, naming it, and keeps nothing', async () => {
    const before = await countRows(database, 'peer_supervision_self_ratings', w.orgId);
    const problem = await expectJson<Problem>(await w.as(w.supervisor).request('POST', RATINGS, { answers: { 'space.1': 9 } }), 422);
    expect(problem.errors?.[0]?.field).toBe('answers.space.1');
    expect(await countRows(database, 'peer_supervision_self_ratings', w.orgId)).toBe(before);
  });

  it.each([
    ['the worker they supervise', 'worker'],
    ['the org admin', 'admin'],
    ['the hub analyst', 'analyst'],
    ["another organisation's admin (a supervisor too)", 'foreignAdmin'],
  ] as const)('answers 404 to %s for the rating, and shows them none of it', async (_who, key) => {
    const client = w.as(w[key]);
    expect((await client.request('GET', `${RATINGS}/${rating.id}`)).status).toBe(404);
    expect((await client.request('DELETE', `${RATINGS}/${rating.id}`)).status).toBe(404);
    const list = await client.request('GET', RATINGS);
    if (list.status === 200) expect(((await list.json()) as { ratings: Rating[] }).ratings).toEqual([]);
    else expect(list.status).toBe(404);
  });

  it('answers 404 to someone who supervises nobody, and opens to anyone who is a line manager, whatever their role', async () => {
    expect((await w.as(w.colleague).request('GET', RATINGS)).status).toBe(404);
    expect((await w.as(w.colleague).request('POST', RATINGS, { answers: {} })).status).toBe(404);
    const lead = await buildPerson(database, w.orgId, { name: 'Lee Lead', roles: ['worker'] });
    await buildPerson(database, w.orgId, { name: 'Rue Report', managerId: lead.personId, roles: [] });
    const client = await signIn(w.app, lead.email);
    expect((await client.request('GET', RATINGS)).status).toBe(200);
  });

  it('lets the owner read and delete their own', async () => {
    expect((await expectJson<Rating>(await w.as(w.supervisor).request('GET', `${RATINGS}/${rating.id}`), 200)).id).toBe(rating.id);
    expect((await w.as(w.supervisor).request('DELETE', `${RATINGS}/${rating.id}`)).status).toBe(204);
    expect((await w.as(w.supervisor).request('GET', `${RATINGS}/${rating.id}`)).status).toBe(404);
  });
});

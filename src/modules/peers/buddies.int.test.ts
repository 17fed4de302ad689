import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildPeersWorld, expectJson, type PeersWorld, type Problem } from './test-world.js';

/** Peer buddies: opt-in, both agree, either ends it; only the two see the pairing. */

type Pairing = { id: string; status: string; iAsked: boolean; buddy: { id: string; name: string } };
type Open = { id: string; name: string; unitName: string | null; note: string | null; alreadyAsked: boolean };
type Mine = { openness: { open: boolean; note: string | null }; pairings: Pairing[] };

let database: Database;
let w: PeersWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildPeersWorld(database);
});
afterAll(() => database.close());

const open = (who: keyof PeersWorld) => w.as(w[who] as never).request('PUT', '/api/v1/me/buddies/openness', { open: true, note: 'Happy to talk over a coffee' });

describe('opting in and being asked', () => {
  it('lists whoever said they are open, to everyone of the organisation but themselves, and nobody elsewhere', async () => {
    const mine = await expectJson<Mine>(await open('peerWorker'), 200);
    expect(mine.openness).toEqual({ open: true, note: 'Happy to talk over a coffee' });
    await expectJson(await open('colleague'), 200);
    const { people } = await expectJson<{ people: Open[] }>(await w.as(w.worker).request('GET', '/api/v1/peers/buddies/open'), 200);
    expect(people.map((p) => p.name).sort()).toEqual(['Cal Colleague', 'Pia Peer']);
    const own = await expectJson<{ people: Open[] }>(await w.as(w.peerWorker).request('GET', '/api/v1/peers/buddies/open'), 200);
    expect(own.people.map((p) => p.name)).toEqual(['Cal Colleague']);
    expect((await expectJson<{ people: Open[] }>(await w.as(w.foreignAdmin).request('GET', '/api/v1/peers/buddies/open'), 200)).people).toEqual([]);
  });

  it('suggests someone from another team', async () => {
    const { suggestion } = await expectJson<{ suggestion: Open | null }>(await w.as(w.worker).request('GET', '/api/v1/peers/buddies/suggestion'), 200);
    expect(suggestion).toMatchObject({ name: 'Pia Peer', unitName: 'Birch Team' });
  });

  it('refuses asking someone who is not open, oneself, or someone in another organisation, naming the field', async () => {
    for (const [partnerId, problem] of [
      [w.otherTeam.personId, 'this person is not open to a buddy right now'],
      [w.worker.personId, 'choose someone other than yourself'],
      [w.foreignWorker.personId, 'no such person in your organisation'],
    ] as const) {
      const refused = await expectJson<Problem>(await w.as(w.worker).request('POST', '/api/v1/me/buddies/pairings', { partnerId }), 422);
      expect(refused.errors).toMatchObject([{ field: 'partnerId', problem }]);
    }
    expect((await expectJson<Mine>(await w.as(w.worker).request('GET', '/api/v1/me/buddies'), 200)).pairings).toEqual([]);
  });
});

describe('a pairing', () => {
  let pairing: Pairing;

  it('starts when both agree, and is seen by the two of them only', async () => {
    pairing = await expectJson<Pairing>(await w.as(w.worker).request('POST', '/api/v1/me/buddies/pairings', { partnerId: w.peerWorker.personId, message: 'Would you be my buddy?' }), 201);
    expect(pairing).toMatchObject({ status: 'asked', iAsked: true, buddy: { name: 'Pia Peer' } });
    const again = await expectJson<Problem>(await w.as(w.worker).request('POST', '/api/v1/me/buddies/pairings', { partnerId: w.peerWorker.personId }), 422);
    expect(again.errors?.[0]?.problem).toBe('you already have a request or a pairing with this person');
    expect((await w.as(w.worker).request('POST', `/api/v1/me/buddies/pairings/${pairing.id}/agree`)).status).toBe(409);
    const agreed = await expectJson<Pairing>(await w.as(w.peerWorker).request('POST', `/api/v1/me/buddies/pairings/${pairing.id}/agree`), 200);
    expect(agreed).toMatchObject({ status: 'active', iAsked: false, buddy: { name: 'Wren Worker' } });
    const theirs = await expectJson<Mine>(await w.as(w.peerWorker).request('GET', '/api/v1/me/buddies'), 200);
    expect(theirs.pairings.map((p) => [p.id, p.status])).toEqual([[pairing.id, 'active']]);
  });

  it.each(['colleague', 'supervisor', 'admin', 'analyst', 'foreignAdmin'] as const)('answers 404 to %s, for reading and for every move', async (key) => {
    const client = w.as(w[key]);
    expect((await client.request('GET', `/api/v1/me/buddies/pairings/${pairing.id}`)).status).toBe(404);
    for (const move of ['agree', 'decline', 'end']) expect((await client.request('POST', `/api/v1/me/buddies/pairings/${pairing.id}/${move}`)).status).toBe(404);
    expect((await expectJson<Mine>(await client.request('GET', '/api/v1/me/buddies'), 200)).pairings.map((p) => p.id)).not.toContain(pairing.id);
  });

  it('ends when either of them says so, with no reason asked, after which nothing moves it', async () => {
    const ended = await expectJson<Pairing>(await w.as(w.peerWorker).request('POST', `/api/v1/me/buddies/pairings/${pairing.id}/end`), 200);
    expect(ended.status).toBe('ended');
    expect((await expectJson<Pairing>(await w.as(w.worker).request('GET', `/api/v1/me/buddies/pairings/${pairing.id}`), 200)).status).toBe('ended');
    expect((await w.as(w.worker).request('POST', `/api/v1/me/buddies/pairings/${pairing.id}/end`)).status).toBe(409);
    // once it has ended, the two may pair again
    expect((await w.as(w.worker).request('POST', '/api/v1/me/buddies/pairings', { partnerId: w.peerWorker.personId })).status).toBe(201);
  });

  it('lets the person asked decline, and the asker withdraw', async () => {
    const ask = await expectJson<Pairing>(await w.as(w.otherTeam).request('POST', '/api/v1/me/buddies/pairings', { partnerId: w.colleague.personId }), 201);
    expect((await expectJson<Pairing>(await w.as(w.colleague).request('POST', `/api/v1/me/buddies/pairings/${ask.id}/decline`), 200)).status).toBe('declined');
    const second = await expectJson<Pairing>(await w.as(w.otherTeam).request('POST', '/api/v1/me/buddies/pairings', { partnerId: w.colleague.personId }), 201);
    expect((await expectJson<Pairing>(await w.as(w.otherTeam).request('POST', `/api/v1/me/buddies/pairings/${second.id}/end`), 200)).status).toBe('ended');
  });
});

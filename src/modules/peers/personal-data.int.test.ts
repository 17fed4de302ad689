import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { countRows } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { erasePeersData, exportPeersData, ZPeersPersonalData } from './personal-data.js';
import { buildPeersWorld, expectJson, type PeersWorld } from './test-world.js';

/** A person's peer-support data: all of it in their export, all of it gone on erasure, others' untouched. */

let database: Database;
let w: PeersWorld;
let communityId = '';

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildPeersWorld(database);
  const sup = w.as(w.supervisor);
  const col = w.as(w.colleague);
  communityId = (await expectJson<{ id: string }>(await sup.request('POST', '/api/v1/peers/communities', { name: 'Supervisors together', purpose: 'Reflecting on supervision' }), 201)).id;
  await expectJson(await col.request('POST', `/api/v1/peers/communities/${communityId}/join`), 200);
  const post = await expectJson<{ id: string }>(await sup.request('POST', `/api/v1/peers/communities/${communityId}/posts`, { body: 'Supervision felt rushed this month.' }), 201);
  await expectJson(await col.request('POST', `/api/v1/peers/communities/${communityId}/posts`, { body: 'It did for me too.', replyTo: post.id }), 201);
  await expectJson(await col.request('POST', `/api/v1/peers/communities/${communityId}/posts`, { body: 'A post of my own.' }), 201);
  await expectJson(await sup.request('POST', `/api/v1/peers/communities/${communityId}/notes`, { metOn: '2026-03-03', body: 'First meeting.' }), 201);
  await expectJson(await w.as(w.peerWorker).request('PUT', '/api/v1/me/buddies/openness', { open: true, note: null }), 200);
  await expectJson(await sup.request('PUT', '/api/v1/me/buddies/openness', { open: true, note: 'Mornings suit me' }), 200);
  await expectJson(await sup.request('POST', '/api/v1/me/buddies/pairings', { partnerId: w.peerWorker.personId, message: 'Shall we?' }), 201);
  await expectJson(await sup.request('PUT', '/api/v1/me/peer-supporter', { listed: true, contactNote: 'Ext 300' }), 200);
  await expectJson(await sup.request('POST', '/api/v1/me/supervision-self-ratings', { answers: { 'noticing.1': 2 } }), 201);
});
afterAll(() => database.close());

describe('peer-support personal data', () => {
  it('exports everything of the person’s own, in the declared shape, and nothing of anyone else’s', async () => {
    const data = ZPeersPersonalData.parse(await exportPeersData(database.db, w.orgId, w.supervisor.personId));
    expect(data.communities).toEqual([expect.objectContaining({ name: 'Supervisors together', status: 'member', isStarter: true })]);
    expect(data.posts.map((p) => p.body)).toEqual(['Supervision felt rushed this month.']);
    expect(data.meetingNotes.map((n) => n.body)).toEqual(['First meeting.']);
    expect(data.buddyOpenness).toEqual({ open: true, note: 'Mornings suit me' });
    expect(data.buddyPairings).toEqual([expect.objectContaining({ buddy: 'Pia Peer', iAsked: true, status: 'asked', message: 'Shall we?' })]);
    expect(data.peerSupporter).toEqual({ listed: true, contactNote: 'Ext 300' });
    expect(data.supervisionSelfRatings).toEqual([expect.objectContaining({ packId: 'tend.supervision-self-rating', answers: { 'noticing.1': 2 } })]);
    expect(JSON.stringify(data)).not.toContain('It did for me too.');
  });

  it('erases what the person owns, counting it, and leaves others’ posts, the community and its other members', async () => {
    const counts = await erasePeersData(database.db, w.orgId, w.supervisor.personId);
    expect(counts).toEqual({ postReports: 0, posts: 1, meetingNotes: 1, communityMemberships: 1, buddyPairings: 1, buddyOpenness: 1, peerSupporter: 1, supervisionSelfRatings: 1 });
    const after = await exportPeersData(database.db, w.orgId, w.supervisor.personId);
    expect(after).toEqual({ communities: [], posts: [], postReports: [], meetingNotes: [], buddyOpenness: null, buddyPairings: [], peerSupporter: null, supervisionSelfRatings: [] });
    expect(await countRows(database, 'peer_communities', w.orgId)).toBe(1);
    const { posts } = await expectJson<{ posts: Array<{ body: string }> }>(await w.as(w.colleague).request('GET', `/api/v1/peers/communities/${communityId}/posts`), 200);
    expect(posts.map((p) => p.body)).toEqual(['It did for me too.', 'A post of my own.']);
    expect((await exportPeersData(database.db, w.orgId, w.peerWorker.personId)).buddyOpenness).toEqual({ open: true, note: null });
  });
});

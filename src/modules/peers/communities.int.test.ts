import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { countRows } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildPeersWorld, expectJson, type PeersWorld, type Problem } from './test-world.js';

/** Communities of practice: open to join, private inside. */

type Community = { id: string; name: string; myStatus: 'invited' | 'member' | null; iStarted: boolean; members: Array<{ id: string; name: string; isStarter: boolean }> | null };
type Post = { id: string; body: string | null; hidden: boolean; reported: boolean | null; replyTo: string | null; mine: boolean; author: { name: string } };

let database: Database;
let w: PeersWorld;
let community: Community;
const BASE = '/api/v1/peers/communities';

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildPeersWorld(database);
  community = await expectJson<Community>(await w.as(w.worker).request('POST', BASE, { name: 'Night shift circle', purpose: 'Talking through the weight of night work' }), 201);
});
afterAll(() => database.close());

describe('starting and joining', () => {
  it('makes the starter its first member; everyone of the organisation sees its name and purpose, nobody elsewhere', async () => {
    expect(community).toMatchObject({ myStatus: 'member', iStarted: true, members: [{ name: 'Wren Worker', isStarter: true }] });
    const { communities } = await expectJson<{ communities: Community[] }>(await w.as(w.admin).request('GET', BASE), 200);
    expect(communities.map((c) => [c.name, c.myStatus])).toEqual([['Night shift circle', null]]);
    const seen = await expectJson<Community>(await w.as(w.analyst).request('GET', `${BASE}/${community.id}`), 200);
    expect(seen.members).toBeNull();
    expect((await expectJson<{ communities: Community[] }>(await w.as(w.foreignAdmin).request('GET', BASE), 200)).communities).toEqual([]);
    expect((await w.as(w.foreignAdmin).request('GET', `${BASE}/${community.id}`)).status).toBe(404);
  });

  it('lets a colleague join and post, and another reply', async () => {
    const joined = await expectJson<Community>(await w.as(w.colleague).request('POST', `${BASE}/${community.id}/join`), 200);
    expect(joined.myStatus).toBe('member');
    expect(joined.members?.map((m) => m.name)).toEqual(['Wren Worker', 'Cal Colleague']);
    const post = await expectJson<Post>(await w.as(w.colleague).request('POST', `${BASE}/${community.id}/posts`, { body: 'The last few nights left me wired and unable to sleep.' }), 201);
    const reply = await expectJson<Post>(await w.as(w.worker).request('POST', `${BASE}/${community.id}/posts`, { body: 'Same here. A walk before bed helped me.', replyTo: post.id }), 201);
    expect(reply.replyTo).toBe(post.id);
    const { posts } = await expectJson<{ posts: Post[] }>(await w.as(w.colleague).request('GET', `${BASE}/${community.id}/posts`), 200);
    expect(posts.map((p) => [p.author.name, p.mine, p.reported])).toEqual([
      ['Cal Colleague', true, null],
      ['Wren Worker', false, null],
    ]);
  });

  it('refuses a reply to a post of another board, and an empty post, naming the field and keeping the board as it was', async () => {
    const before = await countRows(database, 'peer_community_posts', w.orgId);
    const problem = await expectJson<Problem>(await w.as(w.worker).request('POST', `${BASE}/${community.id}/posts`, { body: 'x', replyTo: crypto.randomUUID() }), 422);
    expect(problem.errors).toMatchObject([{ field: 'replyTo', problem: 'no such post on this board to reply to' }]);
    const empty = await expectJson<Problem>(await w.as(w.worker).request('POST', `${BASE}/${community.id}/posts`, { body: '   ' }), 400);
    expect(empty.errors?.[0]).toMatchObject({ field: 'body' });
    expect(await countRows(database, 'peer_community_posts', w.orgId)).toBe(before);
  });
});

describe('finding colleagues to invite', () => {
  it('finds colleagues of the organisation by name (no email), never anyone elsewhere, and asks for two letters', async () => {
    const { colleagues } = await expectJson<{ colleagues: Array<Record<string, unknown>> }>(await w.as(w.worker).request('GET', '/api/v1/peers/colleagues?search=pia'), 200);
    expect(colleagues).toEqual([{ id: w.peerWorker.personId, name: 'Pia Peer', jobTitle: null, unitName: 'Birch Team' }]);
    expect((await expectJson<{ colleagues: unknown[] }>(await w.as(w.foreignAdmin).request('GET', '/api/v1/peers/colleagues?search=pia'), 200)).colleagues).toEqual([]);
    const short = await expectJson<Problem>(await w.as(w.worker).request('GET', '/api/v1/peers/colleagues?search=p'), 400);
    expect(short.errors?.[0]).toMatchObject({ field: 'search' });
  });
});

describe('the board and notes are for members only', () => {
  it.each([
    ['a worker of the organisation who is not a member', 'otherTeam'],
    ['the org admin', 'admin'],
    ['the hub analyst', 'analyst'],
    ['the supervisor of a member', 'supervisor'],
    ["another organisation's admin", 'foreignAdmin'],
    ["another organisation's worker", 'foreignWorker'],
  ] as const)('answers 404 to %s, reading or writing', async (_who, key) => {
    const client = w.as(w[key]);
    const missing = await client.request('GET', `${BASE}/${crypto.randomUUID()}/posts`);
    for (const [method, path, body] of [
      ['GET', 'posts', undefined],
      ['POST', 'posts', { body: 'hello' }],
      ['GET', 'notes', undefined],
      ['POST', 'notes', { metOn: '2026-05-01', body: 'notes' }],
    ] as const) {
      const response = await client.request(method, `${BASE}/${community.id}/${path}`, body);
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    expect(((await (await client.request('GET', `${BASE}/${community.id}/posts`)).json()) as Problem).detail).toBe(((await missing.json()) as Problem).detail);
  });

  it('keeps the board closed to someone who is only invited, until they join', async () => {
    expect((await w.as(w.colleague).request('POST', `${BASE}/${community.id}/invitations`, { personId: w.otherTeam.personId })).status).toBe(403);
    const invited = await expectJson<{ invited: boolean }>(await w.as(w.worker).request('POST', `${BASE}/${community.id}/invitations`, { personId: w.otherTeam.personId }), 200);
    expect(invited.invited).toBe(true);
    expect((await w.as(w.otherTeam).request('GET', `${BASE}/${community.id}/posts`)).status).toBe(404);
    const seen = await expectJson<Community>(await w.as(w.otherTeam).request('GET', `${BASE}/${community.id}`), 200);
    expect(seen).toMatchObject({ myStatus: 'invited', members: null });
    await expectJson(await w.as(w.otherTeam).request('POST', `${BASE}/${community.id}/join`), 200);
    expect((await w.as(w.otherTeam).request('GET', `${BASE}/${community.id}/posts`)).status).toBe(200);
    const elsewhere = await expectJson<Problem>(await w.as(w.worker).request('POST', `${BASE}/${community.id}/invitations`, { personId: w.foreignWorker.personId }), 422);
    expect(elsewhere.errors).toMatchObject([{ field: 'personId', problem: 'no such person in your organisation' }]);
  });

  it('keeps meeting notes for members, latest meeting first', async () => {
    await expectJson(await w.as(w.worker).request('POST', `${BASE}/${community.id}/notes`, { metOn: '2026-04-02', body: 'We agreed to meet monthly.' }), 201);
    await expectJson(await w.as(w.colleague).request('POST', `${BASE}/${community.id}/notes`, { metOn: '2026-05-07', body: 'Shared what helps after a hard shift.' }), 201);
    const { notes } = await expectJson<{ notes: Array<{ metOn: string; author: { name: string } }> }>(await w.as(w.worker).request('GET', `${BASE}/${community.id}/notes`), 200);
    expect(notes.map((n) => [n.metOn, n.author.name])).toEqual([
      ['2026-05-07', 'Cal Colleague'],
      ['2026-04-02', 'Wren Worker'],
    ]);
    const bad = await expectJson<Problem>(await w.as(w.worker).request('POST', `${BASE}/${community.id}/notes`, { metOn: 'last week', body: 'x' }), 400);
    expect(bad.errors?.[0]).toMatchObject({ field: 'metOn' });
  });
});

describe('moderation', () => {
  it('lets a member report a post and a starter hide it; other members then see that it was hidden, not its words', async () => {
    const post = await expectJson<Post>(await w.as(w.otherTeam).request('POST', `${BASE}/${community.id}/posts`, { body: 'Something that should not be here' }), 201);
    expect((await w.as(w.colleague).request('POST', `${BASE}/${community.id}/posts/${post.id}/reports`, { reason: 'Too much detail' })).status).toBe(204);
    const asStarter = (await expectJson<{ posts: Post[] }>(await w.as(w.worker).request('GET', `${BASE}/${community.id}/posts`), 200)).posts.find((p) => p.id === post.id)!;
    expect(asStarter.reported).toBe(true);
    const refused = await expectJson<Problem>(await w.as(w.colleague).request('PUT', `${BASE}/${community.id}/posts/${post.id}/hidden`, { hidden: true }), 403);
    expect(refused.detail).toMatch(/started the community/);
    expect((await w.as(w.admin).request('PUT', `${BASE}/${community.id}/posts/${post.id}/hidden`, { hidden: true })).status).toBe(404);
    const hidden = await expectJson<Post>(await w.as(w.worker).request('PUT', `${BASE}/${community.id}/posts/${post.id}/hidden`, { hidden: true }), 200);
    expect(hidden).toMatchObject({ hidden: true, body: 'Something that should not be here' });
    const asMember = (await expectJson<{ posts: Post[] }>(await w.as(w.colleague).request('GET', `${BASE}/${community.id}/posts`), 200)).posts.find((p) => p.id === post.id)!;
    expect(asMember).toMatchObject({ hidden: true, body: null, reported: null });
  });

  it('lets a member leave: the board closes to them and what they wrote stays', async () => {
    const before = (await expectJson<{ posts: Post[] }>(await w.as(w.worker).request('GET', `${BASE}/${community.id}/posts`), 200)).posts.length;
    const left = await expectJson<Community>(await w.as(w.colleague).request('POST', `${BASE}/${community.id}/leave`), 200);
    expect(left).toMatchObject({ myStatus: null, members: null });
    expect((await w.as(w.colleague).request('GET', `${BASE}/${community.id}/posts`)).status).toBe(404);
    expect((await expectJson<{ posts: Post[] }>(await w.as(w.worker).request('GET', `${BASE}/${community.id}/posts`), 200)).posts).toHaveLength(before);
    expect((await w.as(w.colleague).request('POST', `${BASE}/${community.id}/leave`)).status).toBe(403);
  });
});

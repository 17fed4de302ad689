import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import { auditEvents } from '../../platform/audit/schema.js';
import type { Database } from '../../platform/db/client.js';
import { anonymous, buildHub, buildOrg, buildPerson, buildTestApp, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { CONSENT_STATEMENT_VERSION } from '../hub/model.js';
import { hubPracticeReports, sharedPracticeItems } from './schema.js';

/**
 * Shared practice through the real routes: who reads, adds, removes and moderates on each side of
 * the tenant wall; files refused by content and size; and the promise that an unnamed story never
 * names its organisation, by name or by id, in any answer.
 */

type Item = { id: string; kind: string; title: string; from: { kind: string; organisation?: string; person?: string | null }; mine: boolean; mayRemove: boolean; nameOrganisation: boolean | null };
type Post = {
  id: string;
  state: string;
  title: string | null;
  body: string | null;
  hiddenReason: string | null;
  from: { kind: string; organisation?: string; person?: string | null };
  mayReport: boolean;
  reportedByMe: boolean;
  reports: { count: number; reasons: Array<{ kind: string; reason: string | null }> } | null;
  replies: Post[];
};

let database: Database;
let app: TestApp;
let hubId: string;
let hubAdmin: Client;
let analyst: Client;
let otherHubAdmin: Client;
let collaborativeId: string;
const org: Record<'a' | 'b' | 'c' | 'd', { id: string; name: string; admin: Client }> = {} as never;
let workerOfA: Client;
/** Every person of the test, so that no answer is found carrying one's id. */
const personIds: string[] = [];
async function personOf(orgId: string, input: Parameters<typeof buildPerson>[2]) {
  const built = await buildPerson(database, orgId, input);
  personIds.push(built.personId);
  return built;
}
const json = async <T>(response: Response) => (await response.json()) as T;
const hubBase = () => `/api/v1/hub/collaboratives/${collaborativeId}`;
const orgBase = () => `/api/v1/org/hubs/${hubId}/collaborative`;
const library = async (client: Client, base: string) => (await json<{ items: Item[] }>(await client.request('GET', `${base}/library`))).items;
const board = async (client: Client, base: string) => (await json<{ threads: Post[] }>(await client.request('GET', `${base}/board`))).threads;

function upload(client: Client, path: string, fields: { title?: string; name: string; content: Uint8Array }) {
  const form = new FormData();
  if (fields.title !== undefined) form.append('title', fields.title);
  form.append('file', new File([fields.content], fields.name, { type: 'application/octet-stream' }));
  return app.request(path, { method: 'POST', headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken }, body: form });
}
const itemCount = async () => (await database.db.select().from(sharedPracticeItems).where(eq(sharedPracticeItems.hubId, hubId))).length;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = buildTestApp(database));
  await installPack(database.db, minimalAssessmentPack());
  hubId = await buildHub(database, 'Lakeside Region Hub');
  hubAdmin = await signIn(app, (await personOf(hubId, { name: 'Hana Hubwell', roles: ['hub_admin'] })).email);
  analyst = await signIn(app, (await personOf(hubId, { roles: ['hub_analyst'] })).email);
  const otherHub = await buildHub(database, 'Faraway Hub');
  otherHubAdmin = await signIn(app, (await personOf(otherHub, { roles: ['hub_admin'] })).email);
  const created = await hubAdmin.request('POST', '/api/v1/hub/collaboratives', { name: 'Calm Spaces', startsOn: '2026-01-05', packId: 'test.assessment' });
  collaborativeId = (await json<{ id: string }>(created)).id;
  for (const [key, name] of [['a', 'Alder House'], ['b', 'Birch Centre'], ['c', 'Cedar Lodge'], ['d', 'Damson Home']] as const) {
    const id = await buildOrg(database, name);
    const admin = await signIn(app, (await personOf(id, { name: `Admin of ${name}`, roles: ['org_admin'] })).email);
    org[key] = { id, name, admin };
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId: id })).status).toBe(201);
    // D stays invited, never consenting
    if (key !== 'd') expect((await admin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(200);
    // C consents to the hub but takes part in no collaborative
    if (key === 'a' || key === 'b') expect((await hubAdmin.request('POST', `${hubBase()}/members`, { orgId: id })).status).toBe(201);
  }
  workerOfA = await signIn(app, (await personOf(org.a.id, { roles: ['worker'] })).email);
}, 180_000);
afterAll(() => database.close());

describe('the library', () => {
  it('a hub admin and a member organisation’s admin add links; both sides read them, named by person and organisation', async () => {
    const byHub = await hubAdmin.request('POST', `${hubBase()}/library/links`, { title: 'Supervision guide', url: 'https://example.org/guide' });
    expect(byHub.status, await byHub.clone().text()).toBe(201);
    expect((await org.a.admin.request('POST', `${orgBase()}/library/links`, { title: 'Reflective practice', url: 'http://example.org/rp' })).status).toBe(201);
    const seenByB = await library(org.b.admin, orgBase());
    expect(seenByB.map((i) => i.title)).toEqual(['Reflective practice', 'Supervision guide']);
    expect(seenByB[0]!.from).toEqual({ kind: 'member', organisation: 'Alder House', person: 'Admin of Alder House' });
    expect(seenByB[1]!.from).toEqual({ kind: 'hub', organisation: 'Lakeside Region Hub', person: 'Hana Hubwell' });
    expect(seenByB.map((i) => i.mayRemove)).toEqual([false, false]);
    expect((await library(analyst, hubBase())).map((i) => i.mayRemove)).toEqual([false, false]);
    expect((await library(hubAdmin, hubBase())).map((i) => i.mayRemove)).toEqual([true, true]);
  });

  it('refuses a link that is not http(s), naming the field; nothing stored', async () => {
    const before = await itemCount();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'not a url']) {
      const answer = await org.a.admin.request('POST', `${orgBase()}/library/links`, { title: 'Bad', url });
      expect(answer.status).toBe(400);
      expect((await json<{ errors: Array<{ field: string }> }>(answer)).errors.map((e) => e.field)).toEqual(['url']);
    }
    expect(await itemCount()).toBe(before);
  });

  it('keeps a document whose bytes match its type and serves it back as a download that is never sniffed', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% a tiny test file\n');
    const added = await upload(org.a.admin, `${orgBase()}/library/documents`, { title: 'Debrief checklist', name: '../../debrief "v2".pdf', content: pdf });
    expect(added.status, await added.clone().text()).toBe(201);
    const item = await json<Item & { fileName: string }>(added);
    expect(item.fileName).toBe('debrief v2.pdf');
    for (const client of [hubAdmin, analyst]) {
      const file = await client.request('GET', `${hubBase()}/library/${item.id}/file`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="debrief v2.pdf"/);
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
    }
    expect((await org.b.admin.request('GET', `${orgBase()}/library/${item.id}/file`)).status).toBe(200);
    expect((await org.c.admin.request('GET', `${orgBase()}/library/${item.id}/file`)).status).toBe(404);
  });

  it('refuses a file by its content, its type, its size or a missing title, naming the field; nothing stored', async () => {
    const before = await itemCount();
    const cases: Array<[{ title?: string; name: string; content: Uint8Array }, number, string]> = [
      [{ title: 'Page', name: 'page.pdf', content: Buffer.from('<html><script>alert(1)</script></html>') }, 400, 'file'],
      [{ title: 'Script', name: 'run.sh', content: Buffer.from('#!/bin/sh\n') }, 400, 'file'],
      [{ title: 'Fake odt', name: 'notes.odt', content: Buffer.from('PK\u0003\u0004 not really') }, 400, 'file'],
      [{ title: 'Empty', name: 'empty.txt', content: new Uint8Array(0) }, 400, 'file'],
      [{ title: 'Huge', name: 'huge.txt', content: Buffer.alloc(5 * 1024 * 1024 + 1, 'a') }, 413, 'file'],
      [{ name: 'notes.txt', content: Buffer.from('plain words') }, 400, 'title'],
    ];
    for (const [fields, status, field] of cases) {
      const answer = await upload(hubAdmin, `${hubBase()}/library/documents`, fields);
      expect(answer.status, fields.name).toBe(status);
      expect((await json<{ errors: Array<{ field: string }> }>(answer)).errors.map((e) => e.field)).toContain(field);
    }
    expect(await itemCount()).toBe(before);
    const odt = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text'), Buffer.alloc(10)]);
    expect((await upload(hubAdmin, `${hubBase()}/library/documents`, { title: 'An odt', name: 'notes.odt', content: odt })).status).toBe(201);
  });

  it('an unnamed story never names its organisation, by name or id, in any answer; its author can name it later', async () => {
    const secret = [org.b.name, org.b.id, 'Admin of Birch Centre'];
    const added = await org.b.admin.request('POST', `${orgBase()}/library/stories`, { title: 'Quiet rooms', text: 'We kept one room quiet after hard calls.', nameOrganisation: false });
    expect(added.status).toBe(201);
    const addedText = await added.text();
    const story = JSON.parse(addedText) as Item;
    expect(story.from).toEqual({ kind: 'unnamed-member' });
    expect(story.nameOrganisation).toBe(false);
    const answers = [addedText];
    for (const [client, base] of [[hubAdmin, hubBase()], [analyst, hubBase()], [org.a.admin, orgBase()], [org.b.admin, orgBase()]] as const) {
      answers.push(await (await client.request('GET', `${base}/library`)).text());
      answers.push(await (await client.request('GET', `${base}/library?kind=story`)).text());
    }
    for (const text of answers) for (const s of secret) expect(text).not.toContain(s);
    expect((await library(org.a.admin, orgBase())).find((i) => i.id === story.id)!.nameOrganisation).toBeNull();
    // another admin may not change it; its author names it, and then everyone reads the name
    expect((await org.a.admin.request('PATCH', `${orgBase()}/library/${story.id}`, { nameOrganisation: true })).status).toBe(403);
    const named = await json<Item>(await org.b.admin.request('PATCH', `${orgBase()}/library/${story.id}`, { nameOrganisation: true }));
    expect(named.from).toEqual({ kind: 'member', organisation: 'Birch Centre', person: null });
    expect((await library(hubAdmin, hubBase())).find((i) => i.id === story.id)!.from).toEqual({ kind: 'member', organisation: 'Birch Centre', person: null });
    const unnamed = await org.b.admin.request('PATCH', `${orgBase()}/library/${story.id}`, { nameOrganisation: false });
    expect(await unnamed.text()).not.toContain('Birch Centre');
    expect((await org.b.admin.request('POST', `${orgBase()}/library/stories`, { title: 'Too long', text: 'x'.repeat(4001), nameOrganisation: true })).status).toBe(400);
    expect((await org.b.admin.request('POST', `${orgBase()}/library/stories`, { title: 'No choice', text: 'Words' })).status).toBe(400);
  });

  it('filters by kind', async () => {
    expect(new Set((await library(analyst, `${hubBase()}`)).map((i) => i.kind))).toEqual(new Set(['link', 'document', 'story']));
    const links = (await json<{ items: Item[] }>(await analyst.request('GET', `${hubBase()}/library?kind=link`))).items;
    expect(links.map((i) => i.kind)).toEqual(['link', 'link']);
    expect((await analyst.request('GET', `${hubBase()}/library?kind=video`)).status).toBe(400);
  });

  it('who may not: the analyst adds nothing (403), a worker 403, a non-member, a non-consenting organisation and another hub 404, a stranger 401', async () => {
    const link = { title: 'X', url: 'https://example.org' };
    expect((await analyst.request('POST', `${hubBase()}/library/links`, link)).status).toBe(403);
    expect((await workerOfA.request('GET', `${orgBase()}/library`)).status).toBe(403);
    expect((await workerOfA.request('POST', `${orgBase()}/library/links`, link)).status).toBe(403);
    for (const client of [org.c.admin, org.d.admin]) {
      expect((await client.request('GET', `${orgBase()}/library`)).status).toBe(404);
      expect((await client.request('POST', `${orgBase()}/library/links`, link)).status).toBe(404);
      expect((await client.request('GET', `${orgBase()}/board`)).status).toBe(404);
    }
    expect((await otherHubAdmin.request('GET', `${hubBase()}/library`)).status).toBe(404);
    expect((await otherHubAdmin.request('POST', `${hubBase()}/library/links`, link)).status).toBe(404);
    // across the tenant wall: an organisation at the hub's address, a hub at an organisation's
    expect((await org.a.admin.request('GET', `${hubBase()}/library`)).status).toBe(404);
    expect((await hubAdmin.request('GET', `${orgBase()}/library`)).status).toBe(404);
    expect((await anonymous(app).request('GET', `${hubBase()}/library`)).status).toBe(401);
    expect((await anonymous(app).request('GET', `${orgBase()}/board`)).status).toBe(401);
  });

  it('its author or a hub admin removes an item, recorded; another member organisation may not (403)', async () => {
    const items = await library(hubAdmin, hubBase());
    const ofA = items.find((i) => i.title === 'Reflective practice')!;
    const ofHub = items.find((i) => i.title === 'Supervision guide')!;
    expect((await org.b.admin.request('DELETE', `${orgBase()}/library/${ofA.id}`)).status).toBe(403);
    expect((await org.a.admin.request('DELETE', `${orgBase()}/library/${ofHub.id}`)).status).toBe(403);
    expect((await analyst.request('DELETE', `${hubBase()}/library/${ofA.id}`)).status).toBe(403);
    expect((await hubAdmin.request('DELETE', `${hubBase()}/library/${ofA.id}`)).status).toBe(204);
    expect((await org.a.admin.request('DELETE', `${orgBase()}/library/${ofA.id}`)).status).toBe(404);
    const trail = await database.db.select().from(auditEvents).where(eq(auditEvents.type, 'shared-practice.item-removed'));
    expect(trail.map((e) => e.orgId).sort()).toEqual([hubId, org.a.id].sort());
  });
});

describe('the board', () => {
  let threadId: string;
  let replyId: string;

  it('a hub admin starts a thread, member organisations reply; everyone with a seat reads it', async () => {
    const thread = await hubAdmin.request('POST', `${hubBase()}/board/threads`, { title: 'Protected time', body: 'How do you keep supervision from being cancelled?' });
    expect(thread.status).toBe(201);
    threadId = (await json<Post>(thread)).id;
    const reply = await org.a.admin.request('POST', `${orgBase()}/board/threads/${threadId}/replies`, { body: 'We book it a quarter ahead.' });
    expect(reply.status).toBe(201);
    replyId = (await json<Post>(reply)).id;
    expect((await org.b.admin.request('POST', `${orgBase()}/board/threads/${threadId}/replies`, { body: 'Same here.' })).status).toBe(201);
    expect((await org.b.admin.request('POST', `${orgBase()}/board/threads/${replyId}/replies`, { body: 'A reply to a reply' })).status).toBe(404);
    expect((await analyst.request('POST', `${hubBase()}/board/threads`, { title: 'X', body: 'Y' })).status).toBe(403);
    expect((await org.a.admin.request('POST', `${orgBase()}/board/threads`, { title: '', body: '' })).status).toBe(400);
    const seen = await board(analyst, hubBase());
    expect(seen[0]!.replies.map((r) => r.from)).toEqual([
      { kind: 'member', organisation: 'Alder House', person: 'Admin of Alder House' },
      { kind: 'member', organisation: 'Birch Centre', person: 'Admin of Birch Centre' },
    ]);
  });

  it('its author edits and deletes their own post; nobody else may (403)', async () => {
    expect((await org.b.admin.request('PATCH', `${orgBase()}/board/posts/${replyId}`, { body: 'Changed by B' })).status).toBe(403);
    expect((await hubAdmin.request('PATCH', `${hubBase()}/board/posts/${replyId}`, { body: 'Changed by the hub' })).status).toBe(403);
    const edited = await org.a.admin.request('PATCH', `${orgBase()}/board/posts/${replyId}`, { body: 'We book it a quarter ahead, in pairs.' });
    expect(edited.status).toBe(200);
    expect((await org.a.admin.request('PATCH', `${orgBase()}/board/posts/${replyId}`, { body: 'x', title: 'A title' })).status).toBe(422);
    const extra = await json<Post>(await org.a.admin.request('POST', `${orgBase()}/board/threads/${threadId}/replies`, { body: 'Oops, posted twice.' }));
    expect((await org.b.admin.request('DELETE', `${orgBase()}/board/posts/${extra.id}`)).status).toBe(403);
    expect((await org.a.admin.request('DELETE', `${orgBase()}/board/posts/${extra.id}`)).status).toBe(204);
    const deleted = (await board(org.b.admin, orgBase()))[0]!.replies.find((r) => r.id === extra.id)!;
    expect(deleted).toMatchObject({ state: 'deleted', body: null });
  });

  it('a hub admin hides a post with a reason shown in its place and restores it; the analyst and organisations cannot; both trails record it', async () => {
    expect((await analyst.request('PUT', `${hubBase()}/board/posts/${replyId}/hidden`, { reason: 'No' })).status).toBe(403);
    expect((await org.b.admin.request('PUT', `${orgBase()}/board/posts/${replyId}/hidden`, { reason: 'No' })).status).toBe(404);
    expect((await hubAdmin.request('PUT', `${hubBase()}/board/posts/${replyId}/hidden`, { reason: ' ' })).status).toBe(400);
    const hidden = await hubAdmin.request('PUT', `${hubBase()}/board/posts/${replyId}/hidden`, { reason: 'Names a client; please rephrase.' });
    expect(hidden.status).toBe(200);
    const seenByB = (await board(org.b.admin, orgBase()))[0]!.replies.find((r) => r.id === replyId)!;
    expect(seenByB).toMatchObject({ state: 'hidden', body: null, hiddenReason: 'Names a client; please rephrase.' });
    const seenByHub = (await board(hubAdmin, hubBase()))[0]!.replies.find((r) => r.id === replyId)!;
    expect(seenByHub.body).toBe('We book it a quarter ahead, in pairs.');
    expect((await org.a.admin.request('PATCH', `${orgBase()}/board/posts/${replyId}`, { body: 'sneaky' })).status).toBe(409);
    expect((await hubAdmin.request('DELETE', `${hubBase()}/board/posts/${replyId}/hidden`)).status).toBe(200);
    expect((await board(org.b.admin, orgBase()))[0]!.replies.find((r) => r.id === replyId)!.state).toBe('shown');
    const trail = await database.db.select().from(auditEvents).where(eq(auditEvents.type, 'shared-practice.post-hidden'));
    expect(trail.map((e) => e.orgId).sort()).toEqual([hubId, org.a.id].sort());
  });

  it('an organisation that revokes its consent loses access (404); its posts and items stay as from a former member organisation', async () => {
    expect((await org.b.admin.request('POST', `/api/v1/org/hubs/${hubId}/revoke`)).status).toBe(200);
    expect((await org.b.admin.request('GET', `${orgBase()}/board`)).status).toBe(404);
    expect((await org.b.admin.request('GET', `${orgBase()}/library`)).status).toBe(404);
    const text = await (await org.a.admin.request('GET', `${orgBase()}/board`)).text();
    expect(text).not.toContain('Birch Centre');
    const replies = (JSON.parse(text) as { threads: Post[] }).threads[0]!.replies;
    expect(replies.find((r) => r.body === 'Same here.')!.from).toEqual({ kind: 'former-member' });
    const libraryText = await (await hubAdmin.request('GET', `${hubBase()}/library`)).text();
    expect(libraryText).not.toContain('Birch Centre');
    expect(libraryText).toContain('former-member');
  });
});

describe('reports of board posts', () => {
  let threadId: string;
  let replyId: string;
  const answers: string[] = [];
  const reportsPath = (base: string, id: string) => `${base}/board/posts/${id}/reports`;
  const send = async (client: Client, base: string, id: string, body: unknown) => {
    const answer = await client.request('POST', reportsPath(base, id), body);
    answers.push(await answer.clone().text());
    return answer;
  };
  const find = async (client: Client, base: string, id: string) => {
    const text = await (await client.request('GET', `${base}/board`)).text();
    answers.push(text);
    const threads = (JSON.parse(text) as { threads: Post[] }).threads;
    return [...threads, ...threads.flatMap((t) => t.replies)].find((p) => p.id === id)!;
  };
  const openCount = async () => (await database.db.select().from(hubPracticeReports).where(eq(hubPracticeReports.hubId, hubId))).filter((r) => r.closedAt === null).length;

  beforeAll(async () => {
    threadId = (await json<Post>(await hubAdmin.request('POST', `${hubBase()}/board/threads`, { title: 'Handovers', body: 'What goes into a good handover note?' }))).id;
    replyId = (await json<Post>(await org.a.admin.request('POST', `${orgBase()}/board/threads/${threadId}/replies`, { body: 'The plan for the next shift, never a client’s story.' }))).id;
  });

  it('a member organisation’s admin and a hub analyst report a post; each is told they did, nobody else who', async () => {
    expect((await find(org.a.admin, orgBase(), threadId)).mayReport).toBe(true);
    const byA = await send(org.a.admin, orgBase(), threadId, { kind: 'identifying', reason: '  Names a person in the second line.  ' });
    expect(byA.status, await byA.clone().text()).toBe(201);
    expect(await json<Post>(byA)).toMatchObject({ reportedByMe: true, mayReport: false, reports: null });
    expect((await send(analyst, hubBase(), threadId, { kind: 'other', reason: 'Worth a second look.' })).status).toBe(201);
    expect((await send(analyst, hubBase(), replyId, { kind: 'unkind' })).status).toBe(201);
    // the reply's author is not told it was reported, nor by whom
    const seenByAuthor = await find(org.a.admin, orgBase(), replyId);
    expect(seenByAuthor).toMatchObject({ reports: null, reportedByMe: false, mayReport: false });
  });

  it('refuses a second open report (409 naming the field) and a report of one’s own post (409); nothing added', async () => {
    const before = await openCount();
    const again = await send(org.a.admin, orgBase(), threadId, { kind: 'unkind' });
    expect(again.status).toBe(409);
    expect((await json<{ errors: Array<{ field: string }> }>(again)).errors.map((e) => e.field)).toEqual(['postId']);
    expect((await send(hubAdmin, hubBase(), threadId, { kind: 'other', reason: 'Mine' })).status).toBe(409);
    expect((await send(org.a.admin, orgBase(), replyId, { kind: 'unkind' })).status).toBe(409);
    expect(await openCount()).toBe(before);
  });

  it('bad input names the field and changes nothing', async () => {
    const before = await openCount();
    const cases: Array<[unknown, string]> = [
      [{ kind: 'other', reason: '   ' }, 'reason'],
      [{ kind: 'other' }, 'reason'],
      [{ kind: 'unkind', reason: 'x'.repeat(501) }, 'reason'],
      [{ kind: 'rude', reason: 'Rude' }, 'kind'],
      [{ reason: 'No kind' }, 'kind'],
    ];
    for (const [body, field] of cases) {
      const answer = await send(analyst, hubBase(), threadId, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect((await json<{ errors: Array<{ field: string }> }>(answer)).errors.map((e) => e.field)).toContain(field);
    }
    expect((await send(analyst, hubBase(), 'not-an-id', { kind: 'unkind' })).status).toBe(400);
    expect(await openCount()).toBe(before);
  });

  it('404 for a hidden or deleted post, another hub, an organisation without consent or outside the collaborative; 403 for a worker; 401 for a stranger', async () => {
    const hiddenId = (await json<Post>(await org.a.admin.request('POST', `${orgBase()}/board/threads/${threadId}/replies`, { body: 'To be hidden.' }))).id;
    expect((await hubAdmin.request('PUT', `${hubBase()}/board/posts/${hiddenId}/hidden`, { reason: 'Off topic.' })).status).toBe(200);
    expect((await send(analyst, hubBase(), hiddenId, { kind: 'unkind' })).status).toBe(404);
    expect((await find(analyst, hubBase(), hiddenId)).mayReport).toBe(false);
    const goneId = (await json<Post>(await org.a.admin.request('POST', `${orgBase()}/board/threads/${threadId}/replies`, { body: 'To be deleted.' }))).id;
    expect((await send(analyst, hubBase(), goneId, { kind: 'unkind' })).status).toBe(201);
    expect((await org.a.admin.request('DELETE', `${orgBase()}/board/posts/${goneId}`)).status).toBe(204);
    // its words are gone, and its report closed with them
    const ofGone = await database.db.select().from(hubPracticeReports).where(eq(hubPracticeReports.postId, goneId));
    expect(ofGone.map((r) => r.closedAt !== null)).toEqual([true]);
    expect((await send(analyst, hubBase(), goneId, { kind: 'unkind' })).status).toBe(404);
    expect((await send(otherHubAdmin, hubBase(), threadId, { kind: 'unkind' })).status).toBe(404);
    for (const client of [org.b.admin, org.c.admin, org.d.admin]) expect((await send(client, orgBase(), threadId, { kind: 'unkind' })).status).toBe(404);
    expect((await send(org.a.admin, hubBase(), threadId, { kind: 'unkind' })).status).toBe(404);
    expect((await send(workerOfA, orgBase(), threadId, { kind: 'unkind' })).status).toBe(403);
    expect((await anonymous(app).request('POST', reportsPath(orgBase(), threadId), { kind: 'unkind' })).status).toBe(401);
  });

  it('the hub admin sees how many reports and their reasons, never who; the analyst and the organisations see no reports', async () => {
    const thread = await find(hubAdmin, hubBase(), threadId);
    expect(thread.reports).toEqual({
      count: 2,
      reasons: [
        { kind: 'identifying', reason: 'Names a person in the second line.', reportedAt: expect.any(String) },
        { kind: 'other', reason: 'Worth a second look.', reportedAt: expect.any(String) },
      ],
    });
    expect((await find(hubAdmin, hubBase(), replyId)).reports).toMatchObject({ count: 1, reasons: [{ kind: 'unkind', reason: null }] });
    expect((await find(analyst, hubBase(), threadId)).reports).toBeNull();
    expect((await find(org.a.admin, orgBase(), threadId)).reports).toBeNull();
  });

  it('the analyst may not dismiss (403), an organisation has no such address (404); the hub admin dismisses, recorded; hiding closes reports too', async () => {
    expect((await analyst.request('DELETE', reportsPath(hubBase(), threadId))).status).toBe(403);
    expect((await org.a.admin.request('DELETE', reportsPath(orgBase(), threadId))).status).toBe(404);
    expect((await otherHubAdmin.request('DELETE', reportsPath(hubBase(), threadId))).status).toBe(404);
    const dismissed = await hubAdmin.request('DELETE', reportsPath(hubBase(), threadId));
    expect(dismissed.status).toBe(200);
    answers.push(await dismissed.clone().text());
    expect((await json<Post>(dismissed)).reports).toBeNull();
    expect((await find(hubAdmin, hubBase(), threadId)).reports).toBeNull();
    // a dismissed report is closed: its reporter may report again
    expect((await find(org.a.admin, orgBase(), threadId)).mayReport).toBe(true);
    // hiding the reply closes its report
    expect((await hubAdmin.request('PUT', `${hubBase()}/board/posts/${replyId}/hidden`, { reason: 'Please keep it kind.' })).status).toBe(200);
    expect((await hubAdmin.request('DELETE', `${hubBase()}/board/posts/${replyId}/hidden`)).status).toBe(200);
    expect((await find(hubAdmin, hubBase(), replyId)).reports).toBeNull();
    expect(await openCount()).toBe(0);

    const reported = await database.db.select().from(auditEvents).where(eq(auditEvents.type, 'shared-practice.post-reported'));
    const inHubTrail = reported.filter((e) => e.orgId === hubId);
    // A's report: in A's trail with its admin; in the hub's without who. The analyst's three: the hub's, with the analyst.
    expect(reported.filter((e) => e.orgId === org.a.id)).toHaveLength(1);
    expect(inHubTrail).toHaveLength(4);
    expect(inHubTrail.filter((e) => e.actorPersonId === null).map((e) => (e.data as { via?: string }).via)).toEqual(['member']);
    const dismissals = await database.db.select().from(auditEvents).where(eq(auditEvents.type, 'shared-practice.reports-dismissed'));
    expect(dismissals.map((e) => [e.orgId, (e.data as { count: number }).count])).toEqual([[hubId, 2]]);
  });

  it('no answer carries a person id', () => {
    expect(answers.length).toBeGreaterThan(10);
    for (const text of answers) for (const id of personIds) expect(text).not.toContain(id);
  });
});

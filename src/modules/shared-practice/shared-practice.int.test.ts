import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import { auditEvents } from '../../platform/audit/schema.js';
import type { Database } from '../../platform/db/client.js';
import { anonymous, buildHub, buildOrg, buildPerson, buildTestApp, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { CONSENT_STATEMENT_VERSION } from '../hub/model.js';
import { sharedPracticeItems } from './schema.js';

/**
 * Shared practice through the real routes: who reads, adds, removes and moderates on each side of
 * the tenant wall; files refused by content and size; and the promise that an unnamed story never
 * names its organisation, by name or by id, in any answer.
 */

type Item = { id: string; kind: string; title: string; from: { kind: string; organisation?: string; person?: string | null }; mine: boolean; mayRemove: boolean; nameOrganisation: boolean | null };
type Post = { id: string; state: string; title: string | null; body: string | null; hiddenReason: string | null; from: { kind: string; organisation?: string; person?: string | null }; replies: Post[] };

let database: Database;
let app: TestApp;
let hubId: string;
let hubAdmin: Client;
let analyst: Client;
let otherHubAdmin: Client;
let collaborativeId: string;
const org: Record<'a' | 'b' | 'c' | 'd', { id: string; name: string; admin: Client }> = {} as never;
let workerOfA: Client;
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
  hubAdmin = await signIn(app, (await buildPerson(database, hubId, { name: 'Hana Hubwell', roles: ['hub_admin'] })).email);
  analyst = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_analyst'] })).email);
  const otherHub = await buildHub(database, 'Faraway Hub');
  otherHubAdmin = await signIn(app, (await buildPerson(database, otherHub, { roles: ['hub_admin'] })).email);
  const created = await hubAdmin.request('POST', '/api/v1/hub/collaboratives', { name: 'Calm Spaces', startsOn: '2026-01-05', packId: 'test.assessment' });
  collaborativeId = (await json<{ id: string }>(created)).id;
  for (const [key, name] of [['a', 'Alder House'], ['b', 'Birch Centre'], ['c', 'Cedar Lodge'], ['d', 'Damson Home']] as const) {
    const id = await buildOrg(database, name);
    const admin = await signIn(app, (await buildPerson(database, id, { name: `Admin of ${name}`, roles: ['org_admin'] })).email);
    org[key] = { id, name, admin };
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId: id })).status).toBe(201);
    // D stays invited, never consenting
    if (key !== 'd') expect((await admin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(200);
    // C consents to the hub but takes part in no collaborative
    if (key === 'a' || key === 'b') expect((await hubAdmin.request('POST', `${hubBase()}/members`, { orgId: id })).status).toBe(201);
  }
  workerOfA = await signIn(app, (await buildPerson(database, org.a.id, { roles: ['worker'] })).email);
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

import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { type BuiltPerson, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, countRows, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { eraseVoiceData, exportVoiceData, ZVoicePersonalData } from './personal-data.js';

/**
 * Staff voice against a real database: what an anonymous concern leaves behind (nothing that
 * points at its writer), who may read the name on a named one, the public answers, and read
 * counts that only ever leave through the privacy gate.
 */

type Concern = { id: string; kind: string; body: string; raisedIn: string; status: string; publicAnswer: string | null; author?: { personId: string; name: string } | null };
type Problem = { errors?: Array<{ field: string; problem: string }> };

let database: Database;
let app: TestApp;
let logs: string[];
let orgA: string;
let teamA: string;
let teamB: string;
let author: BuiltPerson;
let manager: BuiltPerson;
let handler: BuiltPerson;
let bystanderAdmin: BuiltPerson;
let analyst: BuiltPerson;
let foreignAdmin: BuiltPerson;
const teamAWorkers: BuiltPerson[] = [];
const teamBWorkers: BuiltPerson[] = [];
const clients = new Map<string, Client>();
const as = (p: BuiltPerson) => clients.get(p.personId)!;

async function json<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app, logs } = buildTestApp(database));
  orgA = await buildOrg(database, 'Willow Bank Services');
  teamA = await buildUnit(database, orgA, { name: 'Willow Outreach' });
  teamB = await buildUnit(database, orgA, { name: 'Willow Night Team' });
  // the author's line manager is also an org admin who handles concerns: still never sees the name
  manager = await buildPerson(database, orgA, { name: 'Morag Manager', unitId: teamA, roles: ['supervisor', 'org_admin'] });
  author = await buildPerson(database, orgA, { name: 'Ash Author', unitId: teamA, managerId: manager.personId, roles: ['worker'] });
  handler = await buildPerson(database, orgA, { name: 'Hollis Handler', roles: ['org_admin'] });
  bystanderAdmin = await buildPerson(database, orgA, { name: 'Bryn Otheradmin', roles: ['org_admin'] });
  analyst = await buildPerson(database, orgA, { name: 'Ana Lyst', roles: ['hub_analyst'] });
  for (let i = 0; i < 6; i++) teamAWorkers.push(await buildPerson(database, orgA, { name: `Outreach ${i}`, unitId: teamA }));
  for (let i = 0; i < 2; i++) teamBWorkers.push(await buildPerson(database, orgA, { name: `Night ${i}`, unitId: teamB }));
  const orgB = await buildOrg(database, 'Elsewhere Trust');
  foreignAdmin = await buildPerson(database, orgB, { name: 'Fen Foreign', roles: ['org_admin'] });
  for (const p of [manager, author, handler, bystanderAdmin, analyst, foreignAdmin, ...teamAWorkers, ...teamBWorkers]) clients.set(p.personId, await signIn(app, p.email));
  // the handlers are named: the other admin does not handle concerns
  await json(await as(handler).request('PATCH', '/api/v1/org/settings', { voiceHandlerIds: [handler.personId, manager.personId] }), 200);
});
afterAll(() => database.close());

const raise = (p: BuiltPerson, body: string, anonymous: boolean, kind = 'concern') => as(p).request('POST', '/api/v1/voice/concerns', { kind, body, anonymous });
const toHandle = async (p: BuiltPerson) => (await json<{ concerns: Concern[] }>(await as(p).request('GET', '/api/v1/voice/handling/concerns'), 200)).concerns;
const publicList = async (p: BuiltPerson) => (await json<{ concerns: Concern[] }>(await as(p).request('GET', '/api/v1/voice/concerns'), 200)).concerns;
const answer = (p: BuiltPerson, id: string, body: unknown) => as(p).request('PUT', `/api/v1/voice/handling/concerns/${id}/answer`, body);

describe('an anonymous concern', () => {
  let id = '';
  const words = 'The rota leaves no time to debrief after home visits.';

  it('is stored in a table with no column that could name or time its writer', async () => {
    const columns = await database.db.execute<{ column_name: string; data_type: string }>(
      sql`SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'voice_concerns' ORDER BY ordinal_position`,
    );
    const names = columns.rows.map((c) => c.column_name);
    expect(names).toEqual(['org_id', 'id', 'kind', 'body', 'raised_in', 'status', 'public_answer', 'answered_in']);
    expect(names.filter((n) => /person|account|session|ip|agent|author|user|device|created|updated|_at$/.test(n))).toEqual([]);
    expect(columns.rows.filter((c) => /time|date|interval/.test(c.data_type))).toEqual([]);
  });

  it('keeps the words, the month and a random v4 id, and nothing else anywhere', async () => {
    const before = await database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events WHERE org_id = ${orgA}`);
    const raised = await json<{ id: string; anonymous: boolean; status: string }>(await raise(author, words, true), 201);
    id = raised.id;
    expect(raised).toMatchObject({ anonymous: true, status: 'received' });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const rows = await database.db.execute(sql`SELECT * FROM voice_concerns WHERE org_id = ${orgA} AND id = ${id}`);
    expect(rows.rows).toHaveLength(1);
    const row = rows.rows[0] as Record<string, unknown>;
    expect(row).toEqual({ org_id: orgA, id, kind: 'concern', body: words, raised_in: expect.stringMatching(/^\d{4}-\d{2}$/), status: 'received', public_answer: null, answered_in: null });
    expect(JSON.stringify(row)).not.toContain(author.personId);
    expect(await countRows(database, 'voice_concern_authors', orgA)).toBe(0);
    // raising is never audited: an event carries an actor and a time
    const after = await database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events WHERE org_id = ${orgA}`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('is answered in public by a handler; the public list shows the words as written, and no audit row or log line names the writer', async () => {
    const seen = (await toHandle(handler)).find((c) => c.id === id)!;
    expect(seen).toMatchObject({ body: words, author: null });
    const answered = await json<Concern>(await answer(handler, id, { status: 'acting', publicAnswer: 'Each visit day now ends with 20 protected minutes.' }), 200);
    expect(answered).toMatchObject({ status: 'acting', author: null });
    const shown = (await publicList(teamBWorkers[0]!)).find((c) => c.id === id)!;
    expect(shown).toEqual({ id, kind: 'concern', body: words, raisedIn: expect.any(String), status: 'acting', publicAnswer: 'Each visit day now ends with 20 protected minutes.', answeredIn: expect.any(String) });
    const naming = await database.db.execute<{ type: string }>(
      sql`SELECT type FROM audit_events WHERE org_id = ${orgA} AND (actor_person_id = ${author.personId} OR subject_person_id = ${author.personId} OR ${author.personId}::uuid = ANY(subject_person_ids) OR data::text LIKE ${`%${author.personId}%`})`,
    );
    expect(naming.rows).toEqual([]);
    const aboutIt = await database.db.execute<{ actor: string }>(sql`SELECT actor_person_id AS actor FROM audit_events WHERE org_id = ${orgA} AND data::text LIKE ${`%${id}%`}`);
    expect(aboutIt.rows.map((r) => r.actor)).toEqual([handler.personId]);
    expect(logs.filter((line) => line.includes(author.personId) || line.includes(id) || line.includes(author.email))).toEqual([]);
  });

  it('is not the writer’s to list back: their own list holds named concerns only', async () => {
    expect((await json<{ concerns: Concern[] }>(await as(author).request('GET', '/api/v1/voice/concerns/mine'), 200)).concerns).toEqual([]);
  });
});

describe('who handles concerns', () => {
  it('everyone of the organisation is told by name, before putting their name to a concern', async () => {
    const told = await json<{ everyAdmin: boolean; handlers: Array<{ name: string }> }>(await as(author).request('GET', '/api/v1/voice/handlers'), 200);
    expect(told).toEqual({ everyAdmin: false, handlers: [{ personId: handler.personId, name: 'Hollis Handler' }, { personId: manager.personId, name: 'Morag Manager' }] });
    expect((await as(analyst).request('GET', '/api/v1/voice/handlers')).status).toBe(404);
  });
});

describe('a named concern', () => {
  let id = '';
  it('the author sees it and where it stands', async () => {
    id = (await json<{ id: string }>(await raise(author, 'I would like a say in the new on-call pattern.', false, 'suggestion'), 201)).id;
    const mine = (await json<{ concerns: Concern[] }>(await as(author).request('GET', '/api/v1/voice/concerns/mine'), 200)).concerns;
    expect(mine.map((c) => [c.id, c.status])).toEqual([[id, 'received']]);
  });

  it('a handler reads the name, and that read is in the author’s access log', async () => {
    expect((await toHandle(handler)).find((c) => c.id === id)?.author).toEqual({ personId: author.personId, name: 'Ash Author' });
    const log = await json<{ accesses: Array<{ type: string }> }>(await as(author).request('GET', '/api/v1/me/access-log'), 200);
    expect(log.accesses.some((a) => a.type === 'people.listed')).toBe(true);
  });

  it('the author’s own manager, though a handler, reads it without the name — as if anonymous', async () => {
    const seen = (await toHandle(manager)).find((c) => c.id === id)!;
    expect(seen.author).toBeNull();
    expect(JSON.stringify(await toHandle(manager))).not.toContain(author.personId);
  });

  it('an admin who does not handle concerns, a colleague, an analyst and another organisation get 404', async () => {
    for (const p of [bystanderAdmin, teamAWorkers[0]!, analyst]) {
      expect((await as(p).request('GET', '/api/v1/voice/handling/concerns')).status).toBe(404);
      expect((await answer(p, id, { status: 'considering', publicAnswer: 'Looking at it.' })).status).toBe(404);
    }
    // org B's admin handles org B's concerns (every admin does there): none of org A's is among them
    expect(await toHandle(foreignAdmin)).toEqual([]);
    expect((await answer(foreignAdmin, id, { status: 'considering', publicAnswer: 'Looking at it.' })).status).toBe(404);
    expect((await answer(handler, randomUUID(), { status: 'considering', publicAnswer: 'x' })).status).toBe(404);
  });

  it('is not public until answered, and once answered shows without the name to everyone', async () => {
    expect((await publicList(teamAWorkers[1]!)).some((c) => c.id === id)).toBe(false);
    await json(await answer(handler, id, { status: 'not-doing', publicAnswer: 'The pattern is set by the commissioner this year; we will ask staff before the next one.' }), 200);
    for (const p of [teamAWorkers[1]!, manager, bystanderAdmin]) {
      const response = await as(p).request('GET', '/api/v1/voice/concerns');
      const text = await response.text();
      expect(JSON.parse(text).concerns.find((c: Concern) => c.id === id)).toMatchObject({ status: 'not-doing' });
      expect(text).not.toContain(author.personId);
      expect(text).not.toContain('Ash Author');
    }
  });
});

describe('bad input changes nothing', () => {
  it('refuses a concern without the anonymous choice, naming the field', async () => {
    const before = await countRows(database, 'voice_concerns', orgA);
    const problem = await json<Problem>(await as(author).request('POST', '/api/v1/voice/concerns', { kind: 'concern', body: 'words' }), 400);
    expect(problem.errors?.map((e) => e.field)).toEqual(['anonymous']);
    expect(await countRows(database, 'voice_concerns', orgA)).toBe(before);
  });
  it('refuses "not doing" without a reason, and the concern stays as it was', async () => {
    const id = (await json<{ id: string }>(await raise(author, 'Pool cars are always booked.', true), 201)).id;
    const problem = await json<Problem>(await answer(handler, id, { status: 'not-doing', publicAnswer: '' }), 400);
    expect(problem.errors).toMatchObject([{ field: 'publicAnswer', problem: 'say why it will not be done' }]);
    expect((await toHandle(handler)).find((c) => c.id === id)?.status).toBe('received');
  });
});

describe('who can reach staff voice at all', () => {
  it('a hub analyst and another organisation find nothing of org A', async () => {
    for (const path of ['/api/v1/voice/concerns', '/api/v1/voice/concerns/mine', '/api/v1/voice/announcements']) expect((await as(analyst).request('GET', path)).status).toBe(404);
    expect((await raise(analyst, 'x', true)).status).toBe(404);
    expect(await publicList(foreignAdmin)).toEqual([]);
  });
});

describe('announcements and their read counts', () => {
  let id = '';
  const readCounts = async () =>
    json<{ withheld: string | null; groups: Array<{ unitId: string | null; name: string; status: string; readers: number | null; reason: string | null }> }>(
      await as(bystanderAdmin).request('GET', `/api/v1/voice/announcements/${id}/reads`),
      200,
    );

  it('an org admin publishes; a worker cannot (403); everyone of the organisation reads it', async () => {
    const published = await json<{ id: string; readByMe: boolean }>(
      await as(handler).request('POST', '/api/v1/voice/announcements', { kind: 'hiring', title: 'Two new outreach posts', body: 'We are recruiting two outreach workers from March.', asksRead: true }),
      201,
    );
    id = published.id;
    expect((await as(author).request('POST', '/api/v1/voice/announcements', { kind: 'policy', title: 't', body: 'b' })).status).toBe(403);
    const list = await json<{ announcements: Array<{ id: string; readByMe: boolean }> }>(await as(author).request('GET', '/api/v1/voice/announcements'), 200);
    expect(list.announcements.find((a) => a.id === id)?.readByMe).toBe(false);
    expect((await json<{ announcements: unknown[] }>(await as(foreignAdmin).request('GET', '/api/v1/voice/announcements'), 200)).announcements).toEqual([]);
    expect((await as(foreignAdmin).request('PUT', `/api/v1/voice/announcements/${id}/read`)).status).toBe(404);
    expect((await as(foreignAdmin).request('GET', `/api/v1/voice/announcements/${id}/reads`)).status).toBe(404);
  });

  it('counts readers per unit only as the gate releases them: a small team is hidden with its reason, nobody is named', async () => {
    for (const p of [...teamAWorkers, ...teamBWorkers]) expect((await as(p).request('PUT', `/api/v1/voice/announcements/${id}/read`)).status).toBe(204);
    const list = await json<{ announcements: Array<{ id: string; readByMe: boolean }> }>(await as(teamBWorkers[0]!).request('GET', '/api/v1/voice/announcements'), 200);
    expect(list.announcements.find((a) => a.id === id)?.readByMe).toBe(true);
    const response = await as(bystanderAdmin).request('GET', `/api/v1/voice/announcements/${id}/reads`);
    const text = await response.text();
    for (const p of [...teamAWorkers, ...teamBWorkers]) expect(text).not.toContain(p.personId);
    const counts = JSON.parse(text) as Awaited<ReturnType<typeof readCounts>>;
    expect(counts.withheld).toBeNull();
    expect(counts.groups.find((g) => g.unitId === null)).toMatchObject({ name: 'Willow Bank Services', status: 'released', readers: 8 });
    expect(counts.groups.find((g) => g.unitId === teamB)).toMatchObject({ status: 'suppressed', readers: null, reason: 'small-group' });
    // the whole organisation (8) minus the outreach team (6) would give the night team's 2 away
    expect(counts.groups.find((g) => g.unitId === teamA)).toMatchObject({ status: 'suppressed', readers: null, reason: 'protects-another' });
    const logged = await database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM privacy_releases WHERE org_id = ${orgA} AND dataset = ${`voice-announcement-reads:${id}`}`);
    expect(logged.rows[0]!.n).toBeGreaterThan(0);
  });

  it('withholds a later view that differs from the earlier one by fewer than the minimum', async () => {
    expect((await as(manager).request('PUT', `/api/v1/voice/announcements/${id}/read`)).status).toBe(204);
    const counts = await readCounts();
    expect(counts).toMatchObject({ withheld: 'differs-from-earlier', groups: [] });
  });

  it('only asks to be marked read when the admin offered it', async () => {
    const plain = await json<{ id: string }>(await as(handler).request('POST', '/api/v1/voice/announcements', { kind: 'resources', title: 'New library', body: 'Books in room 2.' }), 201);
    expect((await as(author).request('PUT', `/api/v1/voice/announcements/${plain.id}/read`)).status).toBe(409);
  });
});

describe('export and erasure of a person’s own staff-voice data', () => {
  it('exports their named concerns and reads, never an anonymous concern; erasing deletes exactly those', async () => {
    const person = teamAWorkers[2]!;
    await json(await raise(person, 'A named one from me.', false), 201);
    const anonymousId = (await json<{ id: string }>(await raise(person, 'An anonymous one from me.', true), 201)).id;
    const exported = ZVoicePersonalData.parse(await exportVoiceData(database.db, orgA, person.personId));
    expect(exported.namedConcerns.map((c) => c.body)).toEqual(['A named one from me.']);
    expect(exported.announcementsRead.map((r) => r.title)).toEqual(['Two new outreach posts']);
    expect(JSON.stringify(exported)).not.toContain(anonymousId);
    expect(await database.db.transaction((tx) => eraseVoiceData(tx, orgA, person.personId))).toEqual({ namedConcerns: 1, announcementReads: 1 });
    expect(await exportVoiceData(database.db, orgA, person.personId)).toEqual({ namedConcerns: [], announcementsRead: [] });
    const stillThere = await database.db.execute(sql`SELECT id FROM voice_concerns WHERE org_id = ${orgA} AND id = ${anonymousId}`);
    expect(stillThere.rows).toHaveLength(1);
    // someone else's named concern is untouched
    expect((await json<{ concerns: Concern[] }>(await as(author).request('GET', '/api/v1/voice/concerns/mine'), 200)).concerns).toHaveLength(1);
  });
});

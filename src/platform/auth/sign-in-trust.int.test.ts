import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../app.js';
import { createOrganisation } from '../tenancy/org-store.js';
import { DEMO_ORG_SLUG, DEMO_PASSWORD } from '../tenancy/demo-organisation.js';
import { settleAfterResponse } from '../background/after-response.js';
import { type Database, databaseFromPool } from '../db/client.js';
import { createMemoryMailer } from '../mail/mailer.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg, buildPerson, buildTestApp, type Client, clientWith, TEST_PASSWORD, type TestApp, postSettled } from '../../test-support/factories.js';
import { pruneAttempts } from '../throttle/attempt-store.js';
import { pruneKnownDevices } from '../throttle/known-devices.js';

let database: Database;
let built: ReturnType<typeof buildTestApp>;
let app: TestApp;
let orgId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  built = buildTestApp(database, { trustProxy: true });
  app = built.app;
  orgId = await buildOrg(database);
});
afterAll(() => database.close());
// each test starts with no attempts counted (they are shared by everything on the database)
beforeEach(async () => {
  await database.db.execute(sql`DELETE FROM attempt_counters`);
});

const from = (address: string) => ({ 'x-forwarded-for': address });
const post = postSettled;
const signInAs = (on: TestApp, email: string, password: string, headers: Record<string, string> = {}) =>
  post(on, '/api/v1/auth/sign-in', { email, password }, headers);
const cookieNamed = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${name}=`));
const liveResetLinks = async (accountId: string) =>
  (
    await database.db.execute(
      sql`SELECT count(*)::int AS n FROM one_time_tokens WHERE account_id = ${accountId} AND purpose = 'reset' AND used_at IS NULL AND expires_at > now()`,
    )
  ).rows[0]!.n as number;
const observable = async (r: Response) => ({ status: r.status, headers: [...r.headers].filter(([n]) => n !== 'date'), body: await r.text() });

describe('password reset requests (finding 7)', () => {
  it('40 requests for one address make 3 live links; the rest answer the same and send nothing', async () => {
    const person = await buildPerson(database, orgId);
    const answers = [];
    for (let i = 0; i < 40; i++) {
      answers.push(await observable(await post(app, '/api/v1/auth/password-reset', { email: person.email }, from(`198.51.100.${i}`))));
    }
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.status).toBe(202);
    expect(await liveResetLinks(person.accountId!)).toBe(3);
    expect(built.mailer.sent.filter((m) => m.to === person.email)).toHaveLength(3);
  });

  it('completing one reset link ends every other reset link of the account', async () => {
    const person = await buildPerson(database, orgId);
    for (const i of [1, 2]) await post(app, '/api/v1/auth/password-reset', { email: person.email }, from(`198.51.100.${i}`));
    expect(await liveResetLinks(person.accountId!)).toBe(2);
    const tokens = built.mailer.sent.filter((m) => m.to === person.email).map((m) => /reset-password#(\S+)/.exec(m.text)![1]!);
    const done = await post(app, '/api/v1/auth/password-reset/complete', { token: tokens[0], password: 'lantern-meadow-quietly-79' });
    expect(done.status).toBe(204);
    expect(await liveResetLinks(person.accountId!)).toBe(0);
    const again = await post(app, '/api/v1/auth/password-reset/complete', { token: tokens[1], password: 'orchard-pebble-softly-31' });
    expect(again.status).toBe(422);
    expect((await signInAs(app, person.email, 'lantern-meadow-quietly-79', from('198.51.100.3'))).status).toBe(200);
  });

  it('one client asking for many addresses is stopped after 10 in an hour', async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => buildPerson(database, orgId)));
    for (const person of people) {
      expect((await post(app, '/api/v1/auth/password-reset', { email: person.email }, from('203.0.113.50'))).status).toBe(202);
    }
    const links = await Promise.all(people.map((p) => liveResetLinks(p.accountId!)));
    expect(links.reduce((a, b) => a + b, 0)).toBe(10);
    // another client is not held up by that one
    expect((await post(app, '/api/v1/auth/password-reset', { email: people[11]!.email }, from('203.0.113.51'))).status).toBe(202);
    expect(await liveResetLinks(people[11]!.accountId!)).toBe(1);
  });

  it('a known and an unknown address get the same status, headers and body, also over the limit', async () => {
    const person = await buildPerson(database, orgId);
    for (let i = 0; i < 5; i++) {
      const known = await observable(await post(app, '/api/v1/auth/password-reset', { email: person.email }, from('192.0.2.9')));
      const unknown = await observable(await post(app, '/api/v1/auth/password-reset', { email: `nobody-${i}@example.org` }, from('192.0.2.9')));
      expect(unknown).toEqual(known);
      expect(known).toMatchObject({ status: 202, body: '' });
    }
  });

  it('answers before the account is looked up: a failing mailer is logged, never an error to the caller', async () => {
    const logs: string[] = [];
    const failing = createApp({
      database,
      mailer: { kind: 'smtp', send: () => Promise.reject(new Error('mail server unreachable')) },
      config: { publicUrl: 'http://localhost', secureCookies: false },
      log: (m) => logs.push(m),
    });
    const person = await buildPerson(database, orgId);
    expect((await post(failing, '/api/v1/auth/password-reset', { email: person.email })).status).toBe(202);
    expect(logs.some((l) => l.includes('mail server unreachable'))).toBe(true);
  });
});

describe('failed sign-ins slow a stranger without locking the owner out (finding 7)', () => {
  it('a stranger failing 100 times is answered 429 with Retry-After; the owner signs in from their known browser', async () => {
    const owner = await buildPerson(database, orgId);
    const first = await signInAs(app, owner.email, TEST_PASSWORD, from('192.0.2.1'));
    expect(first.status).toBe(200);
    const device = cookieNamed(first, 'tend_device');
    expect(device).toMatch(/^tend_device=[A-Za-z0-9_-]{20,}$/);
    expect(first.headers.getSetCookie().find((c) => c.startsWith('tend_device='))).toMatch(/HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/i);

    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 100; i++) {
      last = await signInAs(app, owner.email, `wrong-guess-number-${i}-xx`, from('203.0.113.66'));
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last!.json()).toMatchObject({ status: 429, type: 'https://tend.local/problems/too-many-attempts' });

    // the owner, from their usual browser, even on the stranger's network
    for (const address of ['192.0.2.1', '203.0.113.66']) {
      expect((await signInAs(app, owner.email, TEST_PASSWORD, { ...from(address), cookie: device! })).status, address).toBe(200);
    }
    // a browser the owner never used waits like the stranger (the email's counter is full)
    expect((await signInAs(app, owner.email, TEST_PASSWORD, from('192.0.2.77'))).status).toBe(429);
  });

  it("a device cookie is no master key: it only counts for its own account, and gets 5 wrong passwords itself", async () => {
    const owner = await buildPerson(database, orgId);
    const other = await buildPerson(database, orgId);
    const device = cookieNamed(await signInAs(app, owner.email, TEST_PASSWORD, from('192.0.2.2')), 'tend_device')!;
    for (let i = 0; i < 5; i++) await signInAs(app, other.email, `wrong-guess-number-${i}-xx`, from('203.0.113.67'));
    expect((await signInAs(app, other.email, TEST_PASSWORD, { ...from('192.0.2.2'), cookie: device })).status).toBe(429);
    for (let i = 0; i < 5; i++) {
      expect((await signInAs(app, owner.email, `wrong-guess-number-${i}-xx`, { ...from('192.0.2.2'), cookie: device })).status).toBe(401);
    }
    expect((await signInAs(app, owner.email, TEST_PASSWORD, { ...from('192.0.2.2'), cookie: device })).status).toBe(429);
  });

  it('counters are kept in PostgreSQL: two Tend instances with their own pools on one database count together', async () => {
    const { connection } = inject('testServer');
    const name = (await database.db.execute(sql`SELECT current_database() AS name`)).rows[0]!.name as string;
    const secondPool = new pg.Pool({ ...connection, database: name, max: 2 });
    const second = databaseFromPool(secondPool, 'external');
    try {
      const one = createApp({ database, mailer: createMemoryMailer(), config: { publicUrl: 'http://localhost', secureCookies: false }, log: () => {} });
      const two = createApp({ database: second, mailer: createMemoryMailer(), config: { publicUrl: 'http://localhost', secureCookies: false }, log: () => {} });
      const person = await buildPerson(database, orgId);
      const firstTry = await signInAs(one, person.email, 'wrong-guess-number-0-xx');
      expect(firstTry.status, await firstTry.clone().text()).toBe(401);
      for (let i = 1; i < 3; i++) expect((await signInAs(one, person.email, `wrong-guess-number-${i}-xx`)).status).toBe(401);
      for (let i = 3; i < 5; i++) expect((await signInAs(two, person.email, `wrong-guess-number-${i}-xx`)).status).toBe(401);
      // five failures in all: both instances now make the email wait
      expect((await signInAs(one, person.email, TEST_PASSWORD)).status).toBe(429);
      expect((await signInAs(two, person.email, TEST_PASSWORD)).status).toBe(429);
      // reset requests too: 3 per address, whichever instance is asked
      const resetter = await buildPerson(database, orgId);
      for (const on of [one, two, one, two]) await post(on, '/api/v1/auth/password-reset', { email: resetter.email });
      expect(await liveResetLinks(resetter.accountId!)).toBe(3);
    } finally {
      await secondPool.end();
    }
  });

  it('old counters are cleaned up once their window has ended', async () => {
    const person = await buildPerson(database, orgId);
    await signInAs(app, person.email, 'wrong-guess-number-0-xx', from('198.51.100.200'));
    await database.db.execute(sql`UPDATE attempt_counters SET window_ends_at = now() - interval '1 second'`);
    expect(await pruneAttempts(database.db)).toBe(2);
    expect((await database.db.execute(sql`SELECT count(*)::int AS n FROM attempt_counters`)).rows[0]!.n).toBe(0);
  });
});

describe('sessions', () => {
  it('a new sign-in ends the session the browser had before (finding 7)', async () => {
    const person = await buildPerson(database, orgId);
    const firstResponse = await signInAs(app, person.email, TEST_PASSWORD);
    const firstCookie = cookieNamed(firstResponse, 'tend_session')!;
    const { csrfToken } = (await firstResponse.json()) as { csrfToken: string };
    const first = clientWith(app, firstCookie, csrfToken);
    expect((await first.request('GET', '/api/v1/auth/session')).status).toBe(200);
    const again = await signInAs(app, person.email, TEST_PASSWORD, { cookie: firstCookie, 'x-csrf-token': csrfToken });
    expect(again.status).toBe(200);
    expect((await first.request('GET', '/api/v1/auth/session')).status).toBe(401);
    const rows = await database.db.execute(sql`SELECT 1 FROM sessions WHERE account_id = ${person.accountId!}`);
    expect(rows.rows).toHaveLength(1);
  });
});

describe('changing one’s password while signed in (finding 7)', () => {
  const signInClient = async (email: string, password = TEST_PASSWORD) => {
    const response = await signInAs(app, email, password);
    expect(response.status).toBe(200);
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return clientWith(app, cookieNamed(response, 'tend_session')!, csrfToken);
  };
  const change = async (client: Client, body: unknown) => {
    const response = await client.request('POST', '/api/v1/me/password', body);
    await settleAfterResponse();
    return response;
  };
  const fieldOf = async (response: Response) => {
    expect(response.status).toBe(422);
    return ((await response.json()) as { errors: Array<{ field: string; problem: string }> }).errors[0]!;
  };

  it('asks for the current password, ends the other sessions, keeps this one, and tells the address', async () => {
    const person = await buildPerson(database, orgId);
    const laptop = await signInClient(person.email);
    const phone = await signInClient(person.email);
    const wrong = await fieldOf(await change(laptop, { currentPassword: 'not-my-password-at-all', newPassword: 'otter lantern maple harbour' }));
    expect(wrong).toMatchObject({ field: 'currentPassword', problem: 'does not match your current password' });
    expect((await phone.request('GET', '/api/v1/auth/session')).status).toBe(200);

    const mailsBefore = built.mailer.sent.length;
    expect((await change(laptop, { currentPassword: TEST_PASSWORD, newPassword: 'otter lantern maple harbour' })).status).toBe(204);
    expect((await laptop.request('GET', '/api/v1/auth/session')).status).toBe(200);
    expect((await phone.request('GET', '/api/v1/auth/session')).status).toBe(401);
    const mail = built.mailer.sent.slice(mailsBefore);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to: person.email, subject: 'Your Tend password was changed' });
    expect((await signInAs(app, person.email, TEST_PASSWORD)).status).toBe(401);
    expect((await signInAs(app, person.email, 'otter lantern maple harbour')).status).toBe(200);
    // browsers that signed in with the old password are no longer exempt from the limits
    expect((await database.db.execute(sql`SELECT 1 FROM known_devices WHERE account_id = ${person.accountId!}`)).rows).toHaveLength(1);
    const audit = await database.db.execute(
      sql`SELECT type, subject_person_id FROM audit_events WHERE org_id = ${orgId} AND type = 'account.password-changed' AND subject_person_id = ${person.personId}`,
    );
    expect(audit.rows).toHaveLength(1);
  });

  it('refuses weak new passwords, and the demo password outside the demo organisation, changing nothing', async () => {
    const person = await buildPerson(database, orgId);
    const client = await signInClient(person.email);
    for (const newPassword of ['123456789012345', 'qwertyuiopasdfgh', DEMO_PASSWORD, TEST_PASSWORD]) {
      const problem = await fieldOf(await change(client, { currentPassword: TEST_PASSWORD, newPassword }));
      expect(problem.field, newPassword).toBe('newPassword');
      expect(problem.problem, newPassword).toMatch(/easy to guess|commonly used|demo password|same as your current|stronger/);
    }
    expect((await signInAs(app, person.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('allows the demo password in the demo organisation', async () => {
    const demoOrgId = await createOrganisation(database.db, { name: 'Riverside Community Care', slug: DEMO_ORG_SLUG });
    const person = await buildPerson(database, demoOrgId);
    const client = await signInClient(person.email);
    expect((await change(client, { currentPassword: TEST_PASSWORD, newPassword: DEMO_PASSWORD })).status).toBe(204);
  });

  it('after 5 wrong current passwords, waits (429 with Retry-After)', async () => {
    const person = await buildPerson(database, orgId);
    const client = await signInClient(person.email);
    for (let i = 0; i < 5; i++) {
      expect((await change(client, { currentPassword: `wrong-guess-number-${i}-xx`, newPassword: 'otter lantern maple harbour' })).status).toBe(422);
    }
    const blocked = await change(client, { currentPassword: TEST_PASSWORD, newPassword: 'otter lantern maple harbour' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('is refused without a session or without the CSRF token', async () => {
    const person = await buildPerson(database, orgId);
    const client = await signInClient(person.email);
    const body = { currentPassword: TEST_PASSWORD, newPassword: 'otter lantern maple harbour' };
    expect((await clientWith(app, '', '').request('POST', '/api/v1/me/password', body)).status).toBe(401);
    expect((await clientWith(app, client.cookie, '').request('POST', '/api/v1/me/password', body)).status).toBe(403);
  });
});

describe('known browsers', () => {
  it('are forgotten when the password is reset, so a browser that signed in with the old one is no longer exempt', async () => {
    const person = await buildPerson(database, orgId);
    const device = cookieNamed(await signInAs(app, person.email, TEST_PASSWORD, from('192.0.2.31')), 'tend_device')!;
    await post(app, '/api/v1/auth/password-reset', { email: person.email }, from('192.0.2.31'));
    const link = /reset-password#(\S+)/.exec(built.mailer.sent.findLast((m) => m.to === person.email)!.text)![1]!;
    expect((await post(app, '/api/v1/auth/password-reset/complete', { token: link, password: 'otter lantern maple harbour' })).status).toBe(204);
    expect((await database.db.execute(sql`SELECT 1 FROM known_devices WHERE account_id = ${person.accountId!}`)).rows).toHaveLength(0);
    for (let i = 0; i < 5; i++) await signInAs(app, person.email, `wrong-guess-number-${i}-xx`, from('203.0.113.90'));
    expect((await signInAs(app, person.email, 'otter lantern maple harbour', { ...from('192.0.2.31'), cookie: device })).status).toBe(429);
  });

  it('are forgotten 180 days after their last sign-in', async () => {
    const person = await buildPerson(database, orgId);
    await signInAs(app, person.email, TEST_PASSWORD, from('192.0.2.30'));
    await database.db.execute(sql`UPDATE known_devices SET last_sign_in_at = now() - interval '181 days' WHERE account_id = ${person.accountId!}`);
    await pruneKnownDevices(database.db);
    expect((await database.db.execute(sql`SELECT 1 FROM known_devices WHERE account_id = ${person.accountId!}`)).rows).toHaveLength(0);
  });
});

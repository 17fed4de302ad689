import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import type { Database } from '../db/client.js';
import { createMemoryMailer } from '../mail/mailer.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import {
  buildOrg,
  buildPerson,
  buildTestApp,
  type Client,
  clientWith,
  countRows,
  signIn,
  TEST_PASSWORD,
  type TestApp,
} from '../../test-support/factories.js';
import { createAccount } from './auth-store.js';
import { hashToken, newToken } from './tokens.js';

let database: Database;
let app: TestApp;
let orgId: string;
let admin: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
  orgId = await buildOrg(database);
  admin = await signIn(app, (await buildPerson(database, orgId, { roles: ['org_admin'] })).email);
});
afterAll(() => database.close());

const postSignIn = (on: TestApp, email: string, password: string, headers: Record<string, string> = {}) =>
  on.request('/api/v1/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });

/** Everything a caller could tell two answers apart by, bar the clock. */
async function observable(response: Response) {
  const headers = Object.fromEntries([...response.headers].filter(([name]) => name !== 'date'));
  const { instance: _instance, ...body } = (await response.json()) as Record<string, unknown>;
  return { status: response.status, headers, body };
}

/** The token of a client's session cookie (`tend_session=<orgId>.<token>`). */
const tokenOf = (client: Client) => client.cookie.split('.')[1]!;

const sessionsOf = async (accountId: string) =>
  (await database.db.execute(sql`SELECT * FROM sessions WHERE org_id = ${orgId} AND account_id = ${accountId}`)).rows;

const mySession = (client: Client) => client.request('GET', '/api/v1/auth/session');

describe('sign-in does not tell whether an account exists', () => {
  it('answers a wrong password, an unknown email, an account without a password and a disabled account alike', async () => {
    const person = await buildPerson(database, orgId);
    const invited = await buildPerson(database, orgId, { roles: [] });
    await createAccount(database.db, { orgId, personId: invited.personId, email: invited.email, roles: ['worker'] });
    const disabled = await buildPerson(database, orgId);
    await database.db.execute(sql`UPDATE accounts SET disabled = true WHERE org_id = ${orgId} AND id = ${disabled.accountId}`);

    const wrongPassword = await observable(await postSignIn(app, person.email, 'not-the-right-password-at-all'));
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.headers['content-type']).toBe('application/problem+json');
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
    expect(wrongPassword.headers['retry-after']).toBeUndefined();
    expect(wrongPassword.body).toMatchObject({ status: 401, type: 'https://tend.local/problems/sign-in-failed' });

    const others = [
      await postSignIn(app, 'nobody-at-all@example.org', 'not-the-right-password-at-all'),
      await postSignIn(app, 'nobody-at-all@example.org', TEST_PASSWORD),
      await postSignIn(app, invited.email, TEST_PASSWORD),
      await postSignIn(app, disabled.email, TEST_PASSWORD),
      await postSignIn(app, person.email.toUpperCase(), 'not-the-right-password-at-all'),
    ];
    for (const response of others) expect(await observable(response)).toEqual(wrongPassword);
  });
});

describe('attempt limits', () => {
  // the counters live in the database, shared by every test here: each test starts from none
  beforeEach(() => database.db.execute(sql`DELETE FROM attempt_counters`));
  afterAll(() => database.db.execute(sql`DELETE FROM attempt_counters`));

  it('after 5 wrong passwords for an email, even the right one waits; other emails do not', async () => {
    const fresh = buildTestApp(database).app;
    const victim = await buildPerson(database, orgId);
    const bystander = await buildPerson(database, orgId);
    for (let i = 0; i < 5; i++) {
      expect((await postSignIn(fresh, victim.email, `wrong-guess-number-${i}-xx`)).status).toBe(401);
    }
    for (const email of [victim.email, victim.email.toUpperCase()]) {
      const blocked = await postSignIn(fresh, email, TEST_PASSWORD);
      expect(blocked.status).toBe(429);
      const retryAfter = Number(blocked.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(blocked.headers.get('content-type')).toBe('application/problem+json');
      expect(blocked.headers.get('set-cookie')).toBeNull();
      expect(await blocked.json()).toMatchObject({ status: 429, type: 'https://tend.local/problems/too-many-attempts' });
    }
    expect((await signIn(fresh, bystander.email)).cookie).toMatch(/^tend_session=/);
    // the counts are in the database: another app on it makes the victim's email wait too
    expect((await postSignIn(buildTestApp(database).app, victim.email, TEST_PASSWORD)).status).toBe(429);
  });

  it('an unknown email is limited the same way, so the limit reveals nothing', async () => {
    const fresh = buildTestApp(database).app;
    for (let i = 0; i < 5; i++) await postSignIn(fresh, 'ghost@example.org', `wrong-guess-number-${i}-xx`);
    expect((await postSignIn(fresh, 'ghost@example.org', TEST_PASSWORD)).status).toBe(429);
  });

  it('after 30 failures from one client address, that address waits; others do not', async () => {
    const fresh = buildTestApp(database, { trustProxy: true }).app;
    const person = await buildPerson(database, orgId);
    const from = (address: string) => ({ 'x-forwarded-for': address });
    for (let i = 0; i < 30; i++) {
      const response = await postSignIn(fresh, `guess-${i % 10}@example.org`, `wrong-guess-number-${i}-xx`, from('203.0.113.7'));
      expect(response.status).toBe(401);
    }
    const blocked = await postSignIn(fresh, person.email, TEST_PASSWORD, from('203.0.113.7'));
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await postSignIn(fresh, person.email, TEST_PASSWORD, from('198.51.100.2'))).status).toBe(200);
  });

  it('behind a proxy, only the address the proxy added counts: what a client writes before it changes nothing', async () => {
    const fresh = buildTestApp(database, { trustProxy: true }).app;
    const person = await buildPerson(database, orgId);
    for (let i = 0; i < 30; i++) {
      // the client writes a new address each time; the proxy appends the one it saw
      const response = await postSignIn(fresh, `guess-${i % 10}@example.org`, `wrong-guess-number-${i}-xx`, { 'x-forwarded-for': `192.0.2.${i}, 203.0.113.9` });
      expect(response.status).toBe(401);
    }
    expect((await postSignIn(fresh, person.email, TEST_PASSWORD, { 'x-forwarded-for': '192.0.2.200, 203.0.113.9' })).status).toBe(429);
  });

  it('without a trusted proxy, a made-up X-Forwarded-For does not escape the per-client limit', async () => {
    const fresh = buildTestApp(database).app;
    const person = await buildPerson(database, orgId);
    for (let i = 0; i < 30; i++) {
      const response = await postSignIn(fresh, `guess-${i % 10}@example.org`, `wrong-guess-number-${i}-xx`, { 'x-forwarded-for': `203.0.113.${i}` });
      expect(response.status).toBe(401);
    }
    expect((await postSignIn(fresh, person.email, TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.99' })).status).toBe(429);
  });
});

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, for the whole site, carries 128 random bits, and is new at every sign-in', async () => {
    const person = await buildPerson(database, orgId);
    const tokens: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await postSignIn(app, person.email, TEST_PASSWORD);
      expect(response.status).toBe(200);
      const [pair, ...attributes] = response.headers.get('set-cookie')!.split(';').map((s) => s.trim());
      const lower = attributes.map((a) => a.toLowerCase());
      expect(lower).toContain('httponly');
      expect(lower).toContain('samesite=lax');
      expect(lower).toContain('path=/');
      expect(lower).toContain('max-age=43200');
      expect(lower.some((a) => a.startsWith('secure'))).toBe(false);
      expect(lower.some((a) => a.startsWith('domain'))).toBe(false);
      const match = /^tend_session=([0-9a-f-]{36})\.([A-Za-z0-9_-]+)$/.exec(pair!);
      expect(match?.[1]).toBe(orgId);
      const token = match![2]!;
      expect(Buffer.from(token, 'base64url')).toHaveLength(16);
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      expect(csrfToken).not.toBe(token);
      tokens.push(token);
    }
    expect(tokens[0]).not.toBe(tokens[1]);

    const rows = await sessionsOf(person.accountId!);
    expect(rows).toHaveLength(2);
    const stored = JSON.stringify(rows);
    for (const token of tokens) {
      expect(stored).not.toContain(token);
      expect(rows.map((r) => r.token_hash)).toContain(hashToken(token));
    }
  });

  it('is Secure when the installation says so', async () => {
    const secureApp = createApp({
      database,
      mailer: createMemoryMailer(),
      config: { publicUrl: 'https://tend.example.org', secureCookies: true },
      log: () => {},
    });
    const person = await buildPerson(database, orgId);
    const response = await postSignIn(secureApp, person.email, TEST_PASSWORD);
    expect(response.headers.get('set-cookie')!.split(';').map((s) => s.trim().toLowerCase())).toContain('secure');
  });

  it('signing out ends the session in the database, not just in the browser', async () => {
    const person = await buildPerson(database, orgId);
    const client = await signIn(app, person.email);
    const out = await client.request('POST', '/api/v1/auth/sign-out');
    expect(out.status).toBe(204);
    expect(await sessionsOf(person.accountId!)).toHaveLength(0);
    expect((await mySession(client)).status).toBe(401);
  });

  it('a malformed or unknown cookie is simply signed out, never a server error', async () => {
    for (const value of [
      `${'-'.repeat(36)}.${newToken()}`,
      `${'a'.repeat(36)}.${newToken()}`,
      `${orgId}.${newToken()}`,
      `${orgId.toUpperCase()}.${newToken()}`,
      'garbage',
    ]) {
      const response = await clientWith(app, `tend_session=${value}`, '').request('GET', '/api/v1/auth/session');
      expect(response.status, value).toBe(401);
    }
  });
});

describe('session timeouts', () => {
  const ageSession = (client: Client, column: 'last_seen_at' | 'created_at', by: string) =>
    database.db.execute(
      sql`UPDATE sessions SET ${sql.identifier(column)} = now() - ${by}::interval WHERE org_id = ${orgId} AND token_hash = ${hashToken(tokenOf(client))}`,
    );

  it('a fresh session works, and one used 29 minutes ago is kept and touched', async () => {
    const person = await buildPerson(database, orgId);
    const client = await signIn(app, person.email);
    const me = await mySession(client);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: person.email, csrfToken: client.csrfToken });
    await ageSession(client, 'last_seen_at', '29 minutes');
    expect((await mySession(client)).status).toBe(200);
    const [row] = await sessionsOf(person.accountId!);
    expect(Date.now() - new Date(row!.last_seen_at as string).getTime()).toBeLessThan(60_000);
  });

  it('a session idle for 31 minutes is over, and deleted', async () => {
    const person = await buildPerson(database, orgId);
    const client = await signIn(app, person.email);
    await ageSession(client, 'last_seen_at', '31 minutes');
    const response = await mySession(client);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ type: 'https://tend.local/problems/unauthenticated' });
    expect(await sessionsOf(person.accountId!)).toHaveLength(0);
  });

  it('a session older than 12 hours is over even when it was used a moment ago', async () => {
    const person = await buildPerson(database, orgId);
    const client = await signIn(app, person.email);
    await ageSession(client, 'created_at', '11 hours 59 minutes');
    expect((await mySession(client)).status).toBe(200);
    await ageSession(client, 'created_at', '12 hours 1 minute');
    await database.db.execute(sql`UPDATE sessions SET last_seen_at = now() WHERE org_id = ${orgId} AND account_id = ${person.accountId!}`);
    expect((await mySession(client)).status).toBe(401);
    expect(await sessionsOf(person.accountId!)).toHaveLength(0);
  });
});

describe('disabling an account', () => {
  it('ends all its sessions at once and keeps it out until enabled again', async () => {
    const person = await buildPerson(database, orgId);
    const laptop = await signIn(app, person.email);
    const phone = await signIn(app, person.email);
    expect((await mySession(laptop)).status).toBe(200);
    const wrongPassword = await observable(await postSignIn(app, person.email, 'not-the-right-password-at-all'));

    const disable = await admin.request('PATCH', `/api/v1/people/${person.personId}/account`, { disabled: true });
    expect(disable.status).toBe(204);
    expect(await sessionsOf(person.accountId!)).toHaveLength(0);
    for (const client of [laptop, phone]) {
      expect((await mySession(client)).status).toBe(401);
      expect((await client.request('POST', '/api/v1/auth/sign-out', undefined, { 'content-type': 'application/json' })).status).toBe(204);
    }
    expect(await observable(await postSignIn(app, person.email, TEST_PASSWORD))).toEqual(wrongPassword);
    expect((await mySession(admin)).status).toBe(200);

    expect((await admin.request('PATCH', `/api/v1/people/${person.personId}/account`, { disabled: false })).status).toBe(204);
    expect((await mySession(laptop)).status).toBe(401);
    expect((await postSignIn(app, person.email, TEST_PASSWORD)).status).toBe(200);
  });
});

describe('cross-site request forgery', () => {
  it('a change without the session’s own CSRF token, or from another origin, is refused and writes nothing', async () => {
    const otherAdmin = await signIn(app, (await buildPerson(database, orgId, { roles: ['org_admin'] })).email);
    const before = await countRows(database, 'units', orgId);
    const attempts: Array<[string, Promise<Response>]> = [
      ['no token', clientWith(app, admin.cookie, '').request('POST', '/api/v1/units', { name: 'Forged A', kind: 'team' })],
      ['a made-up token', clientWith(app, admin.cookie, newToken()).request('POST', '/api/v1/units', { name: 'Forged B', kind: 'team' })],
      [
        "another session's token",
        clientWith(app, admin.cookie, otherAdmin.csrfToken).request('POST', '/api/v1/units', { name: 'Forged C', kind: 'team' }),
      ],
      ['a foreign origin', admin.request('POST', '/api/v1/units', { name: 'Forged D', kind: 'team' }, { origin: 'https://evil.example' })],
      ['an opaque origin', admin.request('POST', '/api/v1/units', { name: 'Forged E', kind: 'team' }, { origin: 'null' })],
    ];
    for (const [what, attempt] of attempts) {
      const response = await attempt;
      expect(response.status, what).toBe(403);
      expect(await response.json(), what).toMatchObject({ type: 'https://tend.local/problems/csrf' });
    }
    expect(await countRows(database, 'units', orgId)).toBe(before);

    const made = await admin.request('POST', '/api/v1/units', { name: 'Real unit', kind: 'team' }, { origin: 'http://localhost' });
    expect(made.status).toBe(201);
    expect(await countRows(database, 'units', orgId)).toBe(before + 1);
  });

  it('without a session, a change must be JSON (a cross-site form cannot send it)', async () => {
    const response = await app.request('/api/v1/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40example.org&password=whatever-it-may-be',
    });
    expect(response.status).toBe(415);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import type { Mail } from '../mail/mailer.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg, buildPerson, buildTestApp, type Client, signIn, TEST_PASSWORD, type TestApp, postSettled } from '../../test-support/factories.js';
import { hashToken, newToken } from './tokens.js';

let database: Database;
let app: TestApp;
let sent: Mail[];
let orgId: string;
let admin: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  const built = buildTestApp(database);
  app = built.app;
  sent = built.mailer.sent;
  orgId = await buildOrg(database);
  admin = await signIn(app, (await buildPerson(database, orgId, { roles: ['org_admin'] })).email);
});
afterAll(() => database.close());

const post = (path: string, body: unknown) => postSettled(app, path, body);
const signInStatus = async (email: string, password: string) => (await post('/api/v1/auth/sign-in', { email, password })).status;

/** The `<orgId>.<token>` of the link in the last mail sent to `to`. */
function linkTokenSentTo(to: string, page: 'reset-password' | 'accept-invitation'): string {
  const mail = sent.findLast((m) => m.to === to);
  expect(mail, `a mail to ${to}`).toBeDefined();
  const match = new RegExp(`http://localhost/${page}#([0-9a-f-]{36}\\.[A-Za-z0-9_-]+)`).exec(mail!.text);
  expect(match, mail!.text).not.toBeNull();
  return match![1]!;
}

const tokenRows = async (accountId: string) =>
  (await database.db.execute(sql`SELECT * FROM one_time_tokens WHERE org_id = ${orgId} AND account_id = ${accountId}`)).rows;
const passwordHashOf = async (accountId: string) =>
  (await database.db.execute(sql`SELECT password_hash FROM accounts WHERE org_id = ${orgId} AND id = ${accountId}`)).rows[0]!
    .password_hash as string | null;

async function expectProblemNaming(response: Response, field: string) {
  expect(response.status).toBe(422);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const problem = (await response.json()) as { errors: Array<{ field: string; problem: string }> };
  expect(problem.errors.map((e) => e.field)).toEqual([field]);
  return problem.errors[0]!.problem;
}

describe('password reset', () => {
  it('mails a single-use link that sets a new password and ends every session', async () => {
    const person = await buildPerson(database, orgId);
    const before = await signIn(app, person.email);
    const response = await post('/api/v1/auth/password-reset', { email: ` ${person.email.toUpperCase()} ` });
    expect(response.status).toBe(202);
    const mail = sent.at(-1)!;
    expect(mail.to).toBe(person.email);
    const link = linkTokenSentTo(person.email, 'reset-password');
    expect(link.startsWith(`${orgId}.`)).toBe(true);
    const token = link.split('.')[1]!;
    expect(Buffer.from(token, 'base64url')).toHaveLength(16);

    const rows = await tokenRows(person.accountId!);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ purpose: 'reset', token_hash: hashToken(token), used_at: null });
    expect(JSON.stringify(rows)).not.toContain(token);
    const expiresIn = new Date(rows[0]!.expires_at as string).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(59 * 60 * 1000);
    expect(expiresIn).toBeLessThanOrEqual(60 * 60 * 1000);

    const newPassword = 'copper-kettle-on-the-hob';
    expect((await post('/api/v1/auth/password-reset/complete', { token: link, password: newPassword })).status).toBe(204);
    expect((await before.request('GET', '/api/v1/auth/session')).status).toBe(401);
    expect(await signInStatus(person.email, newPassword)).toBe(200);
    expect(await signInStatus(person.email, TEST_PASSWORD)).toBe(401);

    const again = await post('/api/v1/auth/password-reset/complete', { token: link, password: 'a-third-password-for-later' });
    expect(await expectProblemNaming(again, 'token')).toMatch(/expired or was already used/);
    expect(await signInStatus(person.email, 'a-third-password-for-later')).toBe(401);
    expect(await signInStatus(person.email, newPassword)).toBe(200);
  });

  it('answers an unknown email exactly as a known one, and sends nothing', async () => {
    const person = await buildPerson(database, orgId);
    const known = await post('/api/v1/auth/password-reset', { email: person.email });
    const mailsBefore = sent.length;
    const unknown = await post('/api/v1/auth/password-reset', { email: 'no-such-person@example.org' });
    expect(sent.length).toBe(mailsBefore);
    const observable = async (r: Response) => ({
      status: r.status,
      headers: [...r.headers].filter(([name]) => name !== 'date'),
      body: await r.text(),
    });
    expect(await observable(unknown)).toEqual(await observable(known));
  });

  it('sends nothing for a disabled account', async () => {
    const person = await buildPerson(database, orgId);
    await database.db.execute(sql`UPDATE accounts SET disabled = true WHERE org_id = ${orgId} AND id = ${person.accountId!}`);
    const mailsBefore = sent.length;
    expect((await post('/api/v1/auth/password-reset', { email: person.email })).status).toBe(202);
    expect(sent.length).toBe(mailsBefore);
    expect(await tokenRows(person.accountId!)).toHaveLength(0);
  });

  it('refuses an expired link, and a reset link offered as an invitation', async () => {
    const person = await buildPerson(database, orgId);
    await post('/api/v1/auth/password-reset', { email: person.email });
    const link = linkTokenSentTo(person.email, 'reset-password');
    const asInvitation = await post('/api/v1/auth/invitation/accept', { token: link, password: 'copper-kettle-on-the-hob' });
    await expectProblemNaming(asInvitation, 'token');
    await database.db.execute(sql`UPDATE one_time_tokens SET expires_at = now() - interval '1 second' WHERE org_id = ${orgId} AND account_id = ${person.accountId!}`);
    const expired = await post('/api/v1/auth/password-reset/complete', { token: link, password: 'copper-kettle-on-the-hob' });
    await expectProblemNaming(expired, 'token');
    expect(await signInStatus(person.email, TEST_PASSWORD)).toBe(200);
  });

  it('refuses made-up and malformed links with a problem, never a server error', async () => {
    for (const token of [`${orgId}.${newToken()}`, `${'a'.repeat(36)}.${newToken()}`, `${'-'.repeat(36)}.${newToken()}`, 'nonsense']) {
      const response = await post('/api/v1/auth/password-reset/complete', { token, password: 'copper-kettle-on-the-hob' });
      await expectProblemNaming(response, 'token');
    }
  });
});

describe('invitation', () => {
  it('an admin invites; the link sets a good password once; a weak one is refused and changes nothing', async () => {
    const person = await buildPerson(database, orgId, { roles: [] });
    const invite = await admin.request('POST', `/api/v1/people/${person.personId}/account`, { roles: ['worker'] });
    expect(invite.status).toBe(201);
    const link = linkTokenSentTo(person.email, 'accept-invitation');
    const [account] = (await database.db.execute(sql`SELECT id FROM accounts WHERE org_id = ${orgId} AND person_id = ${person.personId}`)).rows;
    const accountId = account!.id as string;
    expect(await passwordHashOf(accountId)).toBeNull();
    const rows = await tokenRows(accountId);
    expect(rows).toMatchObject([{ purpose: 'invite', token_hash: hashToken(link.split('.')[1]!), used_at: null }]);
    expect(JSON.stringify(rows)).not.toContain(link.split('.')[1]!);
    expect(await signInStatus(person.email, TEST_PASSWORD)).toBe(401);

    const local = person.email.split('@')[0]!;
    for (const weak of ['too-short', '1qaz2wsx3edc4rfv', `${local}-garden-gate-path`]) {
      const refused = await post('/api/v1/auth/invitation/accept', { token: link, password: weak });
      expect(await expectProblemNaming(refused, 'password'), weak).toMatch(/at least 15|common|email/);
      expect(await passwordHashOf(accountId)).toBeNull();
      expect((await tokenRows(accountId))[0]!.used_at).toBeNull();
    }

    const chosen = 'lanterns-over-the-harbour';
    expect((await post('/api/v1/auth/invitation/accept', { token: link, password: chosen })).status).toBe(204);
    expect((await tokenRows(accountId))[0]!.used_at).not.toBeNull();
    const client = await signIn(app, person.email, chosen);
    const me = (await (await client.request('GET', '/api/v1/auth/session')).json()) as { roles: string[] };
    expect(me.roles).toEqual(['worker']);

    const second = await post('/api/v1/auth/invitation/accept', { token: link, password: 'somebody-else-entirely' });
    await expectProblemNaming(second, 'token');
    expect(await signInStatus(person.email, 'somebody-else-entirely')).toBe(401);
    expect(await signInStatus(person.email, chosen)).toBe(200);
  });

  it('only an org admin can invite', async () => {
    const worker = await signIn(app, (await buildPerson(database, orgId)).email);
    const person = await buildPerson(database, orgId, { roles: [] });
    const mailsBefore = sent.length;
    const response = await worker.request('POST', `/api/v1/people/${person.personId}/account`, { roles: ['org_admin'] });
    expect(response.status).toBe(403);
    expect(sent.length).toBe(mailsBefore);
  });
});

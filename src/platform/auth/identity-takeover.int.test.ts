import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import type { Mail } from '../mail/mailer.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg, buildPerson, buildTestApp, type Client, signIn, TEST_PASSWORD, type TestApp, postSettled } from '../../test-support/factories.js';

// Finding 1 of issue 9: an org admin must not be able to turn a worker's sign-in into their own.

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

const resetLinkIn = (mail: Mail | undefined) => (mail ? /reset-password#([0-9a-f-]{36}\.[A-Za-z0-9_-]+)/.exec(mail.text)?.[1] : undefined);

describe('the takeover chain of finding 1', () => {
  it('change email → reset to the admin → change back → complete → sign in as the worker yields no session', async () => {
    const worker = await buildPerson(database, orgId);
    const own = await signIn(app, worker.email);
    expect((await own.request('PUT', '/api/v1/me/wellbeing/coping-plan', { after: [{ strategyId: null, note: 'my own words' }] })).status).toBe(200);

    const adminsAddress = 'admin-controls-this@example.net';
    expect((await admin.request('PATCH', `/api/v1/people/${worker.personId}`, { email: adminsAddress })).status).toBe(200);
    expect((await post('/api/v1/auth/password-reset', { email: adminsAddress })).status).toBe(202);
    const link = resetLinkIn(sent.findLast((m) => m.to === adminsAddress && m.text.includes('reset-password#')));
    expect((await admin.request('PATCH', `/api/v1/people/${worker.personId}`, { email: worker.email })).status).toBe(200);

    const chosen = 'the-admin-now-knows-this-one';
    if (link) await post('/api/v1/auth/password-reset/complete', { token: link, password: chosen });
    // whichever address the admin tries, the password they chose opens nothing
    for (const email of [worker.email, adminsAddress]) {
      const response = await post('/api/v1/auth/sign-in', { email, password: chosen });
      expect(response.status).toBe(401);
    }
    // the worker still signs in as before, and their space is theirs
    const again = await signIn(app, worker.email, TEST_PASSWORD);
    expect((await again.request('GET', '/api/v1/me/wellbeing/export.json')).status).toBe(200);
  });

  it('even with the confirmation link sent to the admin, the change needs the worker’s password', async () => {
    const worker = await buildPerson(database, orgId);
    const adminsAddress = 'admin-again@example.net';
    await admin.request('PATCH', `/api/v1/people/${worker.personId}`, { email: adminsAddress });
    const confirm = sent.findLast((m) => m.to === adminsAddress);
    const token = confirm ? /confirm-email#([0-9a-f-]{36}\.[A-Za-z0-9_-]+)/.exec(confirm.text)?.[1] : undefined;
    expect(token, 'a confirmation link to the new address').toBeDefined();
    const guessed = await post('/api/v1/auth/email-change/confirm', { token, password: 'a-guess-at-their-password' });
    expect(guessed.status).toBe(422);
    // the link is spent by a wrong password: no guessing with it
    const right = await post('/api/v1/auth/email-change/confirm', { token, password: TEST_PASSWORD });
    expect(right.status).toBe(422);
    expect((await post('/api/v1/auth/password-reset', { email: adminsAddress })).status).toBe(202);
    expect(sent.findLast((m) => m.to === adminsAddress && m.text.includes('reset-password#'))).toBeUndefined();
    await signIn(app, worker.email);
  });

  it('wrong passwords at confirmation links count like failed sign-ins: a sixth guess waits, even with the right password', async () => {
    const worker = await buildPerson(database, orgId);
    const confirmWith = async (address: string, password: string) => {
      expect((await admin.request('PATCH', `/api/v1/people/${worker.personId}`, { email: address })).status).toBe(200);
      const mail = sent.findLast((m) => m.to === address);
      const token = /confirm-email#([0-9a-f-]{36}\.[A-Za-z0-9_-]+)/.exec(mail!.text)![1];
      return post('/api/v1/auth/email-change/confirm', { token, password });
    };
    for (let i = 0; i < 5; i++) expect((await confirmWith(`guess-${i}@example.net`, `a-guess-at-it-number-${i}`)).status).toBe(422);
    const waited = await confirmWith('guess-5@example.net', TEST_PASSWORD);
    expect(waited.status).toBe(429);
    // nothing changed: the worker still signs in with their own address (from their known browser)
    const rows = await database.db.execute(sql`SELECT email, pending_email FROM accounts WHERE person_id = ${worker.personId}`);
    expect(rows.rows).toEqual([{ email: worker.email, pending_email: null }]);
  });
});

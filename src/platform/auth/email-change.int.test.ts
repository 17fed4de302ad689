import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import type { Mail } from '../mail/mailer.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg, buildPerson, buildTestApp, type Client, signIn, TEST_PASSWORD, type TestApp, postSettled } from '../../test-support/factories.js';

let database: Database;
let app: TestApp;
let sent: Mail[];
let orgId: string;
let admin: Client;
let adminName: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const built = buildTestApp(database);
  app = built.app;
  sent = built.mailer.sent;
  orgId = await buildOrg(database);
  adminName = 'Ada Admin';
  admin = await signIn(app, (await buildPerson(database, orgId, { roles: ['org_admin'], name: adminName })).email);
});
afterAll(() => database.close());

const post = (path: string, body: unknown) => postSettled(app, path, body);
const signInStatus = async (email: string, password = TEST_PASSWORD) => (await post('/api/v1/auth/sign-in', { email, password })).status;

function linkSentTo(to: string, page: string) {
  const mail = sent.findLast((m) => m.to === to && m.text.includes(`/${page}#`));
  expect(mail, `a ${page} mail to ${to}`).toBeDefined();
  return new RegExp(`/${page}#([0-9a-f-]{36}\\.[A-Za-z0-9_-]+)`).exec(mail!.text)![1]!;
}

type Access = { type: string; by: string; via: string | null };
const accessLog = async (client: Client) => ((await (await client.request('GET', '/api/v1/me/access-log')).json()) as { accesses: Access[] }).accesses;

describe('an email change asked for by an admin', () => {
  it('waits for the new address; confirming with the password ends every session and link; the old address is told', async () => {
    const worker = await buildPerson(database, orgId);
    const session = await signIn(app, worker.email);
    await post('/api/v1/auth/password-reset', { email: worker.email });
    const outstandingReset = linkSentTo(worker.email, 'reset-password');
    const next = 'worker-new-address@example.org';

    const patched = await admin.request('PATCH', `/api/v1/people/${worker.personId}`, { email: next, jobTitle: 'Support worker' });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ email: worker.email, pendingEmail: next, jobTitle: 'Support worker' });
    // the admin's list shows the sign-in address, with the pending one beside it
    const list = (await (await admin.request('GET', `/api/v1/people?search=${encodeURIComponent(worker.email)}`)).json()) as { people: Array<{ email: string; pendingEmail: string | null }> };
    expect(list.people).toEqual([expect.objectContaining({ email: worker.email, pendingEmail: next })]);

    const told = sent.findLast((m) => m.to === worker.email)!;
    expect(told.text).toContain(adminName);
    expect(told.text).toContain(next);
    const link = linkSentTo(next, 'confirm-email');
    // nothing has changed yet
    expect(await signInStatus(next)).toBe(401);
    expect(await signInStatus(worker.email)).toBe(200);
    expect((await session.request('GET', '/api/v1/auth/session')).status).toBe(200);
    // the request ended the reset link sent before it
    expect((await post('/api/v1/auth/password-reset/complete', { token: outstandingReset, password: 'copper-kettle-on-the-hob' })).status).toBe(422);

    expect((await post('/api/v1/auth/email-change/confirm', { token: link, password: TEST_PASSWORD })).status).toBe(200);
    expect((await session.request('GET', '/api/v1/auth/session')).status).toBe(401);
    expect(await signInStatus(worker.email)).toBe(401);
    expect(await signInStatus(next)).toBe(200);
    expect(sent.findLast((m) => m.to === worker.email)!.text).toContain(`You now sign in to Tend with ${next}`);
    expect((await post('/api/v1/auth/email-change/confirm', { token: link, password: TEST_PASSWORD })).status).toBe(422);
    const person = (await (await admin.request('GET', `/api/v1/people/${worker.personId}`)).json()) as { email: string; pendingEmail: string | null };
    expect(person).toMatchObject({ email: next, pendingEmail: null });

    // the person sees who asked and that it was confirmed through the link
    const log = await accessLog(await signIn(app, next));
    expect(log.find((a) => a.type === 'account.email-change-requested')).toMatchObject({ by: adminName });
    expect(log.find((a) => a.type === 'account.email-changed')).toMatchObject({ via: 'link' });
  });

  it('a newer request or the admin taking it back ends the earlier link', async () => {
    const worker = await buildPerson(database, orgId);
    await admin.request('PATCH', `/api/v1/people/${worker.personId}`, { email: 'first-try@example.org' });
    const first = linkSentTo('first-try@example.org', 'confirm-email');
    await admin.request('PATCH', `/api/v1/people/${worker.personId}`, { email: 'second-try@example.org' });
    expect((await post('/api/v1/auth/email-change/confirm', { token: first, password: TEST_PASSWORD })).status).toBe(422);
    const second = linkSentTo('second-try@example.org', 'confirm-email');
    const back = await admin.request('PATCH', `/api/v1/people/${worker.personId}`, { email: worker.email });
    expect(await back.json()).toMatchObject({ email: worker.email, pendingEmail: null });
    expect((await post('/api/v1/auth/email-change/confirm', { token: second, password: TEST_PASSWORD })).status).toBe(422);
    expect(await signInStatus(worker.email)).toBe(200);
    const types = (await accessLog(await signIn(app, worker.email))).map((a) => a.type);
    expect(types.filter((t) => t === 'account.email-change-requested')).toHaveLength(2);
    expect(types).toContain('account.email-change-cancelled');
  });

  it('an invitation not yet accepted follows the new address at once, and the old invitation ends', async () => {
    const person = await buildPerson(database, orgId, { roles: [] });
    await admin.request('POST', `/api/v1/people/${person.personId}/account`, { roles: ['worker'] });
    const oldInvite = linkSentTo(person.email, 'accept-invitation');
    const patched = await admin.request('PATCH', `/api/v1/people/${person.personId}`, { email: 'typo-fixed@example.org' });
    expect(await patched.json()).toMatchObject({ email: 'typo-fixed@example.org', pendingEmail: null });
    expect((await post('/api/v1/auth/invitation/accept', { token: oldInvite, password: 'lanterns-over-the-harbour' })).status).toBe(422);
    const newInvite = linkSentTo('typo-fixed@example.org', 'accept-invitation');
    expect((await post('/api/v1/auth/invitation/accept', { token: newInvite, password: 'lanterns-over-the-harbour' })).status).toBe(204);
    expect(await signInStatus('typo-fixed@example.org', 'lanterns-over-the-harbour')).toBe(200);
  });

  it('a person without an account simply gets the new address', async () => {
    const person = await buildPerson(database, orgId, { roles: [] });
    const patched = await admin.request('PATCH', `/api/v1/people/${person.personId}`, { email: 'plain-change@example.org' });
    expect(await patched.json()).toMatchObject({ email: 'plain-change@example.org', pendingEmail: null });
  });
});

describe('reset links and the person’s own record of them', () => {
  it('a reset link works only while the address it was sent to is the account’s', async () => {
    const worker = await buildPerson(database, orgId);
    await post('/api/v1/auth/password-reset', { email: worker.email });
    const link = linkSentTo(worker.email, 'reset-password');
    // the account's address changes (as a confirmed change would), then changes back
    await database.db.execute(sql`UPDATE accounts SET email = 'moved-away@example.org' WHERE org_id = ${orgId} AND id = ${worker.accountId!}`);
    const [row] = (await database.db.execute(sql`SELECT email FROM one_time_tokens WHERE org_id = ${orgId} AND account_id = ${worker.accountId!}`)).rows;
    expect(row).toMatchObject({ email: worker.email });
    expect((await post('/api/v1/auth/password-reset/complete', { token: link, password: 'copper-kettle-on-the-hob' })).status).toBe(422);
    await database.db.execute(sql`UPDATE accounts SET email = ${worker.email} WHERE org_id = ${orgId} AND id = ${worker.accountId!}`);
    // the failed attempt did not spend it; back on its address it works
    expect((await post('/api/v1/auth/password-reset/complete', { token: link, password: 'copper-kettle-on-the-hob' })).status).toBe(204);
  });

  it('requests and completed resets show in “Who has seen my records”, and the next sign-in tells the person once', async () => {
    const worker = await buildPerson(database, orgId);
    await post('/api/v1/auth/password-reset', { email: worker.email });
    const link = linkSentTo(worker.email, 'reset-password');
    expect((await post('/api/v1/auth/password-reset/complete', { token: link, password: 'copper-kettle-on-the-hob' })).status).toBe(204);

    const first = await post('/api/v1/auth/sign-in', { email: worker.email, password: 'copper-kettle-on-the-hob' });
    const { notice, csrfToken } = (await first.json()) as { notice: { kind: string; at: string } | null; csrfToken: string };
    expect(notice?.kind).toBe('password-reset');
    expect(Math.abs(new Date(notice!.at).getTime() - Date.now())).toBeLessThan(60_000);
    const second = (await (await post('/api/v1/auth/sign-in', { email: worker.email, password: 'copper-kettle-on-the-hob' })).json()) as { notice: unknown };
    expect(second.notice).toBeNull();

    const client = await signIn(app, worker.email, 'copper-kettle-on-the-hob');
    expect(csrfToken).toBeTruthy();
    const log = await accessLog(client);
    expect(log.find((a) => a.type === 'account.password-reset-requested')).toMatchObject({ via: 'reset-request', by: 'Someone who entered your email on the sign-in page' });
    expect(log.find((a) => a.type === 'account.password-reset')).toMatchObject({ via: 'link', by: 'You, through a link sent to your email' });
    // the organisation's audit trail names how it came too, not "the system operator"
    const trail = (await (await admin.request('GET', '/api/v1/audit')).json()) as { events: Array<{ type: string; by: string }> };
    expect(trail.events.find((e) => e.type === 'account.password-reset-requested')?.by).toBe('Someone who entered the email on the sign-in page');
  });
});

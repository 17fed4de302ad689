import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import type { Mail } from '../mail/mailer.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg, buildPerson, buildTestApp, type Client, signIn, type TestApp } from '../../test-support/factories.js';

// Finding 5 of issue 9: one organisation's people records must tell it nothing about another's.

let database: Database;
let app: TestApp;
let sent: Mail[];
let orgA: string;
let orgB: string;
let adminA: Client;
let adminB: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  const built = buildTestApp(database);
  app = built.app;
  sent = built.mailer.sent;
  orgA = await buildOrg(database);
  orgB = await buildOrg(database);
  adminA = await signIn(app, (await buildPerson(database, orgA, { roles: ['org_admin'] })).email);
  adminB = await signIn(app, (await buildPerson(database, orgB, { roles: ['org_admin'] })).email);
});
afterAll(() => database.close());

const post = (path: string, body: unknown) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

function linkSentTo(to: string, page: string) {
  const mail = sent.findLast((m) => m.to === to && m.text.includes(`/${page}#`));
  expect(mail, `a ${page} mail to ${to}`).toBeDefined();
  return new RegExp(`/${page}#([0-9a-f-]{36}\\.[A-Za-z0-9_-]+)`).exec(mail!.text)![1]!;
}

/** What an admin can observe of an answer, with the record's own id and name left out. */
async function observable(response: Response) {
  const body = (await response.json()) as Record<string, unknown>;
  const { id: _id, name: _name, ...rest } = body;
  return { status: response.status, body: rest };
}

describe('tenancy of identities', () => {
  it('changing a person’s email to an address used in another organisation answers exactly as an unused one', async () => {
    const elsewhere = await buildPerson(database, orgB); // has an account in B
    const elsewhere2 = await buildPerson(database, orgB);
    const [p1, p2] = [await buildPerson(database, orgA, { roles: [] }), await buildPerson(database, orgA, { roles: [] })];
    const w1 = await buildPerson(database, orgA);
    const w2 = await buildPerson(database, orgA);
    const unused = 'nobody-has-this@example.com';
    // a person without an account, and a person with one
    expect(await observable(await adminA.request('PATCH', `/api/v1/people/${p1.personId}`, { email: elsewhere.email }))).toEqual({
      ...(await observable(await adminA.request('PATCH', `/api/v1/people/${p2.personId}`, { email: unused }))),
      body: expect.objectContaining({ email: elsewhere.email }),
    });
    const used = await observable(await adminA.request('PATCH', `/api/v1/people/${w1.personId}`, { email: elsewhere2.email }));
    const free = await observable(await adminA.request('PATCH', `/api/v1/people/${w2.personId}`, { email: 'also-unused@example.com' }));
    expect(used.status).toBe(200);
    expect(free.status).toBe(200);
    expect(Object.keys(used.body).sort()).toEqual(Object.keys(free.body).sort());
    expect(used.body.pendingEmail).toBe(elsewhere2.email);
    expect(free.body.pendingEmail).toBe('also-unused@example.com');
    // and the people in B still sign in as before
    await signIn(app, elsewhere.email);
    await signIn(app, elsewhere2.email);
  });

  it('an address another organisation “claimed” can still be invited by the rightful one, and she signs in to either', async () => {
    const address = 'ngozi.rightful@example.org';
    const inB = (await (await adminB.request('POST', '/api/v1/people', { name: 'Ngozi', email: address, kind: 'employee' })).json()) as { id: string };
    const inA = (await (await adminA.request('POST', '/api/v1/people', { name: 'Claimed', email: address, kind: 'employee' })).json()) as { id: string };
    expect((await adminA.request('POST', `/api/v1/people/${inA.id}/account`, { roles: ['worker'] })).status).toBe(201);
    const linkA = linkSentTo(address, 'accept-invitation');
    expect((await adminB.request('POST', `/api/v1/people/${inB.id}/account`, { roles: ['worker'] })).status).toBe(201);
    const linkB = linkSentTo(address, 'accept-invitation');
    expect(linkB).not.toBe(linkA);
    expect((await post('/api/v1/auth/invitation/accept', { token: linkB, password: 'rightful-owner-of-this-address' })).status).toBe(204);
    const inBSession = (await (await post('/api/v1/auth/sign-in', { email: address, password: 'rightful-owner-of-this-address' })).json()) as {
      personId: string;
    };
    expect(inBSession.personId).toBe(inB.id);
    // she may accept A's invitation too: the password decides which account opens
    expect((await post('/api/v1/auth/invitation/accept', { token: linkA, password: 'a-different-one-for-org-a' })).status).toBe(204);
    const inASession = (await (await post('/api/v1/auth/sign-in', { email: address, password: 'a-different-one-for-org-a' })).json()) as {
      personId: string;
    };
    expect(inASession.personId).toBe(inA.id);
    expect((await post('/api/v1/auth/sign-in', { email: address, password: 'rightful-owner-of-this-address' })).status).toBe(200);
    expect((await post('/api/v1/auth/sign-in', { email: address, password: 'neither-of-the-two-passwords' })).status).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import type { Mail } from '../../platform/mail/mailer.js';
import { updateOrgSettings } from '../../platform/tenancy/org-store.js';
import { ZTenancySettings } from '../../platform/tenancy/settings.js';
import { addDays } from '../../platform/time/day.js';
import { anonymous, type BuiltPerson, buildHub, buildOrg, buildPerson, buildTestApp, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { collaborativeContributions } from '../collaboratives/schema.js';
import { CONSENT_STATEMENT_VERSION } from '../hub/model.js';
import { roundDeps, today } from './test-world.js';
import { sendDueReminders } from './use-cases/send-reminders.js';

/**
 * A collaborative's timepoint reminders: the hourly round tells the admins of each consenting
 * member organisation that has shared no figures yet, once per step; the hub's "remind now" does
 * the same at most once a day and learns only how many organisations it reached.
 * Organisations: A (member, nothing shared: two admins and a worker), B (member, shared), C (member
 * that revoked its consent), D (consented, in no collaborative).
 */

type Org = { id: string; admins: BuiltPerson[]; worker: BuiltPerson; adminClient: Client };
let database: Database;
let app: TestApp;
let mailer: ReturnType<typeof buildTestApp>['mailer'];
let hubId: string;
let hubAdmin: Client;
let analyst: Client;
const orgs: Record<'A' | 'B' | 'C' | 'D', Org> = {} as never;
let baselineId: string;
let laterId: string;
const json = async <T>(response: Response) => (await response.json()) as T;
const aboutIt = (mails: Mail[]) => mails.filter((m) => m.subject.includes('Steady Steps'));
const to = (mails: Mail[], people: BuiltPerson[]) => mails.filter((m) => people.some((p) => p.email === m.to));

async function member(name: string, consent: boolean): Promise<Org> {
  const id = await buildOrg(database, name);
  await updateOrgSettings(database.db, id, ZTenancySettings, { timeZone: 'UTC' });
  const admins = [await buildPerson(database, id, { roles: ['org_admin'] }), await buildPerson(database, id, { roles: ['org_admin', 'worker'] })];
  const worker = await buildPerson(database, id, { roles: ['worker'] });
  const adminClient = await signIn(app, admins[0]!.email);
  expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId: id })).status).toBe(201);
  if (consent) expect((await adminClient.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(200);
  return { id, admins, worker, adminClient };
}

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app, mailer } = buildTestApp(database));
  await installPack(database.db, minimalAssessmentPack());
  hubId = await buildHub(database, 'Moorland Region Hub');
  await updateOrgSettings(database.db, hubId, ZTenancySettings, { timeZone: 'UTC' });
  hubAdmin = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_admin'] })).email);
  analyst = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_analyst'] })).email);
  orgs.A = await member('Ash Grove', true);
  orgs.B = await member('Beech Hall', true);
  orgs.C = await member('Cherry House', true);
  orgs.D = await member('Dogwood Place', true);
  // the baseline is due in 10 days: within the two weeks
  const created = await hubAdmin.request('POST', '/api/v1/hub/collaboratives', { name: 'Steady Steps', startsOn: addDays(today(), 10), packId: 'test.assessment' });
  const id = (await json<{ id: string }>(created)).id;
  for (const o of [orgs.A, orgs.B, orgs.C]) expect((await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${id}/members`, { orgId: o.id })).status).toBe(201);
  expect((await orgs.C.adminClient.request('POST', `/api/v1/org/hubs/${hubId}/revoke`)).status).toBe(200);
  const read = await json<{ timepoints: Array<{ id: string; slot: string }> }>(await hubAdmin.request('GET', `/api/v1/hub/collaboratives/${id}`));
  baselineId = read.timepoints.find((t) => t.slot === 'baseline')!.id;
  laterId = read.timepoints.find((t) => t.slot === 'month-12')!.id;
  await database.db.insert(collaborativeContributions).values({ hubId, orgId: orgs.B.id, timepointId: baselineId, measure: 'safety', cell: 'all', slot: 'baseline', n: 10, sum: 35, people: 5 });
}, 180_000);
afterAll(() => database.close());

describe('the hourly round', () => {
  it('tells only the admins of consenting members that have shared nothing, once per step', async () => {
    const round = roundDeps(database);
    await sendDueReminders(round.deps);
    const sent = aboutIt(round.mailer.sent);
    expect(sent.map((m) => m.to).sort()).toEqual(orgs.A.admins.map((a) => a.email).sort());
    expect(sent[0]!.subject).toMatch(/^Your organisation's staff survey for "Baseline" in the collaborative Steady Steps is due on /);
    expect(sent[0]!.text).toContain('https://tend.example.org/collaboratives');
    for (const o of [orgs.B, orgs.C, orgs.D]) expect(to(round.mailer.sent, [...o.admins, o.worker])).toEqual([]);
    const listed = await json<{ notifications: Array<{ kind: string; link: string; params: Record<string, string> }> }>(await orgs.A.adminClient.request('GET', '/api/v1/me/notifications'));
    expect(listed.notifications.filter((n) => n.kind === 'collaborative-timepoint-due')).toEqual([expect.objectContaining({ link: '/collaboratives', params: { title: 'Baseline', name: 'Steady Steps' } })]);
    // the next round, the same day or the next, sends nothing more before the due day
    await sendDueReminders(round.deps);
    await sendDueReminders(round.deps, new Date(Date.now() + 86_400_000));
    expect(aboutIt(round.mailer.sent)).toHaveLength(2);
  });

  it('comes once more on the due day', async () => {
    const round = roundDeps(database);
    const dueDay = new Date(`${addDays(today(), 10)}T12:00:00Z`);
    await sendDueReminders(round.deps, dueDay);
    await sendDueReminders(round.deps, dueDay);
    expect(aboutIt(round.mailer.sent).map((m) => m.to).sort()).toEqual(orgs.A.admins.map((a) => a.email).sort());
  });
});

describe("the hub's remind now", () => {
  const remind = (client: Client, tp = baselineId) => client.request('POST', `/api/v1/hub/collaborative-timepoints/${tp}/reminders`);

  it('is for hub admins only: an analyst is told no, an organisation finds nothing, a stranger must sign in', async () => {
    expect((await remind(analyst)).status).toBe(403);
    expect((await remind(orgs.A.adminClient)).status).toBe(404);
    expect((await anonymous(app).request('POST', `/api/v1/hub/collaborative-timepoints/${baselineId}/reminders`, {})).status).toBe(401);
    expect((await remind(hubAdmin, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(aboutIt(mailer.sent)).toEqual([]);
  });

  it('when the mail server refuses, says the organisation was not reached and lets the hub try again the same day', async () => {
    const send = mailer.send;
    mailer.send = async () => {
      throw new Error('the mail server is down');
    };
    try {
      const response = await remind(hubAdmin);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ organisations: 0, notReached: 1 });
    } finally {
      mailer.send = send;
    }
    expect(aboutIt(mailer.sent)).toEqual([]);
  });

  it('reminds the organisations that have shared nothing, says how many, and only once a day', async () => {
    const response = await remind(hubAdmin);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ organisations: 1, notReached: 0 });
    expect(aboutIt(mailer.sent).map((m) => m.to).sort()).toEqual(orgs.A.admins.map((a) => a.email).sort());
    const again = await remind(hubAdmin);
    expect(again.status).toBe(429);
    expect(aboutIt(mailer.sent)).toHaveLength(2);
  });

  it('refuses a timepoint that asks for no staff survey (409)', async () => {
    expect((await hubAdmin.request('PATCH', `/api/v1/hub/collaborative-timepoints/${laterId}`, { kinds: ['audit'] })).status).toBe(204);
    expect((await remind(hubAdmin, laterId)).status).toBe(409);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack, listPacks } from '../../content/pack-store.js';
import { auditEvents } from '../../platform/audit/schema.js';
import type { Database } from '../../platform/db/client.js';
import { anonymous, buildHub, buildOrg, buildPerson, buildTestApp, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { CONSENT_STATEMENT_VERSION } from '../hub/model.js';
import { hubStandards, hubStandardVersions } from './schema.js';

/**
 * A hub's standards through the real routes: who may publish, read and recognise (hub admin,
 * analyst, a consenting organisation's admin, a member that has not consented, a worker, another
 * hub, a stranger); an upload checked as `packs import` checks a file; what an organisation
 * sees of the version it runs.
 */

let database: Database;
let app: TestApp;
let hubId: string;
let hubAdmin: Client;
let analyst: Client;
let otherHubAdmin: Client;
let memberId: string;
let memberAdmin: Client;
let memberWorker: Client;
let invitedId: string;
let invitedAdmin: Client;
let standardId: string;
type View = { standards: Array<{ usedVersion: string | null; newestVersion: string; changes: Array<{ packVersion: string; note: string }>; diff: { added: Array<{ id: string }>; removed: Array<{ id: string }>; reworded: Array<{ id: string }> } | null; adoption: string; nextCycleVersion: string | null }>; recognitions: Array<{ packVersion: string; metOn: string; note: string }> };
const json = async <T>(response: Response) => (await response.json()) as T;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Version 1.1.0 of the test pack: one criterion reworded, one added, one removed. */
function nextPack() {
  const pack = minimalAssessmentPack({ version: '1.1.0' });
  const safety = pack.body.sections[0]!;
  safety.criteria = safety.criteria.filter((c) => c.id !== 'safety.3');
  safety.criteria[0]!.text = { en: 'A written plan says how we keep people safe', es: 'Un plan escrito dice cómo cuidamos la seguridad' };
  pack.body.sections[1]!.criteria.push({ id: 'trust.3', text: { en: 'Leaders ask before they decide', es: 'Quien dirige pregunta antes de decidir' }, source: ['H.audit.trust.1'] });
  return pack;
}

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = buildTestApp(database));
  await installPack(database.db, minimalAssessmentPack());
  hubId = await buildHub(database, 'Lakeside Region Hub');
  hubAdmin = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_admin'] })).email);
  analyst = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_analyst'] })).email);
  const otherHub = await buildHub(database, 'Hillside Region Hub');
  otherHubAdmin = await signIn(app, (await buildPerson(database, otherHub, { roles: ['hub_admin'] })).email);
  memberId = await buildOrg(database, 'Alder House');
  memberAdmin = await signIn(app, (await buildPerson(database, memberId, { roles: ['org_admin'] })).email);
  memberWorker = await signIn(app, (await buildPerson(database, memberId, { roles: ['worker'] })).email);
  invitedId = await buildOrg(database, 'Birch Centre');
  invitedAdmin = await signIn(app, (await buildPerson(database, invitedId, { roles: ['org_admin'] })).email);
  for (const id of [memberId, invitedId]) expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId: id })).status).toBe(201);
  expect((await memberAdmin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(200);
  // the member runs version 1.0.0: a staff survey opened before the hub's next version
  const opened = await memberAdmin.request('POST', '/api/v1/assessments/cycles', { packId: 'test.assessment', title: 'Staff survey', unitId: null, mode: 'staff-survey', opensOn: day(-1), closesOn: day(14), contributorIds: [] });
  expect(opened.status, await opened.clone().text()).toBe(201);
}, 120_000);
afterAll(() => database.close());

describe('publishing a standard', () => {
  it('a hub admin publishes an installed pack as a new standard with its note; the analyst may not (403)', async () => {
    const body = { name: 'Safer services', note: 'The first version we ask members to meet.', packId: 'test.assessment', packVersion: '1.0.0' };
    expect((await analyst.request('POST', '/api/v1/hub/standards', body)).status).toBe(403);
    const created = await hubAdmin.request('POST', '/api/v1/hub/standards', body);
    expect(created.status, await created.clone().text()).toBe(201);
    standardId = (await json<{ standardId: string }>(created)).standardId;
    expect((await hubAdmin.request('POST', '/api/v1/hub/standards', body)).status).toBe(409);
  });

  it('a bad upload names every problem by its JSON path and stores nothing', async () => {
    const broken = nextPack() as unknown as Record<string, unknown>;
    (broken.title as Record<string, unknown>).es = undefined;
    (broken as { version: string }).version = 'one';
    ((broken.body as { sections: Array<{ criteria: Array<{ id: string }> }> }).sections[0]!.criteria[0]!).id = 'safety.2';
    const before = await listPacks(database.db);
    const refused = await hubAdmin.request('POST', `/api/v1/hub/standards/${standardId}/versions`, { note: 'Changes', packText: JSON.stringify(broken) });
    expect(refused.status).toBe(422);
    const fields = (await json<{ errors: Array<{ field: string }> }>(refused)).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['$.version', '$.title.es']));
    expect(fields.some((f) => f.startsWith('$.body.sections[0].criteria'))).toBe(true);
    const notJson = await json<{ errors: Array<{ field: string; problem: string }> }>(await hubAdmin.request('POST', `/api/v1/hub/standards/${standardId}/versions`, { note: 'Changes', packText: '{"id": "x",\n  oops}' }));
    expect(notJson.errors[0]).toMatchObject({ field: '$', problem: expect.stringMatching(/line 2/) });
    expect(await listPacks(database.db)).toEqual(before);
    expect(await database.db.select().from(hubStandardVersions).where(eq(hubStandardVersions.hubId, hubId))).toHaveLength(1);
  });

  it('a version must be of the same pack and newer; a note is needed; both sources at once are refused', async () => {
    const older = await hubAdmin.request('POST', `/api/v1/hub/standards/${standardId}/versions`, { note: 'Again', packText: JSON.stringify(minimalAssessmentPack()) });
    expect(older.status).toBe(422);
    const other = await hubAdmin.request('POST', `/api/v1/hub/standards/${standardId}/versions`, { note: 'Other', packText: JSON.stringify(minimalAssessmentPack({ id: 'test.other', version: '2.0.0' })) });
    expect(other.status).toBe(422);
    expect((await hubAdmin.request('POST', `/api/v1/hub/standards/${standardId}/versions`, { note: ' ', packText: JSON.stringify(nextPack()) })).status).toBe(400);
    expect((await hubAdmin.request('POST', `/api/v1/hub/standards/${standardId}/versions`, { note: 'x', packText: '{}', packId: 'test.assessment', packVersion: '1.0.0' })).status).toBe(400);
  });

  it('malformed and huge input is refused naming the field, and changes nothing', async () => {
    const post = (body: unknown) => hubAdmin.request('POST', `/api/v1/hub/standards/${standardId}/versions`, body);
    const notText = await post({ note: 'Changes', packText: { id: 'test.assessment' } });
    expect(notText.status).toBe(400);
    expect((await json<{ errors: Array<{ field: string }> }>(notText)).errors.map((e) => e.field)).toContain('packText');
    const huge = await post({ note: 'Changes', packText: `{"id":"${'x'.repeat(600_000)}"}` });
    expect(huge.status).toBe(400);
    expect((await json<{ errors: Array<{ field: string }> }>(huge)).errors.map((e) => e.field)).toContain('packText');
    expect((await post({ note: 'Changes', packText: '[]' })).status).toBe(422);
    expect((await hubAdmin.request('POST', '/api/v1/hub/standards/not-an-id/versions', { note: 'x', packId: 'test.assessment', packVersion: '1.0.0' })).status).toBe(400);
    expect(await database.db.select().from(hubStandardVersions).where(eq(hubStandardVersions.hubId, hubId))).toHaveLength(1);
  });

  it("an upload of a next version of a pack the hub did not bring is refused (409 naming packText): it would change every organisation's next cycle; nothing is installed", async () => {
    const refused = await hubAdmin.request('POST', `/api/v1/hub/standards/${standardId}/versions`, { note: 'Safety asks for a written plan.', packText: JSON.stringify(nextPack()) });
    expect(refused.status).toBe(409);
    expect((await json<{ errors: Array<{ field: string; problem: string }> }>(refused)).errors).toMatchObject([{ field: 'packText', problem: expect.stringMatching(/packs import/) }]);
    expect((await listPacks(database.db)).some((p) => p.id === 'test.assessment' && p.version === '1.1.0')).toBe(false);
  });

  it('once the operator installs the next version, the hub publishes it with its note, in the audit trail', async () => {
    await installPack(database.db, nextPack());
    const published = await hubAdmin.request('POST', `/api/v1/hub/standards/${standardId}/versions`, { note: 'Safety asks for a written plan; trust gains a criterion.', packId: 'test.assessment', packVersion: '1.1.0' });
    expect(published.status, await published.clone().text()).toBe(201);
    const trail = await database.db.select().from(auditEvents).where(eq(auditEvents.orgId, hubId));
    expect(trail.filter((e) => e.type === 'standard.published').map((e) => (e.data as { packVersion: string }).packVersion)).toEqual(['1.0.0', '1.1.0']);
  });

  it("the analyst reads the hub's standards; another hub's admin finds no standard of this hub", async () => {
    const read = await json<{ standards: Array<{ id: string; versions: Array<{ packVersion: string; note: string }> }> }>(await analyst.request('GET', '/api/v1/hub/standards'));
    expect(read.standards[0]!.versions.map((v) => v.packVersion)).toEqual(['1.1.0', '1.0.0']);
    expect((await json<{ standards: unknown[] }>(await otherHubAdmin.request('GET', '/api/v1/hub/standards'))).standards).toEqual([]);
    expect((await otherHubAdmin.request('POST', `/api/v1/hub/standards/${standardId}/versions`, { note: 'Mine', packId: 'test.assessment', packVersion: '1.1.0' })).status).toBe(404);
    expect(await database.db.select().from(hubStandards).where(eq(hubStandards.hubId, hubId))).toHaveLength(1);
  });

  it("organisations' people, workers and strangers find no hub route (404, 401)", async () => {
    for (const client of [memberAdmin, memberWorker, invitedAdmin]) {
      expect((await client.request('GET', '/api/v1/hub/standards')).status).toBe(404);
      expect((await client.request('POST', '/api/v1/hub/standards', { name: 'x', note: 'x', packId: 'test.assessment', packVersion: '1.0.0' })).status).toBe(404);
    }
    expect((await anonymous(app).request('GET', '/api/v1/hub/standards')).status).toBe(401);
  });
});

describe("an organisation's view", () => {

  it('the consenting admin sees the version it runs, the notes since and the difference to the newest', async () => {
    const response = await memberAdmin.request('GET', `/api/v1/org/hubs/${hubId}/standards`);
    expect(response.status).toBe(200);
    const [standard] = (await json<View>(response)).standards;
    expect(standard).toMatchObject({ usedVersion: '1.0.0', newestVersion: '1.1.0', adoption: 'next-cycle', nextCycleVersion: '1.1.0' });
    expect(standard!.changes.map((c) => c.note)).toEqual(['Safety asks for a written plan; trust gains a criterion.']);
    expect(standard!.diff).toMatchObject({ added: [{ id: 'trust.3' }], removed: [{ id: 'safety.3' }], reworded: [{ id: 'safety.1' }] });
  });

  it('a member that has not consented, a worker, another hub and a stranger find nothing', async () => {
    expect((await invitedAdmin.request('GET', `/api/v1/org/hubs/${hubId}/standards`)).status).toBe(404);
    expect((await memberWorker.request('GET', `/api/v1/org/hubs/${hubId}/standards`)).status).toBe(403);
    expect((await hubAdmin.request('GET', `/api/v1/org/hubs/${hubId}/standards`)).status).toBe(404);
    expect((await otherHubAdmin.request('GET', `/api/v1/org/hubs/${hubId}/standards`)).status).toBe(404);
    expect((await anonymous(app).request('GET', `/api/v1/org/hubs/${hubId}/standards`)).status).toBe(401);
  });
});

describe('recognition', () => {
  const mark = (client: Client, body: Record<string, unknown>) => client.request('POST', `/api/v1/hub/standards/${standardId}/recognitions`, body);

  it('only a consenting member, a published version and a day not in the future; analysts and other hubs may not', async () => {
    expect((await mark(hubAdmin, { orgId: invitedId, packVersion: '1.1.0', metOn: day(0) })).status).toBe(422);
    expect((await mark(hubAdmin, { orgId: memberId, packVersion: '9.0.0', metOn: day(0) })).status).toBe(422);
    expect((await mark(hubAdmin, { orgId: memberId, packVersion: '1.1.0', metOn: day(3) })).status).toBe(422);
    expect((await mark(analyst, { orgId: memberId, packVersion: '1.1.0', metOn: day(0) })).status).toBe(403);
    expect((await mark(otherHubAdmin, { orgId: memberId, packVersion: '1.1.0', metOn: day(0) })).status).toBe(404);
    expect((await mark(memberAdmin, { orgId: memberId, packVersion: '1.1.0', metOn: day(0) })).status).toBe(404);
  });

  it('a hub admin recognises the member; both see it, both trails record it; withdrawing takes it away', async () => {
    expect((await mark(hubAdmin, { orgId: memberId, packVersion: '1.0.0', metOn: day(-2), note: 'Met at the spring visit' })).status).toBe(201);
    expect((await mark(hubAdmin, { orgId: memberId, packVersion: '1.0.0', metOn: day(-2) })).status).toBe(409);
    const hubView = await json<{ recognitions: Array<{ orgName: string; packVersion: string }> }>(await analyst.request('GET', '/api/v1/hub/standards'));
    expect(hubView.recognitions).toMatchObject([{ orgName: 'Alder House', packVersion: '1.0.0' }]);
    const orgView = await json<View>(await memberAdmin.request('GET', `/api/v1/org/hubs/${hubId}/standards`));
    expect(orgView.recognitions).toMatchObject([{ packVersion: '1.0.0', metOn: day(-2), note: 'Met at the spring visit' }]);
    expect((await analyst.request('POST', `/api/v1/hub/standards/${standardId}/recognitions/withdraw`, { orgId: memberId, packVersion: '1.0.0' })).status).toBe(403);
    expect((await hubAdmin.request('POST', `/api/v1/hub/standards/${standardId}/recognitions/withdraw`, { orgId: memberId, packVersion: '1.0.0' })).status).toBe(204);
    expect((await hubAdmin.request('POST', `/api/v1/hub/standards/${standardId}/recognitions/withdraw`, { orgId: memberId, packVersion: '1.0.0' })).status).toBe(404);
    expect((await json<View>(await memberAdmin.request('GET', `/api/v1/org/hubs/${hubId}/standards`))).recognitions).toEqual([]);
    const types = async (tenant: string) => (await database.db.select().from(auditEvents).where(eq(auditEvents.orgId, tenant))).map((e) => e.type).filter((t) => t.startsWith('standard.rec'));
    expect(await types(hubId)).toEqual(['standard.recognised', 'standard.recognition-withdrawn']);
    expect(await types(memberId)).toEqual(['standard.recognised', 'standard.recognition-withdrawn']);
  });
});

describe("a hub's own packs (last: it adds a second standard)", () => {
  it("a pack of the hub's own is uploaded, installed and versioned by upload; another hub cannot upload a version of it", async () => {
    const own = (version: string) => JSON.stringify(minimalAssessmentPack({ id: 'lakeside.own-audit', version }));
    const first = await hubAdmin.request('POST', '/api/v1/hub/standards', { name: 'Lakeside audit', note: 'Our own audit.', packText: own('1.0.0') });
    expect(first.status, await first.clone().text()).toBe(201);
    const ownId = (await json<{ standardId: string }>(first)).standardId;
    expect((await hubAdmin.request('POST', `/api/v1/hub/standards/${ownId}/versions`, { note: 'Reworded.', packText: own('1.1.0') })).status).toBe(201);
    const taken = await otherHubAdmin.request('POST', '/api/v1/hub/standards', { name: 'Borrowed', note: 'Ours now.', packText: own('2.0.0') });
    expect(taken.status).toBe(409);
    expect((await listPacks(database.db)).filter((p) => p.id === 'lakeside.own-audit').map((p) => p.version).sort()).toEqual(['1.0.0', '1.1.0']);
  });
});

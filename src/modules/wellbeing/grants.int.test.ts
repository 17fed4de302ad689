import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { countRows } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildWorld, expectJson, type Problem, type World } from './test-world.js';

/** Sharing: a grantee sees exactly the granted part, until it expires or is revoked; every read is in the owner's log. */

let database: Database;
let w: World;
let checkInId: string;
let otherCheckInId: string;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const SECRETS = { profile: 'Stories about children', plan: 'Ring Sam after visits', reflection: 'My private note' };

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
  const worker = w.as(w.worker);
  await expectJson(await worker.request('PUT', '/api/v1/me/wellbeing/profile', { vulnerabilities: [SECRETS.profile] }), 200);
  await expectJson(await worker.request('PUT', '/api/v1/me/wellbeing/coping-plan', { after: [{ strategyId: 'peer.debrief', note: SECRETS.plan }] }), 200);
  await expectJson(await worker.request('POST', '/api/v1/me/wellbeing/reflections', { body: SECRETS.reflection }), 201);
  checkInId = (await expectJson<{ checkIn: { id: string } }>(await worker.request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: { 'w.a': 1, 'w.b': 2, 'w.c': 3 } }), 201)).checkIn.id;
  otherCheckInId = (await expectJson<{ checkIn: { id: string } }>(await worker.request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: { 'w.a': 4, 'w.b': 4 } }), 201)).checkIn.id;
});
afterAll(() => database.close());

const grant = async (body: Record<string, unknown>) => expectJson<{ id: string; status: string }>(await w.as(w.worker).request('POST', '/api/v1/me/wellbeing/grants', { granteePersonId: w.supervisor.personId, expiresAt: inDays(30), ...body }), 201);
const readShared = (id: string) => w.as(w.supervisor).request('GET', `/api/v1/shared-with-me/${id}`);
const accessLog = async () => (await expectJson<{ accesses: Array<{ type: string; record: string | null; by: string }> }>(await w.as(w.worker).request('GET', '/api/v1/me/access-log'), 200)).accesses;
const expectNoneOf = (text: string, secrets: string[]) => expect(secrets.filter((s) => text.includes(s))).toEqual([]);

describe('a grant shows exactly its part', () => {
  it('coping plan: the plan, and nothing of the profile, reflections or check-ins', async () => {
    const { id } = await grant({ scope: 'coping-plan' });
    const response = await readShared(id);
    const text = await response.text();
    expect(response.status).toBe(200);
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['copingPlan', 'expiresAt', 'id', 'owner', 'scope']);
    expect(body.owner).toEqual({ name: 'Wren Worker' });
    expect(text).toContain(SECRETS.plan);
    expectNoneOf(text, [SECRETS.profile, SECRETS.reflection, checkInId, otherCheckInId]);
  });

  it('trend: scores over time, no answers, no plan', async () => {
    const { id } = await grant({ scope: 'check-in-trend' });
    const text = await (await readShared(id)).text();
    const body = JSON.parse(text) as { trends: Array<{ lowest: number; highest: number; points: Array<{ score: number }> }> };
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'id', 'owner', 'scope', 'trends']);
    expect([body.trends[0]!.lowest, body.trends[0]!.highest]).toEqual([0, 12]);
    expect(body.trends[0]!.points.map((p) => p.score)).toEqual([4, 12]); // w.c is reversed: 1 + 2 + (4 − 3); then 4 + 4 prorated over three items
    expect(text).not.toContain('answers');
    expectNoneOf(text, [SECRETS.plan, SECRETS.profile, SECRETS.reflection]);
  });

  it('one check-in: that result only, not the others, not its answers', async () => {
    const { id } = await grant({ scope: 'check-in', checkInId });
    const text = await (await readShared(id)).text();
    const body = JSON.parse(text) as { checkIn: { id: string; scores: Array<{ score: number }> } };
    expect(body.checkIn.id).toBe(checkInId);
    expect(body.checkIn.scores[0]!.score).toBe(4);
    expect(text).not.toContain('answers');
    expectNoneOf(text, [otherCheckInId, SECRETS.plan, SECRETS.profile, SECRETS.reflection]);
  });

  it('the grantee lists what is shared with them; nobody else sees those grants', async () => {
    const mine = await expectJson<{ grants: Array<{ scope: string; owner: { name: string } }> }>(await w.as(w.supervisor).request('GET', '/api/v1/shared-with-me'), 200);
    expect(mine.grants.map((g) => g.scope).sort()).toEqual(['check-in', 'check-in-trend', 'coping-plan']);
    expect(mine.grants.every((g) => g.owner.name === 'Wren Worker')).toBe(true);
    for (const other of [w.admin, w.analyst, w.colleague, w.foreign]) {
      expect((await expectJson<{ grants: unknown[] }>(await w.as(other).request('GET', '/api/v1/shared-with-me'), 200)).grants).toEqual([]);
    }
  });

  it("each read by the grantee is in the worker's access log, with the part that was read", async () => {
    const reads = (await accessLog()).filter((a) => a.type === 'wellbeing.shared-read');
    expect(reads.map((r) => r.record).sort()).toEqual(['check-in', 'check-in-trend', 'coping-plan']);
    expect(reads.every((r) => r.by === 'Sky Supervisor')).toBe(true);
  });

  it('nobody but the grantee reads through a grant: admin, analyst, colleague, another organisation get 404', async () => {
    const { id } = await grant({ scope: 'coping-plan' });
    for (const other of [w.admin, w.analyst, w.colleague, w.foreign, w.worker]) {
      expect((await w.as(other).request('GET', `/api/v1/shared-with-me/${id}`)).status).toBe(404);
    }
  });
});

describe('until it expires or is revoked', () => {
  it('an expired grant is 404, listed as expired to the owner, and leaves the list of the grantee', async () => {
    const { id } = await grant({ scope: 'coping-plan' });
    expect((await readShared(id)).status).toBe(200);
    await database.db.execute(sql`UPDATE wellbeing_grants SET expires_at = now() - interval '1 minute' WHERE id = ${id}`);
    const logBefore = (await accessLog()).length;
    expect((await readShared(id)).status).toBe(404);
    expect((await accessLog()).length).toBe(logBefore);
    const own = await expectJson<{ grants: Array<{ id: string; status: string }> }>(await w.as(w.worker).request('GET', '/api/v1/me/wellbeing/grants'), 200);
    expect(own.grants.find((g) => g.id === id)?.status).toBe('expired');
    const listed = await expectJson<{ grants: Array<{ id: string }> }>(await w.as(w.supervisor).request('GET', '/api/v1/shared-with-me'), 200);
    expect(listed.grants.map((g) => g.id)).not.toContain(id);
  });

  it('a revoked grant is 404 at once; only the owner can revoke it', async () => {
    const { id } = await grant({ scope: 'check-in-trend' });
    expect((await w.as(w.supervisor).request('POST', `/api/v1/me/wellbeing/grants/${id}/revoke`)).status).toBe(404);
    expect((await w.as(w.admin).request('POST', `/api/v1/me/wellbeing/grants/${id}/revoke`)).status).toBe(404);
    expect((await readShared(id)).status).toBe(200);
    expect((await expectJson<{ status: string }>(await w.as(w.worker).request('POST', `/api/v1/me/wellbeing/grants/${id}/revoke`), 200)).status).toBe('revoked');
    expect((await readShared(id)).status).toBe(404);
  });
});

describe('a grant asked for wrongly changes nothing', () => {
  const refused = async (body: Record<string, unknown>, field: string) => {
    const before = await countRows(database, 'wellbeing_grants', w.orgId);
    const problem = await expectJson<Problem>(await w.as(w.worker).request('POST', '/api/v1/me/wellbeing/grants', { scope: 'coping-plan', granteePersonId: w.supervisor.personId, expiresAt: inDays(30), ...body }), 400);
    expect(problem.errors?.map((e) => e.field)).toContain(field);
    expect(await countRows(database, 'wellbeing_grants', w.orgId)).toBe(before);
  };

  it('to someone in another organisation', () => refused({ granteePersonId: w.foreign.personId }, 'granteePersonId'));
  it('to oneself', () => refused({ granteePersonId: w.worker.personId }, 'granteePersonId'));
  it('expiring in the past', () => refused({ expiresAt: inDays(-1) }, 'expiresAt'));
  it('expiring more than a year away', () => refused({ expiresAt: inDays(400) }, 'expiresAt'));
  it('one check-in without saying which', () => refused({ scope: 'check-in' }, 'checkInId'));
  it("someone else's check-in", async () => {
    const theirs = (await expectJson<{ checkIn: { id: string } }>(await w.as(w.colleague).request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: {} }), 201)).checkIn.id;
    await refused({ scope: 'check-in', checkInId: theirs }, 'checkInId');
  });
  it('an unknown scope', () => refused({ scope: 'everything' }, 'scope'));
});

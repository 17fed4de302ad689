import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { countRows } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { applyCheckInRetention } from './retention.js';
import { buildWorld, expectJson, type Problem, type World } from './test-world.js';

/** Erase deletes every well-being row of the person for good; retention deletes only older check-ins. */

let database: Database;
let w: World;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
});
afterAll(() => database.close());

/** Rows that belong to the person, in every well-being table (a grant belongs to its owner and its grantee). */
async function rowsOf(personId: string) {
  const count = async (query: ReturnType<typeof sql>) => ((await database.db.execute(query)).rows[0] as { n: number }).n;
  return {
    checkIns: await count(sql`SELECT count(*)::int AS n FROM wellbeing_check_ins WHERE person_id = ${personId}`),
    spaces: await count(sql`SELECT count(*)::int AS n FROM wellbeing_spaces WHERE person_id = ${personId}`),
    reflections: await count(sql`SELECT count(*)::int AS n FROM wellbeing_reflections WHERE person_id = ${personId}`),
    grants: await count(sql`SELECT count(*)::int AS n FROM wellbeing_grants WHERE person_id = ${personId} OR grantee_person_id = ${personId}`),
  };
}

async function fillSpace(who: World['worker'], grantee: World['worker']) {
  const client = w.as(who);
  await expectJson(await client.request('PUT', '/api/v1/me/wellbeing/profile', { strengths: ['Patience'] }), 200);
  await expectJson(await client.request('PUT', '/api/v1/me/wellbeing/coping-plan', { before: [{ strategyId: 'breathing.longer-out', note: '' }] }), 200);
  await expectJson(await client.request('POST', '/api/v1/me/wellbeing/reflections', { body: 'note' }), 201);
  const { checkIn } = await expectJson<{ checkIn: { id: string } }>(await client.request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: { 'w.a': 2 } }), 201);
  await expectJson(await client.request('POST', '/api/v1/me/wellbeing/grants', { granteePersonId: grantee.personId, scope: 'check-in', checkInId: checkIn.id, expiresAt: inDays(10) }), 201);
}

describe('erase', () => {
  it('needs the word "erase", and without it changes nothing', async () => {
    await fillSpace(w.worker, w.supervisor);
    const before = await rowsOf(w.worker.personId);
    const problem = await expectJson<Problem>(await w.as(w.worker).request('POST', '/api/v1/me/wellbeing/erase', { confirm: 'yes' }), 400);
    expect(problem.errors?.map((e) => e.field)).toEqual(['confirm']);
    expect(await rowsOf(w.worker.personId)).toEqual(before);
  });

  it("leaves nothing of the person's space, touches nobody else's, and records only that it happened", async () => {
    await fillSpace(w.colleague, w.worker); // a grant to the worker, from someone else
    await fillSpace(w.supervisor, w.colleague);
    const bystander = await rowsOf(w.supervisor.personId);
    expect(Object.values(await rowsOf(w.worker.personId)).every((n) => n > 0)).toBe(true);

    const erased = await expectJson<{ erased: Record<string, unknown> }>(await w.as(w.worker).request('POST', '/api/v1/me/wellbeing/erase', { confirm: 'erase' }), 200);
    expect(erased.erased).toEqual({ checkIns: 1, reflections: 1, spaces: 1, grants: 2, alsoYours: expect.any(Object) });
    expect(await rowsOf(w.worker.personId)).toEqual({ checkIns: 0, spaces: 0, reflections: 0, grants: 0 });
    // the supervisor keeps every row of their own; only the worker's grant to them went with her space
    expect(await rowsOf(w.supervisor.personId)).toEqual({ ...bystander, grants: bystander.grants - 1 });

    const overview = await expectJson<{ profile: { strengths: string[] }; latestResults: unknown[] }>(await w.as(w.worker).request('GET', '/api/v1/me/wellbeing'), 200);
    expect(overview.profile.strengths).toEqual([]);
    expect(overview.latestResults).toEqual([]);
    const data = await expectJson<{ checkIns: unknown[]; reflections: unknown[]; grants: unknown[] }>(await w.as(w.worker).request('GET', '/api/v1/me/wellbeing/export.json'), 200);
    expect([data.checkIns, data.reflections, data.grants]).toEqual([[], [], []]);

    const events = await database.db.execute(sql`SELECT data FROM audit_events WHERE type = 'wellbeing.erased' AND subject_person_id = ${w.worker.personId}`);
    expect(events.rows).toEqual([{ data: {} }]);
  });
});

describe('retention', () => {
  it('the setting is at least one month, or null to keep everything', async () => {
    const bad = await expectJson<Problem>(await w.as(w.admin).request('PATCH', '/api/v1/org/settings', { checkInRetentionMonths: 0 }), 400);
    expect(bad.errors?.map((e) => e.field)).toEqual(['checkInRetentionMonths']);
    const org = await expectJson<{ checkInRetentionMonths: number | null }>(await w.as(w.admin).request('PATCH', '/api/v1/org/settings', { checkInRetentionMonths: null }), 200);
    expect(org.checkInRetentionMonths).toBeNull();
  });

  it('deletes only check-ins older than the period, only where a period is set', async () => {
    const submit = async () =>
      (await expectJson<{ checkIn: { id: string } }>(await w.as(w.analyst).request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: {} }), 201)).checkIn.id;
    const old = await submit();
    const recent = await submit();
    const ageDays = async (id: string, days: number) =>
      database.db.execute(sql`UPDATE wellbeing_check_ins SET submitted_on = current_date - ${days}::int, submitted_at = now() - make_interval(days => ${days}) WHERE id = ${id}`);
    await ageDays(old, 100);
    await ageDays(recent, 40);
    const foreignOld = (await expectJson<{ checkIn: { id: string } }>(await w.as(w.foreign).request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: {} }), 201)).checkIn.id;
    await ageDays(foreignOld, 1000);

    // no period set: nothing goes
    const total = await countRows(database, 'wellbeing_check_ins', w.orgId);
    expect((await applyCheckInRetention(database)).size).toBe(0);
    expect(await countRows(database, 'wellbeing_check_ins', w.orgId)).toBe(total);

    await expectJson(await w.as(w.admin).request('PATCH', '/api/v1/org/settings', { checkInRetentionMonths: 2 }), 200);
    const deleted = await applyCheckInRetention(database);
    expect([...deleted.entries()]).toEqual([[w.orgId, 1]]);
    const left = await database.db.execute(sql`SELECT id FROM wellbeing_check_ins WHERE id IN (${old}, ${recent}, ${foreignOld})`);
    expect(left.rows.map((r) => (r as { id: string }).id).sort()).toEqual([foreignOld, recent].sort());
    const audit = await database.db.execute(sql`SELECT data FROM audit_events WHERE org_id = ${w.orgId} AND type = 'wellbeing.check-ins-expired'`);
    expect(audit.rows).toEqual([{ data: { count: 1, months: 2 } }]);
  });
});

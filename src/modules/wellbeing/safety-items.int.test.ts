import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildWorld, expectJson, type World } from './test-world.js';

/** A safety item (one asking about harm) answered at its mark: support first, whatever the total; nobody else told. */

type Result = { checkIn: { id: string; scores: Array<{ band: { id: string; suggestSupport: boolean } | null }> }; supportSuggested: { reason: string; supportContacts: Array<{ name: string }> } | null };

let database: Database;
let w: World;
const checkIn = async (answers: Record<string, number>) =>
  expectJson<Result>(await w.as(w.worker).request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers }), 201);

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
  await expectJson(await w.as(w.admin).request('POST', '/api/v1/support-contacts', { kind: 'employee-assistance', name: 'Staff support line', phone: '0800 555 0100' }), 201);
  await expectJson(await w.as(w.admin).request('POST', '/api/v1/support-contacts', { kind: 'crisis', name: 'Night line', phone: '0800 555 0199' }), 201);
});
afterAll(() => database.close());

describe('safety items', () => {
  it('answered at the mark, with a settled total: support, crisis lines first', async () => {
    const result = await checkIn({ 'w.b': 3, 'w.c': 4 });
    expect(result.checkIn.scores[0]?.band).toMatchObject({ id: 'settled', suggestSupport: false });
    expect(result.supportSuggested?.reason).toBe('answer');
    expect(result.supportSuggested?.supportContacts.map((c) => c.name)).toEqual(['Night line', 'Staff support line']);
  });

  it('answered below the mark with a settled total: nothing suggested', async () => {
    expect((await checkIn({ 'w.b': 2, 'w.c': 4 })).supportSuggested).toBeNull();
  });

  it('stores nothing of the support response; the check-in stays the person’s alone', async () => {
    const { checkIn: stored } = await checkIn({ 'w.b': 4 });
    const row = await database.db.execute(sql`SELECT to_jsonb(c) AS row FROM wellbeing_check_ins c WHERE id = ${stored.id}`);
    expect(JSON.stringify(row.rows[0])).not.toMatch(/support|safety|crisis/i);
    const history = await expectJson<{ checkIns: Array<Record<string, unknown>> }>(await w.as(w.worker).request('GET', '/api/v1/me/wellbeing/check-ins'), 200);
    expect(Object.keys(history.checkIns[0]!)).not.toContain('supportSuggested');
    for (const other of [w.supervisor, w.admin]) {
      expect((await w.as(other).request('GET', `/api/v1/me/wellbeing/check-ins/${stored.id}/questionnaire-response.json`)).status).toBe(404);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildWorld, expectJson, type Problem, TEST_CHECK, type World } from './test-world.js';

/**
 * An instrument answered only in its own place (the supervisors' self-rating, the check-in after a
 * hard event) is neither offered as a check-in nor taken as one: its own page says who sees it.
 */

let database: Database;
let w: World;
const OWN_PAGE = { ...TEST_CHECK, id: 'test.own-page', body: { ...TEST_CHECK.body, answeredIn: 'own-page' as const } };

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
  await installPack(database.db, OWN_PAGE);
});
afterAll(() => database.close());

describe('instruments answered in their own place', () => {
  it('are not in the check-in list; ordinary ones are', async () => {
    const { instruments } = await expectJson<{ instruments: Array<{ id: string }> }>(await w.as(w.worker).request('GET', '/api/v1/me/wellbeing/instruments'), 200);
    const ids = instruments.map((i) => i.id);
    expect(ids).toContain(TEST_CHECK.id);
    expect(ids).not.toContain(OWN_PAGE.id);
  });

  it('are refused as a check-in, naming the field, and nothing is stored', async () => {
    const problem = await expectJson<Problem>(await w.as(w.worker).request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: OWN_PAGE.id, answers: { 'w.a': 1 } }), 400);
    expect(problem.errors).toMatchObject([{ field: 'instrumentId', problem: 'this one is answered in its own place, not as a check-in' }]);
    const { checkIns } = await expectJson<{ checkIns: unknown[] }>(await w.as(w.worker).request('GET', '/api/v1/me/wellbeing/check-ins'), 200);
    expect(checkIns).toEqual([]);
  });
});

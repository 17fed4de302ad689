import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { checkIns, grants } from './schema.js';
import { buildWorld, expectJson, type Problem, type World } from './test-world.js';

/** The owner's check-ins and grants come a page at a time: pages join up with no gaps or repeats. */

let database: Database;
let w: World;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
  const worker = w.as(w.worker);
  for (let i = 0; i < 7; i++) {
    await expectJson(await worker.request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: { 'w.a': i % 5, 'w.b': 1 } }), 201);
    await expectJson(await worker.request('POST', '/api/v1/me/wellbeing/grants', { granteePersonId: w.colleague.personId, scope: 'coping-plan', expiresAt: inDays(10 + i) }), 201);
  }
  // ties on the sort key, to the microsecond: the id must carry the order across a page boundary
  const tie = sql`'2026-01-02T03:04:05.123456Z'::timestamptz`;
  await database.db.execute(sql`UPDATE ${checkIns} SET submitted_at = ${tie} WHERE id IN (SELECT id FROM ${checkIns} ORDER BY id LIMIT 4)`);
  await database.db.execute(sql`UPDATE ${grants} SET created_at = ${tie} WHERE id IN (SELECT id FROM ${grants} ORDER BY id LIMIT 4)`);
  // someone else's rows never show in the worker's pages
  await expectJson(await w.as(w.colleague).request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: { 'w.a': 1 } }), 201);
});
afterAll(() => database.close());

async function allPages(path: string, key: 'checkIns' | 'grants', limit: number) {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await expectJson<Record<string, Array<{ id: string }>> & { nextCursor: string | null }>(await w.as(w.worker).request('GET', `${path}${query}`), 200);
    expect(page[key]!.length).toBeLessThanOrEqual(limit);
    seen.push(...page[key]!.map((row) => row.id));
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 20);
  return { seen, pages };
}

describe.each([
  { path: '/api/v1/me/wellbeing/check-ins', key: 'checkIns' as const, table: checkIns, time: checkIns.submittedAt },
  { path: '/api/v1/me/wellbeing/grants', key: 'grants' as const, table: grants, time: grants.createdAt },
])('$path', ({ path, key, table, time }) => {
  it('pages join up, newest first, with no gaps or repeats (ties on the time included)', async () => {
    const expected = await database.db
      .select({ id: table.id })
      .from(table)
      .where(eq(table.personId, w.worker.personId))
      .orderBy(sql`${time} DESC, ${table.id} DESC`);
    expect(expected).toHaveLength(7);
    for (const limit of [1, 2, 3, 7]) {
      const { seen, pages } = await allPages(path, key, limit);
      expect(seen).toEqual(expected.map((row) => row.id));
      expect(pages).toBe(Math.ceil(7 / limit));
    }
  });

  it('answers a cursor it did not give with 422 naming cursor', async () => {
    for (const cursor of ['not-a-cursor', Buffer.from('["2026-01-01","x"]').toString('base64url'), Buffer.from('["soon","0190a3c4-0000-7000-8000-000000000000"]').toString('base64url')]) {
      const problem = await expectJson<Problem>(await w.as(w.worker).request('GET', `${path}?cursor=${cursor}`), 422);
      expect(problem.errors?.map((e) => e.field)).toEqual(['cursor']);
    }
  });
});

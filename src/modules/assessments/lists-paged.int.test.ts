import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import type { Client } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { insertAction } from './action-store.js';
import { assessmentWorld } from './test-world.js';

/** The cycles and actions lists come a page at a time; following nextCursor reads every row once. */

let database: Database;
let world: Awaited<ReturnType<typeof assessmentWorld>>;
const cycleIds: string[] = [];
const actionIds: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  world = await assessmentWorld(database);
  for (let i = 0; i < 7; i++) cycleIds.push(await world.openCycle(`Review ${i}`));
  const { orgId, people } = world;
  for (let i = 0; i < 8; i++) {
    actionIds.push(await insertAction(database.db, orgId, cycleIds[i % 7]!, 'safety.1', { title: `Action ${i}`, ownerPersonId: people.bystander.personId, dueOn: '2026-03-01' }, people.admin.personId));
  }
  // ties on created_at, to the microsecond, are broken by id: some rows share one
  const shared = new Date('2026-01-10T10:00:00.123456Z').toISOString();
  await database.db.execute(sql`UPDATE assessment_cycles SET created_at = ${shared}::timestamptz + interval '0.000456 seconds' WHERE id IN ${cycleIds.slice(1, 5)}`);
  await database.db.execute(sql`UPDATE assessment_actions SET created_at = ${shared}::timestamptz WHERE id IN ${actionIds.slice(2, 7)}`);
}, 120_000);
afterAll(() => database.close());

/** Every page of a list, following nextCursor, and the ids in the order they came. */
async function readAll(client: Client, path: string, field: 'cycles' | 'actions', limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
    const response = await client.request('GET', `${path}?${query}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, Array<{ id: string }>> & { nextCursor: string | null };
    expect(body[field]!.length).toBeLessThanOrEqual(limit);
    ids.push(...body[field]!.map((r) => r.id));
    cursor = body.nextCursor;
    pages++;
  } while (cursor !== null && pages < 20);
  return { ids, pages };
}

describe('paged assessment lists', () => {
  it('cycles: pages of 3 join up to the whole list, newest first, with no gaps or repeats', async () => {
    const whole = (await (await world.clients.admin.request('GET', '/api/v1/assessments/cycles?limit=100')).json()) as { cycles: Array<{ id: string }>; nextCursor: null };
    expect(whole.nextCursor).toBeNull();
    expect(whole.cycles.map((c) => c.id).sort()).toEqual([...cycleIds].sort());
    const paged = await readAll(world.clients.admin, '/api/v1/assessments/cycles', 'cycles', 3);
    expect(paged.pages).toBe(3);
    expect(paged.ids).toEqual(whole.cycles.map((c) => c.id));
    // a contributor pages through the same cycles (they take part in all of them); a bystander sees none
    expect((await readAll(world.clients.contributor, '/api/v1/assessments/cycles', 'cycles', 2)).ids).toEqual(paged.ids);
    expect((await readAll(world.clients.bystander, '/api/v1/assessments/cycles', 'cycles', 2)).ids).toEqual([]);
  });

  it('actions: pages of 3 join up to the whole list, for an admin and for the owner', async () => {
    const whole = (await (await world.clients.admin.request('GET', '/api/v1/assessments/actions?limit=100')).json()) as { actions: Array<{ id: string }> };
    expect(whole.actions.map((a) => a.id).sort()).toEqual([...actionIds].sort());
    const paged = await readAll(world.clients.admin, '/api/v1/assessments/actions', 'actions', 3);
    expect(paged.ids).toEqual(whole.actions.map((a) => a.id));
    expect((await readAll(world.clients.bystander, '/api/v1/assessments/actions', 'actions', 3)).ids).toEqual(paged.ids);
    expect((await readAll(world.clients.foreign, '/api/v1/assessments/actions', 'actions', 3)).ids).toEqual([]);
  });

  it('a bad cursor answers 422 naming cursor, for both lists', async () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'not-an-id']), 'utf8').toString('base64url');
    for (const path of ['/api/v1/assessments/cycles', '/api/v1/assessments/actions']) {
      for (const cursor of ['%%%', forged]) {
        const response = await world.clients.admin.request('GET', `${path}?cursor=${encodeURIComponent(cursor)}`);
        expect(response.status).toBe(422);
        expect(((await response.json()) as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toContain('cursor');
      }
    }
  });
});

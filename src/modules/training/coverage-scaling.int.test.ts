import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { buildOrg, buildPerson, buildTestApp, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';

/**
 * Coverage must grow with the scope asked for, not with the organisation: a worker's own pages
 * cost about the same in an organisation of 50,000 as in one of 500, and the admin's view of the
 * whole organisation grows about linearly (it once grew with the square of a service's size).
 * Only ratios measured in the same run are compared, never absolute times, so a slow or busy
 * machine slows both sides alike.
 */

const SMALL = 500;
const LARGE = 50_000;
/** A worker's own pages read one person: the large organisation may cost at most this many times the small. */
const OWN_PAGE_MAX_RATIO = 5;
/**
 * The organisation's coverage counts everyone, so it grows with them: 100× the people measured
 * 58–89× the time here (about 15 ms → 0.9–1.3 s). Quadratic growth would be about 10,000×; this
 * bound leaves room for a busy machine and still catches it.
 */
const ORG_COVERAGE_MAX_RATIO = 250;

let database: Database;
let app: TestApp;

interface Population {
  admin: Client;
  worker: Client;
  workerId: string;
}

/** An organisation of `size` people in 10 services of 4 teams each, with placements and records, built in SQL. */
async function populate(size: number): Promise<Population> {
  const orgId = await buildOrg(database);
  const db = database.db;
  await db.execute(sql`
    INSERT INTO units (org_id, id, name, kind, parent_id)
    SELECT ${orgId}, gen_random_uuid(), 'Service ' || s, 'service', NULL FROM generate_series(1, 10) AS s`);
  await db.execute(sql`
    INSERT INTO units (org_id, id, name, kind, parent_id)
    SELECT ${orgId}, gen_random_uuid(), u.name || ' team ' || t, 'team', u.id
    FROM units u, generate_series(1, 4) AS t WHERE u.org_id = ${orgId}`);
  const pack = sql`'{}'::jsonb, '[]'::jsonb, 'framework', '1'`;
  await db.execute(sql`
    INSERT INTO placements (org_id, id, unit_id, level, answers, reasons, pack_id, pack_version, decided_at)
    SELECT ${orgId}, gen_random_uuid(), u.id, (ARRAY['informed', 'skilled', 'enhanced', 'specialist'])[1 + (row_number() OVER ())::int % 4], ${pack},
      now() - interval '200 days'
    FROM units u WHERE u.org_id = ${orgId}`);
  await db.execute(sql`
    WITH teams AS (SELECT id, (row_number() OVER (ORDER BY id))::int - 1 AS n FROM units WHERE org_id = ${orgId} AND kind = 'team')
    INSERT INTO people (org_id, id, name, email, kind, unit_id)
    SELECT ${orgId}, gen_random_uuid(), 'Person ' || i, 'p' || i || '-' || ${orgId} || '@scale.example', 'employee', t.id
    FROM generate_series(1, ${size - 2}) AS i JOIN teams t ON t.n = i % 40`);
  await db.execute(sql`
    INSERT INTO placements (org_id, id, person_id, level, answers, reasons, pack_id, pack_version, decided_at)
    SELECT ${orgId}, gen_random_uuid(), p.id, 'enhanced', ${pack}, now() - interval '100 days'
    FROM people p WHERE p.org_id = ${orgId} AND p.name LIKE '%0'`);
  await db.execute(sql`
    INSERT INTO training_records (org_id, id, person_id, title, completed_on, hours, levels, expires_on)
    SELECT ${orgId}, gen_random_uuid(), p.id, 'Course ' || k, current_date - 30 * k, 6,
      CASE k WHEN 1 THEN '["informed"]'::jsonb ELSE '["skilled"]'::jsonb END, CASE k WHEN 2 THEN current_date + 400 ELSE NULL END
    FROM people p, generate_series(1, 2) AS k WHERE p.org_id = ${orgId}`);
  const team = (await db.execute(sql`SELECT id FROM units WHERE org_id = ${orgId} AND kind = 'team' ORDER BY id LIMIT 1`)).rows[0] as { id: string };
  const adminP = await buildPerson(database, orgId, { roles: ['org_admin'] });
  const workerP = await buildPerson(database, orgId, { unitId: team.id, roles: ['worker'] });
  return { admin: await signIn(app, adminP.email), worker: await signIn(app, workerP.email), workerId: workerP.personId };
}

async function timeMs(client: Client, path: string): Promise<number> {
  const started = performance.now();
  const response = await client.request('GET', path);
  expect(response.status).toBe(200);
  await response.arrayBuffer();
  return performance.now() - started;
}
const median = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

/**
 * Median times of the same page in the small and the large organisation, after warming both up.
 * The two are asked in turn, so whatever else the machine does falls on both alike.
 */
async function medians(path: (p: Population) => string, client: (p: Population) => Client, runs: number, warmUps = 2) {
  const times = { small: [] as number[], large: [] as number[] };
  for (let i = 0; i < warmUps + runs; i++) {
    const smallMs = await timeMs(client(small), path(small));
    const largeMs = await timeMs(client(large), path(large));
    if (i >= warmUps) {
      times.small.push(smallMs);
      times.large.push(largeMs);
    }
  }
  return { smallMs: median(times.small), largeMs: median(times.large) };
}

let small: Population;
let large: Population;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
  small = await populate(SMALL);
  large = await populate(LARGE);
  await database.db.execute(sql`ANALYZE`);
}, 120_000);
afterAll(() => database.close());

describe('coverage scales with the scope asked for', () => {
  const ownPages: Array<[string, (p: Population) => string]> = [
    ['my development', () => '/api/v1/me/development'],
    ['my training', (p) => `/api/v1/people/${p.workerId}/training`],
    ['my self-assessments and plans', (p) => `/api/v1/people/${p.workerId}/self-assessments`],
  ];

  it(`a worker's own development and training pages cost about the same with ${LARGE} people as with ${SMALL}`, async () => {
    for (const [name, path] of ownPages) {
      const { smallMs, largeMs } = await medians(path, (p) => p.worker, 9);
      console.info(`${name}: ${smallMs.toFixed(1)} ms → ${largeMs.toFixed(1)} ms, ${(largeMs / smallMs).toFixed(2)}×`);
      expect(largeMs / smallMs).toBeLessThanOrEqual(OWN_PAGE_MAX_RATIO);
    }
  }, 60_000);

  it("the admin's organisation coverage grows about linearly, not with the square of the people", async () => {
    const { smallMs, largeMs } = await medians(() => '/api/v1/org/coverage', (p) => p.admin, 3, 1);
    console.info(`org coverage: ${smallMs.toFixed(1)} ms → ${largeMs.toFixed(1)} ms, ${(largeMs / smallMs).toFixed(1)}×`);
    expect(largeMs / smallMs).toBeLessThanOrEqual(ORG_COVERAGE_MAX_RATIO);
  }, 60_000);
});

// The `coverage` scenario: the admin's training coverage page of an organisation of 20,000 people
// (GET /api/v1/org/coverage: by service today, and at each month end of the last 12 months). The
// organisation is written in SQL, as the project's coverage-scaling test builds its own: 10
// services of 4 teams with a required level each, 20,000 people in the teams (some joined
// recently, some gone, some with no unit, one in ten with a level of their own) and 2 training
// records each, one of them expiring.
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/platform/db/client.js';
import { buildOrg, buildPerson } from '../src/test-support/factories.js';
import { sendOnce } from './load.js';
import type { Scenario, Target } from './scenarios.js';
import { traceSql } from './sql-trace.js';

export const COVERAGE_PEOPLE = 20_000;

export interface CoverageSetup {
  orgId: string;
  adminEmail: string;
}

/** The 20,000-people organisation and its admin (an account, signed in over HTTP later). */
export async function seedCoverage(database: Database): Promise<CoverageSetup> {
  const orgId = await buildOrg(database, 'Coverage Org');
  const db = database.db;
  await db.execute(sql`
    INSERT INTO units (org_id, id, name, kind, parent_id)
    SELECT ${orgId}, gen_random_uuid(), 'Coverage service ' || s, 'service', NULL FROM generate_series(1, 10) AS s`);
  await db.execute(sql`
    INSERT INTO units (org_id, id, name, kind, parent_id)
    SELECT ${orgId}, gen_random_uuid(), u.name || ' team ' || t, 'team', u.id
    FROM units u, generate_series(1, 4) AS t WHERE u.org_id = ${orgId}`);
  const placed = sql`'{}'::jsonb, '[]'::jsonb, 'framework', '1'`;
  // each unit's level, decided 200 days ago; services changed theirs 100 days ago
  await db.execute(sql`
    INSERT INTO placements (org_id, id, unit_id, level, answers, reasons, pack_id, pack_version, decided_at)
    SELECT ${orgId}, gen_random_uuid(), u.id, (ARRAY['informed', 'skilled', 'enhanced', 'specialist'])[1 + (row_number() OVER ())::int % 4], ${placed},
      now() - interval '200 days'
    FROM units u WHERE u.org_id = ${orgId}`);
  await db.execute(sql`
    INSERT INTO placements (org_id, id, unit_id, level, answers, reasons, pack_id, pack_version, decided_at)
    SELECT ${orgId}, gen_random_uuid(), u.id, 'skilled', ${placed}, now() - interval '100 days'
    FROM units u WHERE u.org_id = ${orgId} AND u.kind = 'service'`);
  // one person in 50 has no unit; one in 20 joined 60 days ago; one in 25 left 150 days ago
  await db.execute(sql`
    WITH teams AS (SELECT id, (row_number() OVER (ORDER BY id))::int - 1 AS n FROM units WHERE org_id = ${orgId} AND kind = 'team')
    INSERT INTO people (org_id, id, name, email, kind, unit_id, start_date, end_date)
    SELECT ${orgId}, gen_random_uuid(), 'Person ' || i, 'p' || i || '@coverage.example.org',
      CASE WHEN i % 7 = 0 THEN 'volunteer' ELSE 'employee' END,
      CASE WHEN i % 50 = 0 THEN NULL ELSE t.id END,
      CASE WHEN i % 20 = 1 THEN current_date - 60 END,
      CASE WHEN i % 25 = 2 THEN current_date - 150 END
    FROM generate_series(1, ${COVERAGE_PEOPLE - 1}) AS i JOIN teams t ON t.n = i % 40`);
  await db.execute(sql`
    INSERT INTO placements (org_id, id, person_id, level, answers, reasons, pack_id, pack_version, decided_at)
    SELECT ${orgId}, gen_random_uuid(), p.id, 'enhanced', ${placed}, now() - interval '100 days'
    FROM people p WHERE p.org_id = ${orgId} AND p.name LIKE '%0'`);
  // record k completed 30·k·(1 + i mod 5) days ago: informed, then skilled (expiring for some)
  await db.execute(sql`
    INSERT INTO training_records (org_id, id, person_id, title, completed_on, hours, levels, expires_on)
    SELECT ${orgId}, gen_random_uuid(), p.id, 'Course ' || k, current_date - 30 * k * (1 + length(p.name) % 5), 6,
      CASE k WHEN 1 THEN '["informed"]'::jsonb ELSE '["skilled"]'::jsonb END,
      CASE WHEN k = 2 AND length(p.name) % 3 = 0 THEN current_date - 20 WHEN k = 2 THEN current_date + 400 END
    FROM people p, generate_series(1, 2) AS k WHERE p.org_id = ${orgId}`);
  const adminEmail = 'admin@coverage.example.org';
  await buildPerson(database, orgId, { name: 'Coverage Admin', email: adminEmail, roles: ['org_admin'] });
  await db.execute(sql`analyze units, people, placements, training_records`);
  return { orgId, adminEmail };
}

interface OrgCoverage {
  services: { serviceId: string | null; placed: number; notPlaced: number }[];
  series: unknown[];
}

export function coverageScenario(connections: number): Scenario {
  const request = (t: Target) => ({ method: 'GET' as const, path: '/api/v1/org/coverage', headers: { cookie: t.coverageAdmin!.cookie } });
  return {
    key: 'coverage',
    name: `organisation training coverage (${COVERAGE_PEOPLE} people, ${connections} connections, authenticated GET)`,
    connections,
    request,
    async check(tend, baseline) {
      let t: Awaited<ReturnType<typeof sendOnce>> | undefined;
      let b: typeof t;
      const started = performance.now();
      const tt = await traceSql(async () => (t = await sendOnce(tend.port, request(tend))));
      const between = performance.now();
      const bt = await traceSql(async () => (b = await sendOnce(baseline.port, request(baseline))));
      const ms = `${Math.round(between - started)} and ${Math.round(performance.now() - between)} ms, cold`;
      const [fromTend, fromBaseline] = [JSON.parse(t!.body) as OrgCoverage, JSON.parse(b!.body) as OrgCoverage];
      if (t!.status !== 200 || b!.status !== 200 || !isDeepStrictEqual(fromTend, fromBaseline)) {
        throw new Error(`Tend and the baseline answer the coverage differently:\n${t!.status} ${t!.body.slice(0, 400)}\n${b!.status} ${b!.body.slice(0, 400)}`);
      }
      // the answer must be of the whole organisation, not of an empty one
      const counted = fromTend.services.reduce((n, s) => n + s.placed + s.notPlaced, 0);
      if (counted < COVERAGE_PEOPLE * 0.9) throw new Error(`the coverage counts only ${counted} people today`);
      return `the same coverage (${fromTend.services.length} services, ${counted} people active today, ${fromTend.series.length} month ends; one request each took ${ms}); statements: Tend ${tt.length}, baseline ${bt.length}`;
    },
  };
}

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import type { Placement } from '../framework/placement-rules.js';
import { placements } from '../framework/schema.js';
import { unitTree } from '../framework/unit-scope.js';
import { people } from '../people/schema.js';
import { buildOrg, buildUnit } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { type CoverageWorld, coverageByService, coverageByServiceOfCounts, coverageSeries, coverageSeriesOfCounts, monthEnds } from './coverage-rules.js';
import { orgCoverageCounts } from './coverage-store.js';
import { trainingRecords } from './schema.js';
import { factsOf } from './training-store.js';

/**
 * The organisation's coverage is counted in SQL; the pure rules (standingAt and friends) say
 * what it must be. This builds a varied organisation (nested units, people who started late or
 * left, unit and personal decisions changing over the year, records expiring and with gaps in
 * their levels) and checks the two agree for every service and every month.
 */

let database: Database;
let orgId: string;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  database = await createTestDatabase();
  orgId = await buildOrg(database);
  const serviceA = await buildUnit(database, orgId, { name: 'A', kind: 'service' });
  const teamA1 = await buildUnit(database, orgId, { name: 'A1', parentId: serviceA });
  const teamA1a = await buildUnit(database, orgId, { name: 'A1a', parentId: teamA1 });
  const serviceB = await buildUnit(database, orgId, { name: 'B', kind: 'service' });
  const teamB1 = await buildUnit(database, orgId, { name: 'B1', parentId: serviceB });
  const unitIds = [serviceA, teamA1, teamA1a, serviceB, teamB1];
  const db = database.db;
  // 120 people: every sixth in no unit; start and end dates spread around the last year
  await db.execute(sql`
    INSERT INTO people (org_id, id, name, email, kind, unit_id, start_date, end_date)
    SELECT ${orgId}, gen_random_uuid(), 'P' || i, 'p' || i || '@counts.example', CASE WHEN i % 4 = 0 THEN 'volunteer' ELSE 'employee' END,
      CASE WHEN i % 6 = 0 THEN NULL ELSE (string_to_array(${unitIds.join(',')}, ','))[1 + i % 5]::uuid END,
      CASE WHEN i % 7 = 0 THEN ${today}::date - (i * 3) ELSE NULL END,
      CASE WHEN i % 11 = 0 THEN ${today}::date - (i * 2) ELSE NULL END
    FROM generate_series(1, 120) AS i`);
  const pack = sql`'{}'::jsonb, '[]'::jsonb, 'framework', '1'`;
  // unit decisions at several points of the year, some units changing their mind
  await db.execute(sql`
    INSERT INTO placements (org_id, id, unit_id, level, answers, reasons, pack_id, pack_version, decided_at)
    SELECT ${orgId}, gen_random_uuid(), (string_to_array(${unitIds.join(',')}, ','))[1 + i % 5]::uuid,
      (ARRAY['informed', 'skilled', 'enhanced', 'specialist'])[1 + (i * 7) % 4], ${pack},
      (${today}::date - (i * 37) % 360)::timestamp AT TIME ZONE 'UTC' + interval '13 hours'
    FROM generate_series(1, 9) AS i`);
  // personal decisions for every fifth person
  await db.execute(sql`
    INSERT INTO placements (org_id, id, person_id, level, answers, reasons, pack_id, pack_version, decided_at)
    SELECT ${orgId}, gen_random_uuid(), p.id, (ARRAY['informed', 'skilled', 'enhanced', 'specialist'])[1 + n % 4], ${pack},
      (${today}::date - (n * 53) % 330)::timestamp AT TIME ZONE 'UTC' + interval '9 hours'
    FROM (SELECT id, row_number() OVER (ORDER BY name)::int AS n FROM people WHERE org_id = ${orgId}) p WHERE n % 5 = 0`);
  // records: runs of levels with gaps, some expiring before today, some completed in the future
  await db.execute(sql`
    INSERT INTO training_records (org_id, id, person_id, title, completed_on, hours, levels, expires_on)
    SELECT ${orgId}, gen_random_uuid(), p.id, 'R', ${today}::date - (n * 13 + k * 29) % 400 + CASE WHEN n % 17 = 0 THEN 20 ELSE 0 END, 3,
      CASE (n + k) % 5 WHEN 0 THEN '["informed"]'::jsonb WHEN 1 THEN '["informed", "skilled"]'::jsonb WHEN 2 THEN '["skilled", "enhanced"]'::jsonb
        WHEN 3 THEN '["enhanced", "specialist"]'::jsonb ELSE '[]'::jsonb END,
      CASE WHEN (n + k) % 3 = 0 THEN ${today}::date - (n * 5) % 200 + 30 ELSE NULL END
    FROM (SELECT id, row_number() OVER (ORDER BY name)::int AS n FROM people WHERE org_id = ${orgId}) p, generate_series(0, 2) AS k
    WHERE (n + k) % 2 = 0`);
});
afterAll(() => database.close());

/** The whole organisation as the pure rules see it, read plainly, for reference. */
async function wholeWorld(): Promise<CoverageWorld> {
  const db = database.db;
  const [everyone, records, decisions, tree] = await Promise.all([
    db.select().from(people).where(eq(people.orgId, orgId)),
    db.select().from(trainingRecords).where(eq(trainingRecords.orgId, orgId)),
    db.select().from(placements).where(eq(placements.orgId, orgId)),
    unitTree(db, orgId),
  ]);
  const unitPlacements = new Map<string, Placement[]>();
  const personPlacements = new Map<string, Placement[]>();
  for (const d of decisions) {
    const [map, key] = d.personId ? [personPlacements, d.personId] : [unitPlacements, d.unitId!];
    map.set(key, [...(map.get(key) ?? []), { level: d.level, decidedAt: d.decidedAt }]);
  }
  return {
    people: everyone.map((p) => ({ ...p, records: records.filter((r) => r.personId === p.id).map(factsOf) })),
    unitPlacements,
    personPlacements,
    parentOf: tree.parentOf,
    timeZone: 'UTC',
  };
}

const byService = (a: { serviceId: string | null }, b: { serviceId: string | null }) => (a.serviceId ?? '').localeCompare(b.serviceId ?? '');

describe('org coverage counted in SQL', () => {
  it('gives the same tables by service and the same monthly series as the coverage rules', async () => {
    const world = await wholeWorld();
    const counts = await orgCoverageCounts(database.db, orgId, monthEnds(today), 'UTC');
    const expectedSeries = coverageSeries(world, today);
    // the world is varied enough to mean something: people placed, met and in gaps over the year
    expect(expectedSeries.at(-1)).toMatchObject({ placed: expect.any(Number) });
    expect(expectedSeries.some((m) => m.met > 0 && m.gaps > 0 && m.notPlaced > 0)).toBe(true);
    expect(new Set(expectedSeries.map((m) => `${m.placed}/${m.met}`)).size).toBeGreaterThan(2);
    expect(coverageSeriesOfCounts(counts, today)).toEqual(expectedSeries);
    expect(coverageByServiceOfCounts(counts, today).sort(byService)).toEqual(coverageByService(world, today).sort(byService));
  });

  it('counts only the asked organisation', async () => {
    const other = await buildOrg(database);
    expect(await orgCoverageCounts(database.db, other, monthEnds(today), 'UTC')).toEqual([]);
  });
});

// The metrics organisation, generated in SQL (set-based statements over generate_series, never a
// row at a time through the app): 400 units (services with teams), 20,000 people placed in the
// teams, five years of HR events (starts, leaves with their reasons, absence spells, one in five
// stress-related), training levels and records, agreed development plans with review dates, the
// choice to contribute check-in results (two people in five) and 2,000,000 check-ins of the
// shipped self-check. Everything scales with BENCH_METRICS_SCALE (1 = the sizes above; 0.05 to
// iterate): people, units and check-ins alike, so the people per team stay about the same.
// Pseudo-random choices come from hashint4 of the row number, so every run writes the same shape.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/platform/db/client.js';
import { buildOrg, buildPerson } from '../src/test-support/factories.js';
import { checkInBody } from './scenarios.js';

export interface MetricsSize {
  people: number;
  units: number;
  services: number;
  checkIns: number;
}

/** 20,000 people in 400 units (20 services of 19 teams) and 2,000,000 check-ins, times `scale`. */
export function metricsSize(scale: number): MetricsSize {
  const units = Math.max(6, Math.round(400 * scale));
  const services = Math.max(1, Math.round(units / 20));
  return { people: Math.max(50, Math.round(20_000 * scale)), units, services, checkIns: Math.max(100, Math.round(2_000_000 * scale)) };
}

export interface MetricsSetup {
  orgId: string;
  adminEmail: string;
  size: MetricsSize;
  /** What each part took to write, and how many rows it wrote. */
  written: string[];
}

const YEARS_DAYS = 1826;

/** Writes the metrics organisation; `log` hears each step. */
export async function seedMetrics(database: Database, scale: number, log: (message: string) => void): Promise<MetricsSetup> {
  const size = metricsSize(scale);
  const orgId = await buildOrg(database, 'Metrics Org');
  const db = database.db;
  const written: string[] = [];
  const step = async (what: string, statement: ReturnType<typeof sql>) => {
    const started = performance.now();
    const result = await db.execute(statement).catch((e: unknown) => {
      throw new Error(`metrics seed, ${what}: ${String((e as { cause?: unknown }).cause ?? e)}`);
    });
    const line = `${what}: ${result.rowCount ?? 0} rows in ${Math.round(performance.now() - started)} ms`;
    written.push(line);
    log(`metrics seed, ${line}`);
  };
  // h(n, salt): a stable pseudo-random non-negative integer
  // (numbers are written into the SQL, not sent as parameters: `current_date - $1` has no type)
  const int = (x: number) => sql.raw(String(Math.trunc(x)));
  const h = (n: ReturnType<typeof sql>, salt: number) => sql`(hashint8((${n})::bigint * 7919 + ${int(salt)}) & 2147483647)`;
  const start = sql`(current_date - ${int(YEARS_DAYS)})`;

  await step(
    'services',
    sql`INSERT INTO units (org_id, id, name, kind, parent_id)
      SELECT ${orgId}, gen_random_uuid(), 'Service ' || lpad(s::text, 2, '0'), 'service', NULL FROM generate_series(1, ${int(size.services)}) AS s`,
  );
  // the teams, dealt round the services
  await step(
    'teams',
    sql`WITH services AS (SELECT id, name, (row_number() OVER (ORDER BY name))::int - 1 AS n FROM units WHERE org_id = ${orgId})
      INSERT INTO units (org_id, id, name, kind, parent_id)
      SELECT ${orgId}, gen_random_uuid(), s.name || ' team ' || lpad(t::text, 3, '0'), 'team', s.id
      FROM generate_series(0, ${int(size.units - size.services - 1)}) AS t JOIN services s ON s.n = t % ${int(size.services)}`,
  );
  // six in ten started before the five years (no start recorded), the others within them; about
  // one in three has left (a leave recorded when within the five years); one in nine a volunteer
  await step(
    'people',
    sql`WITH teams AS (SELECT id, (row_number() OVER (ORDER BY name))::int - 1 AS n FROM units WHERE org_id = ${orgId} AND kind = 'team'),
      dated AS (
        SELECT i, CASE WHEN ${h(sql`i`, 1)} % 10 < 6 THEN ${start} - ${h(sql`i`, 2)} % 3000 ELSE ${start} + ${h(sql`i`, 3)} % ${int(YEARS_DAYS)} END AS start_date
        FROM generate_series(1, ${int(size.people)}) AS i)
      INSERT INTO people (org_id, id, name, email, kind, unit_id, start_date, end_date)
      SELECT ${orgId}, gen_random_uuid(), 'Metrics person ' || d.i, 'm' || d.i || '@metrics.example.org',
        CASE WHEN d.i % 9 = 0 THEN 'volunteer' ELSE 'employee' END, t.id, d.start_date,
        CASE WHEN ${h(sql`d.i`, 4)} % 100 < 35 AND d.start_date + 30 + ${h(sql`d.i`, 5)} % 2500 < current_date THEN d.start_date + 30 + ${h(sql`d.i`, 5)} % 2500 END
      FROM dated d JOIN teams t ON t.n = d.i % ${int(size.units - size.services)}`,
  );
  const leaveReasons = sql`(ARRAY['resigned', 'resigned', 'resigned', 'retired', 'end-of-contract', 'dismissed', 'redundancy', 'ill-health', 'other'])`;
  await step(
    'starts and leaves',
    sql`INSERT INTO workforce_moves (org_id, id, person_id, kind, "on", unit_id, worker_kind, leave_reason, source)
      SELECT ${orgId}::uuid, gen_random_uuid(), p.id, 'start', p.start_date, p.unit_id, p.kind, NULL, 'imported'
      FROM people p WHERE p.org_id = ${orgId} AND p.start_date >= ${start}
      UNION ALL
      SELECT ${orgId}::uuid, gen_random_uuid(), p.id, 'leave', p.end_date, p.unit_id, p.kind, ${leaveReasons}[1 + (hashtext(p.id::text) & 2147483647) % 9], 'imported'
      FROM people p WHERE p.org_id = ${orgId} AND p.end_date >= ${start}`,
  );
  // up to eight spells each over the five years, on days they were employed; 1–10 days, stress-related
  // ones up to 30; working days lost = the spell's Monday-to-Friday days (a half day for one in ten)
  await step(
    'absence spells',
    sql`WITH spell AS (
        SELECT p.id, p.unit_id, k, ${start} + ${h(sql`(hashtext(p.id::text) & 1048575) * 8 + k`, 6)} % ${int(YEARS_DAYS)} AS first_day,
          CASE WHEN ${h(sql`(hashtext(p.id::text) & 1048575) * 8 + k`, 7)} % 5 = 0 THEN 'stress-related'
            ELSE (ARRAY['other-illness', 'other-illness', 'injury', 'family', 'other'])[1 + ${h(sql`(hashtext(p.id::text) & 1048575) * 8 + k`, 8)} % 5] END AS reason,
          p.start_date, p.end_date
        FROM people p, generate_series(1, 8) AS k WHERE p.org_id = ${orgId} AND p.name LIKE 'Metrics person %'),
      shaped AS (
        SELECT *, first_day + (CASE WHEN reason = 'stress-related' THEN ${h(sql`(hashtext(id::text) & 1048575) + k`, 9)} % 30 ELSE ${h(sql`(hashtext(id::text) & 1048575) + k`, 9)} % 10 END) AS last_day
        FROM spell
        WHERE (start_date IS NULL OR start_date <= first_day) AND (end_date IS NULL OR end_date >= first_day) AND first_day < current_date),
      counted AS (
        SELECT *, (last_day - first_day + 1) AS n, extract(isodow FROM first_day)::int - 1 AS d FROM shaped)
      INSERT INTO absence_spells (org_id, id, person_id, unit_id, first_day, last_day, working_days_lost, reason, source)
      SELECT ${orgId}, gen_random_uuid(), id, unit_id, first_day, last_day,
        (5 * (n / 7) + greatest(0, least(n % 7, 5 - d)) + greatest(0, d + n % 7 - 7)) - CASE WHEN k = 1 AND n = 1 AND d < 5 THEN 0.5 ELSE 0 END,
        reason, 'imported'
      FROM counted`,
  );
  // training: each unit's level decided three years ago, the services' changed a year ago, one
  // person in ten with a level of their own; two records each (informed, then skilled, expired for a third)
  const placed = sql`'{}'::jsonb, '[]'::jsonb, 'framework', '1'`;
  await step(
    'unit levels',
    sql`INSERT INTO placements (org_id, id, unit_id, level, answers, reasons, pack_id, pack_version, decided_at)
      SELECT ${orgId}::uuid, gen_random_uuid(), u.id, (ARRAY['informed', 'skilled', 'enhanced', 'specialist'])[1 + (row_number() OVER ())::int % 4], ${placed}, now() - interval '3 years'
      FROM units u WHERE u.org_id = ${orgId}
      UNION ALL
      SELECT ${orgId}::uuid, gen_random_uuid(), u.id, 'skilled', ${placed}, now() - interval '1 year'
      FROM units u WHERE u.org_id = ${orgId} AND u.kind = 'service'`,
  );
  await step(
    'personal levels',
    sql`INSERT INTO placements (org_id, id, person_id, level, answers, reasons, pack_id, pack_version, decided_at)
      SELECT ${orgId}, gen_random_uuid(), p.id, 'enhanced', ${placed}, now() - interval '400 days'
      FROM people p WHERE p.org_id = ${orgId} AND p.name LIKE '%0'`,
  );
  await step(
    'training records',
    sql`INSERT INTO training_records (org_id, id, person_id, title, completed_on, hours, levels, expires_on)
      SELECT ${orgId}, gen_random_uuid(), p.id, 'Course ' || k, current_date - 200 * k * (1 + length(p.name) % 5), 6,
        CASE k WHEN 1 THEN '["informed"]'::jsonb ELSE '["skilled"]'::jsonb END,
        CASE WHEN k = 2 AND length(p.name) % 3 = 0 THEN current_date - 300 WHEN k = 2 THEN current_date + 400 END
      FROM people p, generate_series(1, 2) AS k WHERE p.org_id = ${orgId} AND p.name LIKE 'Metrics person %'`,
  );
  // one person in three has three agreed plan versions about six months apart, each with a review
  // date six months on; the next version comes a little before or after it
  await step(
    'development plans',
    sql`WITH planned AS (
        SELECT p.id, v, current_date - 800 - (hashtext(p.id::text) & 2147483647) % 700 + (v - 1) * 180 + ${h(sql`(hashtext(p.id::text) & 1048575) * 3 + v`, 10)} % 60 AS agreed_on
        FROM people p, generate_series(1, 3) AS v WHERE p.org_id = ${orgId} AND (hashtext(p.id::text) & 2147483647) % 3 = 0 AND p.name LIKE 'Metrics person %')
      INSERT INTO self_assessments (org_id, id, person_id, version, answers, review_date, pack_id, pack_version, submitted_at, worker_confirmed_at, manager_confirmed_at)
      SELECT ${orgId}, gen_random_uuid(), id, v, '{}'::jsonb, agreed_on + 180, 'tend.self-assessment', '1',
        agreed_on::timestamp AT TIME ZONE 'UTC', (agreed_on::timestamp + interval '10 hours') AT TIME ZONE 'UTC', (agreed_on::timestamp + interval '14 hours') AT TIME ZONE 'UTC'
      FROM planned WHERE agreed_on < current_date`,
  );
  await step(
    'contribution choices',
    sql`INSERT INTO wellbeing_spaces (org_id, person_id, contributes_to_figures, contribution_changed_at)
      SELECT ${orgId}, p.id, (hashtext(p.id::text || 'c') & 2147483647) % 5 < 2, now() - interval '5 years'
      FROM people p WHERE p.org_id = ${orgId} AND p.name LIKE 'Metrics person %'`,
  );
  // check-ins of the shipped self-check by people employed at some time in the five years, each
  // on a day they were employed, in the unit they are in; five ways of answering (all three bands)
  // the version `tend migrate` installed: the shipped pack file's
  const stsVersion = (JSON.parse(readFileSync(new URL('../src/content/packs/sts-self-check.json', import.meta.url), 'utf8')) as { version: string }).version;
  const answers = JSON.stringify([0, 1, 2, 3, 4].map((c) => (JSON.parse(checkInBody(c)) as { answers: unknown }).answers));
  const batch = 250_000;
  for (let from = 1; from <= size.checkIns; from += batch) {
    const to = Math.min(size.checkIns, from + batch - 1);
    await step(
      `check-ins ${from}–${to}`,
      sql`WITH staff AS (
          SELECT id, unit_id, greatest(coalesce(start_date, ${start}), ${start}) AS first_day, least(coalesce(end_date, current_date), current_date) AS last_day,
            (row_number() OVER (ORDER BY id))::int - 1 AS n
          FROM people WHERE org_id = ${orgId} AND name LIKE 'Metrics person %' AND (end_date IS NULL OR end_date >= ${start})),
        total AS (SELECT count(*)::int AS n FROM staff),
        chosen AS (
          SELECT g, s.id, s.unit_id, s.first_day + ${h(sql`g`, 12)} % (s.last_day - s.first_day + 1) AS day
          FROM generate_series(${int(from)}, ${int(to)}) AS g, total JOIN staff s ON true
          WHERE s.n = ${h(sql`g`, 11)} % total.n),
        variants AS (SELECT ordinality - 1 AS v, value AS answers FROM jsonb_array_elements(${answers}::jsonb) WITH ORDINALITY)
      INSERT INTO wellbeing_check_ins (org_id, id, person_id, instrument_id, instrument_version, answers, unit_id, submitted_on, submitted_at, origin)
      SELECT ${orgId}, gen_random_uuid(), c.id, 'tend.sts-self-check', ${stsVersion}, v.answers, c.unit_id, c.day,
        c.day::timestamp AT TIME ZONE 'UTC' + make_interval(secs => ${h(sql`g`, 13)} % 86400), 'tend'
      FROM chosen c JOIN variants v ON v.v = c.g % 5`,
    );
  }
  const adminEmail = 'admin@metrics.example.org';
  await buildPerson(database, orgId, { name: 'Metrics Admin', email: adminEmail, roles: ['org_admin'] });
  await db.execute(sql`analyze units, people, workforce_moves, absence_spells, placements, training_records, self_assessments, wellbeing_spaces, wellbeing_check_ins`);
  return { orgId, adminEmail, size, written };
}

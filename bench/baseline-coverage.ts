// The baseline's GET /api/v1/org/coverage (the organisation's training coverage, org admins only)
// with ONE statement after the session lookup: the counts of Tend's orgCoverageCounts (people
// active on each of the 12 month ends, by service, required level and whether met, the same
// rules in the same SQL), with each service's name joined in the same statement, where Tend
// reads the unit tree as well. The JSON is then built by Tend's own pure functions
// (coverageByServiceOfCounts, coverageSeriesOfCounts, monthEnds) and sorted by name as Tend does.
// The SQL text is a copy of orgCoverageCounts' (with the names): a change there must be made here.
import type pg from 'pg';
import type { Level } from '../src/modules/framework/levels.js';
import { type CoverageCount, coverageByServiceOfCounts, coverageSeriesOfCounts, monthEnds } from '../src/modules/training/coverage-rules.js';
import { todayIn } from '../src/platform/time/day.js';
import type { Actor } from './baseline-shared.js';

// $1 the organisation, $2 the days (comma-separated), $3 its time zone
const COVERAGE_SQL = `
WITH RECURSIVE chain(unit_id, ancestor_id, depth, path) AS (
  SELECT u.id, u.id, 0, ARRAY[u.id] FROM units u WHERE u.org_id = $1
  UNION ALL
  SELECT c.unit_id, u.parent_id, c.depth + 1, c.path || u.parent_id
  FROM chain c JOIN units u ON u.org_id = $1 AND u.id = c.ancestor_id
  WHERE u.parent_id IS NOT NULL AND NOT u.parent_id = ANY(c.path)
),
service AS (SELECT DISTINCT ON (unit_id) unit_id, ancestor_id AS service_id FROM chain ORDER BY unit_id, depth DESC),
days AS (
  SELECT d AS day, (d + 1)::timestamp AT TIME ZONE $3 AS day_end
  FROM unnest(string_to_array($2, ',')::date[]) AS d
),
unit_level AS (
  SELECT DISTINCT ON (pl.unit_id, d.day) pl.unit_id, d.day, pl.level
  FROM placements pl JOIN days d ON pl.decided_at < d.day_end
  WHERE pl.org_id = $1 AND pl.person_id IS NULL AND pl.unit_id IS NOT NULL
  ORDER BY pl.unit_id, d.day, pl.decided_at DESC
),
unit_required AS (
  SELECT DISTINCT ON (c.unit_id, ul.day) c.unit_id, ul.day, ul.level
  FROM chain c JOIN unit_level ul ON ul.unit_id = c.ancestor_id
  ORDER BY c.unit_id, ul.day, c.depth
),
person_level AS (
  SELECT DISTINCT ON (pl.person_id, d.day) pl.person_id, d.day, pl.level
  FROM placements pl JOIN days d ON pl.decided_at < d.day_end
  WHERE pl.org_id = $1 AND pl.person_id IS NOT NULL
  ORDER BY pl.person_id, d.day, pl.decided_at DESC
),
covered AS (
  SELECT r.person_id, d.day,
    bool_or(r.levels ? 'informed') AS informed, bool_or(r.levels ? 'skilled') AS skilled,
    bool_or(r.levels ? 'enhanced') AS enhanced, bool_or(r.levels ? 'specialist') AS specialist
  FROM training_records r JOIN days d ON r.completed_on <= d.day AND (r.expires_on IS NULL OR r.expires_on >= d.day)
  WHERE r.org_id = $1
  GROUP BY r.person_id, d.day
),
standing AS (
  SELECT d.day, s.service_id, COALESCE(pp.level, ur.level) AS required,
    CASE WHEN NOT COALESCE(cv.informed, false) THEN 0 WHEN NOT cv.skilled THEN 1 WHEN NOT cv.enhanced THEN 2 WHEN NOT cv.specialist THEN 3 ELSE 4 END AS completed_rank
  FROM people p
  JOIN days d ON (p.start_date IS NULL OR p.start_date <= d.day) AND (p.end_date IS NULL OR p.end_date >= d.day)
  LEFT JOIN service s ON s.unit_id = p.unit_id
  LEFT JOIN person_level pp ON pp.person_id = p.id AND pp.day = d.day
  LEFT JOIN unit_required ur ON ur.unit_id = p.unit_id AND ur.day = d.day
  LEFT JOIN covered cv ON cv.person_id = p.id AND cv.day = d.day
  WHERE p.org_id = $1
),
counted AS (
  SELECT day, service_id, required,
    completed_rank >= array_position(ARRAY['informed', 'skilled', 'enhanced', 'specialist'], required) AS met,
    count(*)::int AS people
  FROM standing
  GROUP BY day, service_id, required, met
)
SELECT to_char(c.day, 'YYYY-MM-DD'), c.service_id, su.name, c.required, c.met, c.people
FROM counted c LEFT JOIN units su ON su.org_id = $1 AND su.id = c.service_id`;

type CountRow = [string, string | null, string | null, Level | null, boolean | null, number];

/** The organisation's coverage by service and at each month end: Tend's answer (200). */
export async function orgCoverage(pool: pg.Pool, actor: Actor) {
  const today = todayIn(actor.timeZone);
  const result = await pool.query<CountRow>({ text: COVERAGE_SQL, values: [actor.orgId, monthEnds(today).join(','), actor.timeZone], rowMode: 'array' });
  const names = new Map<string, string>();
  const counts: CoverageCount[] = result.rows.map(([day, serviceId, name, required, met, people]) => {
    if (serviceId && name !== null) names.set(serviceId, name);
    return { day, serviceId, required, met: met === true, people };
  });
  const services = coverageByServiceOfCounts(counts, today)
    .map((s) => ({ ...s, name: s.serviceId ? (names.get(s.serviceId) ?? null) : null }))
    .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff'));
  return { services, series: coverageSeriesOfCounts(counts, today) };
}

import { and, asc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import type { Level } from '../framework/levels.js';
import type { Placement } from '../framework/placement-rules.js';
import { placements } from '../framework/schema.js';
import { unitTree } from '../framework/unit-scope.js';
import { people } from '../people/schema.js';
import type { CoverageCount, CoveragePerson, CoverageWorld } from './coverage-rules.js';
import { trainingRecords } from './schema.js';
import { factsOf, type TrainingRow } from './training-store.js';

/**
 * Loads what the coverage rules compute over, bounded by the scope asked for: one person, a
 * manager's direct reports or a unit with the units inside it. Only the organisation's view
 * counts everyone, and it is counted in the database (orgCoverageCounts), never loaded.
 */

export type CoverageScope = { person: string } | { directReportsOf: string } | { unitSubtree: string };

export interface CoveragePersonRow extends CoveragePerson {
  name: string;
  kind: string;
  managerId: string | null;
  trainingRows: TrainingRow[];
}

/** The unit and every unit inside it, as a subquery of ids (a loop in the tree stops the walk). */
const subtreeIds = (orgId: string, unitId: string) => sql`(
  WITH RECURSIVE subtree(id, path) AS (
    SELECT u.id, ARRAY[u.id] FROM units u WHERE u.org_id = ${orgId} AND u.id = ${unitId}
    UNION ALL
    SELECT u.id, s.path || u.id FROM units u JOIN subtree s ON u.parent_id = s.id
    WHERE u.org_id = ${orgId} AND NOT u.id = ANY(s.path)
  ) SELECT id FROM subtree)`;

function scopeCondition(orgId: string, scope: CoverageScope): SQL {
  if ('person' in scope) return eq(people.id, scope.person);
  if ('directReportsOf' in scope) return eq(people.managerId, scope.directReportsOf);
  return sql`${people.unitId} IN ${subtreeIds(orgId, scope.unitSubtree)}`;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The people of the scope with their records, their own placement decisions and every unit's
 * (units are few; people are many), and the unit tree. People come ordered by name then id.
 */
export async function loadCoverageWorld(q: Queryable, orgId: string, timeZone: string, scope: CoverageScope) {
  const inScope = and(eq(people.orgId, orgId), scopeCondition(orgId, scope));
  // one person is named outright, so their records are found by the person index, not by a join
  const scopeIds = 'person' in scope ? [scope.person] : q.select({ id: people.id }).from(people).where(inScope);
  const [chosen, records, personRows, unitRows, tree] = await Promise.all([
    q
      .select({ id: people.id, name: people.name, kind: people.kind, managerId: people.managerId, unitId: people.unitId, startDate: people.startDate, endDate: people.endDate })
      .from(people)
      .where(inScope)
      .orderBy(asc(people.name), asc(people.id)),
    q
      .select()
      .from(trainingRecords)
      .where(and(eq(trainingRecords.orgId, orgId), inArray(trainingRecords.personId, scopeIds)))
      .orderBy(asc(trainingRecords.completedOn)),
    q
      .select({ key: placements.personId, level: placements.level, decidedAt: placements.decidedAt })
      .from(placements)
      .where(and(eq(placements.orgId, orgId), inArray(placements.personId, scopeIds))),
    q
      .select({ key: placements.unitId, level: placements.level, decidedAt: placements.decidedAt })
      .from(placements)
      .where(and(eq(placements.orgId, orgId), isNull(placements.personId), isNotNull(placements.unitId))),
    unitTree(q, orgId),
  ]);
  const personPlacements = new Map<string, Placement[]>();
  for (const row of personRows) if (row.key) pushTo(personPlacements, row.key, { level: row.level, decidedAt: row.decidedAt });
  const unitPlacements = new Map<string, Placement[]>();
  for (const row of unitRows) if (row.key) pushTo(unitPlacements, row.key, { level: row.level, decidedAt: row.decidedAt });
  const recordsOf = new Map<string, TrainingRow[]>();
  for (const r of records) pushTo(recordsOf, r.personId, r);
  const list: CoveragePersonRow[] = chosen.map((p) => {
    const rows = recordsOf.get(p.id) ?? [];
    return { ...p, records: rows.map(factsOf), trainingRows: rows };
  });
  const world: Omit<CoverageWorld, 'people'> & { people: CoveragePersonRow[] } = { people: list, unitPlacements, personPlacements, parentOf: tree.parentOf, timeZone };
  return { world, tree };
}

/**
 * Everyone active on one of `days` with their standing that day, as SQL: a `standing` relation of
 * (person_id, day, service_id, required, completed_rank) that a query selects from. The same
 * rules as standingAt:
 * - a decision is in force on a day when decided before the end of that day in the organisation's
 *   time zone, the latest winning; a person's own decision comes before their units', the nearest
 *   unit first;
 * - the completed level is the top of the unbroken run from informed of levels covered by a
 *   record completed by that day and not expired on it.
 * Work grows with people × days, never people × people.
 */
const standingsSql = (orgId: string, days: readonly string[], timeZone: string) => sql`
    WITH RECURSIVE chain(unit_id, ancestor_id, depth, path) AS (
      SELECT u.id, u.id, 0, ARRAY[u.id] FROM units u WHERE u.org_id = ${orgId}
      UNION ALL
      SELECT c.unit_id, u.parent_id, c.depth + 1, c.path || u.parent_id
      FROM chain c JOIN units u ON u.org_id = ${orgId} AND u.id = c.ancestor_id
      WHERE u.parent_id IS NOT NULL AND NOT u.parent_id = ANY(c.path)
    ),
    service AS (SELECT DISTINCT ON (unit_id) unit_id, ancestor_id AS service_id FROM chain ORDER BY unit_id, depth DESC),
    days AS (
      SELECT d AS day, (d + 1)::timestamp AT TIME ZONE ${timeZone} AS day_end
      FROM unnest(string_to_array(${days.join(',')}, ',')::date[]) AS d
    ),
    unit_level AS (
      SELECT DISTINCT ON (pl.unit_id, d.day) pl.unit_id, d.day, pl.level
      FROM placements pl JOIN days d ON pl.decided_at < d.day_end
      WHERE pl.org_id = ${orgId} AND pl.person_id IS NULL AND pl.unit_id IS NOT NULL
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
      WHERE pl.org_id = ${orgId} AND pl.person_id IS NOT NULL
      ORDER BY pl.person_id, d.day, pl.decided_at DESC
    ),
    covered AS (
      SELECT r.person_id, d.day,
        bool_or(r.levels ? 'informed') AS informed, bool_or(r.levels ? 'skilled') AS skilled,
        bool_or(r.levels ? 'enhanced') AS enhanced, bool_or(r.levels ? 'specialist') AS specialist
      FROM training_records r JOIN days d ON r.completed_on <= d.day AND (r.expires_on IS NULL OR r.expires_on >= d.day)
      WHERE r.org_id = ${orgId}
      GROUP BY r.person_id, d.day
    ),
    standing AS (
      SELECT p.id AS person_id, d.day, s.service_id, COALESCE(pp.level, ur.level) AS required,
        CASE WHEN NOT COALESCE(cv.informed, false) THEN 0 WHEN NOT cv.skilled THEN 1 WHEN NOT cv.enhanced THEN 2 WHEN NOT cv.specialist THEN 3 ELSE 4 END AS completed_rank
      FROM people p
      JOIN days d ON (p.start_date IS NULL OR p.start_date <= d.day) AND (p.end_date IS NULL OR p.end_date >= d.day)
      LEFT JOIN service s ON s.unit_id = p.unit_id
      LEFT JOIN person_level pp ON pp.person_id = p.id AND pp.day = d.day
      LEFT JOIN unit_required ur ON ur.unit_id = p.unit_id AND ur.day = d.day
      LEFT JOIN covered cv ON cv.person_id = p.id AND cv.day = d.day
      WHERE p.org_id = ${orgId}
    )`;

/**
 * The organisation's coverage counted in the database, for each of `days`: the people active
 * that day grouped by their service (top-level unit; null for no unit), the level they had to
 * reach and whether they had completed it (standingsSql).
 */
export async function orgCoverageCounts(q: Queryable, orgId: string, days: readonly string[], timeZone: string): Promise<CoverageCount[]> {
  const result = await q.execute(sql`
    ${standingsSql(orgId, days, timeZone)}
    SELECT to_char(day, 'YYYY-MM-DD') AS day, service_id, required,
      completed_rank >= array_position(ARRAY['informed', 'skilled', 'enhanced', 'specialist'], required) AS met,
      count(*)::int AS people
    FROM standing
    GROUP BY day, service_id, required, met`);
  return (result.rows as Array<{ day: string; service_id: string | null; required: Level | null; met: boolean | null; people: number }>).map((r) => ({
    day: r.day,
    serviceId: r.service_id,
    required: r.required,
    met: r.met === true,
    people: r.people,
  }));
}

/** Each person active on `day` with whether a level was asked of them that day and whether they had completed it. */
export async function coverageStandingsOn(q: Queryable, orgId: string, day: string, timeZone: string): Promise<Array<{ personId: string; placed: boolean; met: boolean }>> {
  return (await coverageStandingsOnDays(q, orgId, [day], timeZone)).get(day) ?? [];
}

/** The same for several days in one statement: each day's standings (a day no one was active on has none). */
export async function coverageStandingsOnDays(
  q: Queryable,
  orgId: string,
  days: readonly string[],
  timeZone: string,
): Promise<Map<string, Array<{ personId: string; placed: boolean; met: boolean }>>> {
  const byDay = new Map<string, Array<{ personId: string; placed: boolean; met: boolean }>>();
  if (days.length === 0) return byDay;
  const result = await q.execute(sql`
    ${standingsSql(orgId, days, timeZone)}
    SELECT person_id, to_char(day, 'YYYY-MM-DD') AS day, required IS NOT NULL AS placed,
      COALESCE(completed_rank >= array_position(ARRAY['informed', 'skilled', 'enhanced', 'specialist'], required), false) AS met
    FROM standing`);
  for (const r of result.rows as Array<{ person_id: string; day: string; placed: boolean; met: boolean }>) {
    const list = byDay.get(r.day) ?? [];
    list.push({ personId: r.person_id, placed: r.placed, met: r.met });
    byDay.set(r.day, list);
  }
  return byDay;
}

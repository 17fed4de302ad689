// The baseline's GET /api/v1/workforce/figures?quarter=YYYY-Qn (org admins): the same figures
// written by hand as GROUP BY SQL, with NO privacy gate — every group's raw figures. Two
// statements after the session lookup, sent side by side: (1) every unit group's sums of the
// four quarters of the twelve months (the components of docs/metrics.md: headcount at the start
// and end, month ends employed, starters, leavers, working days available and lost, lost to
// stress, absent, training asked and met on the last day, agreed plans, plan reviews due and on
// time), grouped by quarter and by the organisation and each unit over the people in it and in
// the units under it; (2) each contributor's latest check-in of each instrument in the quarter
// (DISTINCT ON), scored in JS by Tend's pure scoreCheckIn and counted by band and unit.
// The figures are then made from the sums by Tend's pure quarterIndicators and
// twelveMonthIndicators (the arithmetic of a ratio, not the gate). The training standing is a
// copy of the SQL of coverage-store.ts's standingsSql: a change there must be made here.
import type pg from 'pg';
import type { InstrumentPack } from '../src/modules/instruments/instrument-types.js';
import { COMPONENTS, type Indicators, quarter, quarterIndicators, quarterOf, type Sums, twelveMonthIndicators, twelveMonthsTo } from '../src/modules/workforce/indicator-rules.js';
import { ZCheckInAnswers } from '../src/modules/wellbeing/model.js';
import { scoreCheckIn } from '../src/modules/wellbeing/score-check-in.js';
import { resolveThresholds } from '../src/platform/privacy/index.js';
import { todayIn } from '../src/platform/time/day.js';
import { type Actor, HttpError } from './baseline-shared.js';

/** Monday-to-Friday days from a to b, both counted (0 when b is before a): workingDaysBetween in SQL. */
const weekdays = (a: string, b: string) =>
  `(CASE WHEN ${b} < ${a} THEN 0 ELSE 5 * ((${b} - ${a} + 1) / 7) + greatest(0, least((${b} - ${a} + 1) % 7, 6 - extract(isodow FROM ${a})::int)) + greatest(0, extract(isodow FROM ${a})::int - 1 + (${b} - ${a} + 1) % 7 - 7) END)`;

const employedOn = (day: string) => `((p.start_date IS NULL OR p.start_date <= ${day}) AND (p.end_date IS NULL OR p.end_date >= ${day}))`;

// $1 the organisation, $2 the four quarters' first days (comma-separated), $3 today, $4 its time
// zone, $5 the last day of the quarter asked for
export const FIGURES_SQL = `
WITH RECURSIVE chain(unit_id, ancestor_id, depth, path) AS (
  SELECT u.id, u.id, 0, ARRAY[u.id] FROM units u WHERE u.org_id = $1
  UNION ALL
  SELECT c.unit_id, u.parent_id, c.depth + 1, c.path || u.parent_id
  FROM chain c JOIN units u ON u.org_id = $1 AND u.id = c.ancestor_id
  WHERE u.parent_id IS NOT NULL AND NOT u.parent_id = ANY(c.path)
),
q AS (
  SELECT ord::int, f AS from_day, (f + interval '3 months')::date - 1 AS to_day,
    (f + interval '1 month')::date - 1 AS end1, (f + interval '2 months')::date - 1 AS end2,
    ((f + interval '3 months')::date) ::timestamp AT TIME ZONE $4 AS day_end
  FROM unnest(string_to_array($2, ',')::date[]) WITH ORDINALITY AS t(f, ord)
),
pop AS (
  SELECT q.ord, q.from_day, q.to_day, p.id AS person_id, p.unit_id,
    ${employedOn('q.from_day')}::int AS at_start, ${employedOn('q.to_day')}::int AS at_end,
    ${employedOn('q.end1')}::int + ${employedOn('q.end2')}::int + ${employedOn('q.to_day')}::int AS month_ends,
    greatest(coalesce(p.start_date, q.from_day), q.from_day) AS first_day, least(coalesce(p.end_date, q.to_day), q.to_day) AS last_day,
    p.start_date, p.end_date
  FROM people p JOIN q ON (p.start_date IS NULL OR p.start_date <= q.to_day) AND (p.end_date IS NULL OR p.end_date >= q.from_day)
  WHERE p.org_id = $1
),
moved AS (
  SELECT q.ord, m.person_id, bool_or(m.kind = 'start')::int AS started, bool_or(m.kind = 'leave')::int AS left_
  FROM workforce_moves m JOIN q ON m."on" BETWEEN q.from_day AND q.to_day
  WHERE m.org_id = $1 GROUP BY q.ord, m.person_id
),
spell AS (
  SELECT q.ord, a.person_id, a.reason,
    a.working_days_lost::float8 * CASE WHEN ${weekdays('a.first_day', 'a.last_day')} = 0 THEN (a.first_day >= q.from_day)::int::float8
      ELSE ${weekdays('greatest(a.first_day, q.from_day)', 'least(a.last_day, q.to_day)')}::float8 / ${weekdays('a.first_day', 'a.last_day')} END AS lost
  FROM absence_spells a JOIN q ON a.first_day <= q.to_day AND a.last_day >= q.from_day
  WHERE a.org_id = $1
),
absent AS (
  SELECT ord, person_id, sum(lost) AS lost, coalesce(sum(lost) FILTER (WHERE reason = 'stress-related'), 0) AS stress
  FROM spell GROUP BY ord, person_id
),
unit_level AS (
  SELECT DISTINCT ON (pl.unit_id, q.ord) pl.unit_id, q.ord, pl.level
  FROM placements pl JOIN q ON pl.decided_at < q.day_end
  WHERE pl.org_id = $1 AND pl.person_id IS NULL AND pl.unit_id IS NOT NULL
  ORDER BY pl.unit_id, q.ord, pl.decided_at DESC
),
unit_required AS (
  SELECT DISTINCT ON (c.unit_id, ul.ord) c.unit_id, ul.ord, ul.level
  FROM chain c JOIN unit_level ul ON ul.unit_id = c.ancestor_id
  ORDER BY c.unit_id, ul.ord, c.depth
),
person_level AS (
  SELECT DISTINCT ON (pl.person_id, q.ord) pl.person_id, q.ord, pl.level
  FROM placements pl JOIN q ON pl.decided_at < q.day_end
  WHERE pl.org_id = $1 AND pl.person_id IS NOT NULL
  ORDER BY pl.person_id, q.ord, pl.decided_at DESC
),
covered AS (
  SELECT r.person_id, q.ord,
    bool_or(r.levels ? 'informed') AS informed, bool_or(r.levels ? 'skilled') AS skilled,
    bool_or(r.levels ? 'enhanced') AS enhanced, bool_or(r.levels ? 'specialist') AS specialist
  FROM training_records r JOIN q ON r.completed_on <= q.to_day AND (r.expires_on IS NULL OR r.expires_on >= q.to_day)
  WHERE r.org_id = $1
  GROUP BY r.person_id, q.ord
),
agreed AS (
  SELECT person_id, version, review_date, (greatest(worker_confirmed_at, manager_confirmed_at) AT TIME ZONE $4)::date AS agreed_on
  FROM self_assessments
  WHERE org_id = $1 AND worker_confirmed_at IS NOT NULL AND manager_confirmed_at IS NOT NULL
),
-- each agreed plan with the earliest agreement of a newer version (its review is on time when that
-- came by the review date), and each person's first agreed plan
plans AS (
  SELECT person_id, version, review_date, agreed_on,
    min(agreed_on) OVER (PARTITION BY person_id ORDER BY version DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS next_agreed
  FROM agreed WHERE agreed_on <= $5::date
),
first_plan AS (SELECT person_id, min(agreed_on) AS first_agreed FROM plans GROUP BY person_id),
reviews AS (
  SELECT q.ord, r.person_id, 1 AS due, bool_and(r.next_agreed IS NOT NULL AND r.next_agreed <= r.review_date)::int AS on_time
  FROM plans r JOIN q ON r.review_date BETWEEN q.from_day AND q.to_day
  JOIN people p ON p.org_id = $1 AND p.id = r.person_id
  WHERE r.review_date <= $3::date AND r.agreed_on <= q.to_day AND ${employedOn('r.review_date')}
  GROUP BY q.ord, r.person_id
),
contribution AS (
  SELECT pop.ord, pop.person_id, pop.unit_id, pop.at_start, pop.at_end, pop.at_start * pop.at_end AS stayed, pop.month_ends,
    coalesce(mv.started, 0) AS started, coalesce(mv.left_, 0) AS left_,
    ${weekdays('pop.first_day', 'pop.last_day')} AS days_available,
    coalesce(ab.lost, 0) AS days_lost, coalesce(ab.stress, 0) AS days_stress, (coalesce(ab.lost, 0) > 0)::int AS absent,
    (pop.at_end = 1 AND COALESCE(pp.level, ur.level) IS NOT NULL)::int AS placed,
    (pop.at_end = 1 AND COALESCE(pp.level, ur.level) IS NOT NULL AND
      CASE WHEN NOT COALESCE(cv.informed, false) THEN 0 WHEN NOT cv.skilled THEN 1 WHEN NOT cv.enhanced THEN 2 WHEN NOT cv.specialist THEN 3 ELSE 4 END
        >= array_position(ARRAY['informed', 'skilled', 'enhanced', 'specialist'], COALESCE(pp.level, ur.level)))::int AS trained,
    (pop.at_end = 1 AND fp.first_agreed <= pop.to_day)::int AS plan_agreed,
    coalesce(rv.due, 0) AS review_due, coalesce(rv.on_time, 0) AS reviewed_on_time
  FROM pop
  LEFT JOIN moved mv ON mv.ord = pop.ord AND mv.person_id = pop.person_id
  LEFT JOIN absent ab ON ab.ord = pop.ord AND ab.person_id = pop.person_id
  LEFT JOIN person_level pp ON pp.person_id = pop.person_id AND pp.ord = pop.ord
  LEFT JOIN unit_required ur ON ur.unit_id = pop.unit_id AND ur.ord = pop.ord
  LEFT JOIN covered cv ON cv.person_id = pop.person_id AND cv.ord = pop.ord
  LEFT JOIN reviews rv ON rv.ord = pop.ord AND rv.person_id = pop.person_id
  LEFT JOIN first_plan fp ON fp.person_id = pop.person_id
),
member AS (
  SELECT c.*, NULL::uuid AS group_id FROM contribution c
  UNION ALL
  SELECT c.*, ch.ancestor_id FROM contribution c JOIN chain ch ON ch.unit_id = c.unit_id
),
top AS (SELECT DISTINCT ON (unit_id) unit_id, path FROM chain ORDER BY unit_id, depth DESC)
SELECT m.ord, m.group_id, u.name, top.path, count(*)::int AS people,
  sum(at_start)::int, sum(stayed)::int, sum(at_end)::int, sum(month_ends)::int, sum(started)::int, sum(left_)::int,
  sum(days_available)::int, sum(days_lost)::float8, sum(days_stress)::float8, sum(absent)::int,
  sum(placed)::int, sum(trained)::int, sum(plan_agreed)::int, sum(review_due)::int, sum(reviewed_on_time)::int,
  (SELECT settings->>'minGroupSize' FROM organisations WHERE id = $1)
FROM member m LEFT JOIN units u ON u.org_id = $1 AND u.id = m.group_id LEFT JOIN top ON top.unit_id = m.group_id
GROUP BY m.ord, m.group_id, u.name, top.path`;

// each contributor's latest check-in of each instrument in the quarter ($2 to $3), answered in Tend
export const BANDS_SQL = `
SELECT DISTINCT ON (c.person_id, c.instrument_id) c.person_id, c.unit_id, c.instrument_id, c.instrument_version, c.answers
FROM wellbeing_check_ins c
JOIN wellbeing_spaces w ON w.org_id = c.org_id AND w.person_id = c.person_id AND w.contributes_to_figures
WHERE c.org_id = $1 AND c.origin = 'tend' AND c.submitted_on BETWEEN $2::date AND $3::date
ORDER BY c.person_id, c.instrument_id, c.submitted_at DESC, c.id DESC`;

const PACK_SQL = 'select body from content_packs where id = $1 and version = $2';

type FigureRow = [number, string | null, string | null, string[] | null, number, ...number[]];
type BandRow = [string, string | null, string, string, unknown];

/** An installed pack never changes under its id and version: read once. */
const packs = new Map<string, Promise<InstrumentPack | undefined>>();
function packOf(pool: pg.Pool, id: string, version: string) {
  const key = `${id}@${version}`;
  let found = packs.get(key);
  if (!found) {
    found = pool.query<[InstrumentPack]>({ text: PACK_SQL, values: [id, version], rowMode: 'array' }).then((r) => r.rows[0]?.[0]);
    packs.set(key, found);
  }
  return found;
}

export interface RawUnitFigures {
  unitId: string | null;
  name: string;
  depth: number;
  people: number;
  quarter: Indicators;
  twelveMonths: Indicators | null;
}

export interface RawBands {
  instrumentId: string;
  scales: Array<{ scaleId: string; units: Array<{ unitId: string | null; people: number; counts: Record<string, number> }> }>;
}

/** Every group's figures for the quarter and its twelve months, ungated. */
export async function rawFigures(pool: pg.Pool, actor: Actor, quarterId: string) {
  const period = quarter(quarterId);
  if (!period) throw new HttpError(422, 'validation');
  const today = todayIn(actor.timeZone);
  if (quarterId > quarterOf(today)) throw new HttpError(422, 'validation');
  const quarters = twelveMonthsTo(quarterId).map((id) => quarter(id)!);
  const [figures, bands] = await Promise.all([
    pool.query<FigureRow>({ text: FIGURES_SQL, values: [actor.orgId, quarters.map((q) => q.from).join(','), today, actor.timeZone, period.to], rowMode: 'array' }),
    pool.query<BandRow>({ text: BANDS_SQL, values: [actor.orgId, period.from, period.to], rowMode: 'array' }),
  ]);
  const setting = figures.rows[0]?.at(-1);
  const { minGroupSize } = resolveThresholds({ minGroupSize: setting === null || setting === undefined ? undefined : Number(setting) });
  const groups = new Map<string, { unitId: string | null; name: string | null; path: string[]; people: number; sums: (Sums | undefined)[] }>();
  for (const row of figures.rows) {
    const [ord, unitId, name, path, people] = row;
    const key = unitId ?? '';
    const group = groups.get(key) ?? { unitId, name, path: path ? [...path].reverse() : [], people: 0, sums: [undefined, undefined, undefined, undefined] };
    group.sums[ord - 1] = Object.fromEntries(COMPONENTS.map((c, i) => [c, Number(row[5 + i])])) as Sums;
    if (ord === 4) group.people = people;
    groups.set(key, group);
  }
  const nameOf = new Map([...groups.values()].map((g) => [g.unitId, g.name ?? '']));
  const names = (g: { path: string[] }) => g.path.map((id) => nameOf.get(id) ?? '');
  const current = [...groups.values()].filter((g) => g.sums[3] !== undefined);
  current.sort((a, b) => {
    const [x, y] = [names(a), names(b)];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]!.localeCompare(y[i]!);
    return x.length - y.length;
  });
  const units: RawUnitFigures[] = current.map((g) => {
    const quarterly = g.sums.map((sums) => (sums ? { sums, indicators: quarterIndicators(sums, 3, minGroupSize) } : undefined));
    return { unitId: g.unitId, name: g.name ?? 'The organisation', depth: g.path.length, people: g.people, quarter: quarterly[3]!.indicators, twelveMonths: twelveMonthIndicators(quarterly) ?? null };
  });

  // the bands: counts by unit of the check-in (and the units above it) and the organisation
  const pathOf = new Map([...groups.values()].map((g) => [g.unitId, g.path]));
  const byInstrument = new Map<string, { pack: InstrumentPack; counts: Map<string, Map<string | null, Record<string, number>>>; people: Map<string | null, number> }>();
  for (const [, unitId, instrumentId, version, answers] of bands.rows) {
    const pack = await packOf(pool, instrumentId, version);
    if (!pack) continue;
    const entry = byInstrument.get(instrumentId) ?? { pack, counts: new Map(), people: new Map() };
    byInstrument.set(instrumentId, entry);
    const outcomes = scoreCheckIn(pack, ZCheckInAnswers.parse(answers)).filter((o) => o.model === 'main');
    const within = [null, ...(unitId ? (pathOf.get(unitId) ?? []) : [])];
    for (const g of within) entry.people.set(g, (entry.people.get(g) ?? 0) + 1);
    for (const o of outcomes) {
      const scale = entry.counts.get(o.scaleId) ?? new Map<string | null, Record<string, number>>();
      entry.counts.set(o.scaleId, scale);
      for (const g of within) {
        const counts = scale.get(g) ?? {};
        const band = o.band?.id ?? 'none';
        counts[band] = (counts[band] ?? 0) + 1;
        scale.set(g, counts);
      }
    }
  }
  const checkInBands: RawBands[] = [...byInstrument.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([instrumentId, { counts, people }]) => ({
      instrumentId,
      scales: [...counts.entries()].map(([scaleId, byUnit]) => ({ scaleId, units: [...byUnit.entries()].map(([unitId, c]) => ({ unitId, people: people.get(unitId) ?? 0, counts: c })) })),
    }));
  return { quarter: quarterId, from: period.from, to: period.to, minGroupSize, units, checkInBands };
}

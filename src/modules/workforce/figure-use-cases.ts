import type { Actor } from '../../platform/access/policy.js';
import type { Db } from '../../platform/db/client.js';
import { invalid } from '../../platform/http/errors.js';
import { resolveThresholds } from '../../platform/privacy/index.js';
import { getOrganisation } from '../../platform/tenancy/org-store.js';
import { todayIn } from '../../platform/time/day.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { workforceFiguresPolicy } from './figure-policy.js';
import { type PeriodData, periodData, unitPaths } from './figure-store.js';
import { type BandUnit, bandMembers, type InstrumentBands } from './band-figures.js';
import { decideFamilies } from './gate-jobs.js';
import { figuresOf, type GroupFigures, type PopulationMember, workforceFamily } from './indicator-gate.js';
import { agreedPlansUpTo, type AgreedPlan } from '../development/plan-store.js';
import { coverageStandingsOnDays } from '../training/coverage-store.js';
import type { WorkerKind } from './schema.js';
import { contributionOf, type Indicators, inPopulation, monthsIn, type Period, quarter, quarterOf, twelveMonthIndicators, twelveMonthsTo } from './indicator-rules.js';

/**
 * The workforce figures of a quarter, and of the twelve months ending with it, for every unit the
 * gate lets show (docs/metrics.md). Each of the four quarters goes through the gate as its own data
 * family, under its release-log lock, with every figure shown for it before; what is shown now is
 * recorded. A twelve-month figure is made from its four quarters only where all four show theirs.
 */

export interface UnitFigures {
  unitId: string | null;
  name: string;
  depth: number;
  quarter: { shown: true; indicators: Indicators } | { shown: false; reason: 'small-group' | 'protects-another' };
  twelveMonths: Indicators | null;
}

export interface WorkforceFigures {
  quarter: string;
  from: string;
  to: string;
  minGroupSize: number;
  /** the figures are of this kind of worker only; null: everyone */
  workerKind: WorkerKind | null;
  units: UnitFigures[];
  /** contributors' check-in bands by instrument, for the quarter only */
  checkInBands: Array<Omit<InstrumentBands, 'scales'> & { scales: Array<Omit<InstrumentBands['scales'][number], 'units'> & { units: Array<BandUnit & { name: string; depth: number }> }> }>;
}

const QUARTER_FORMAT = 'must be a quarter such as 2026-Q3';

/**
 * `workerKind`: only the people on record as that kind of worker (employees, volunteers, …). The
 * groups of a kind are other sets of the same people, so they go through the same data family
 * as everyone's: a kind's figure set against everyone's shown before (or after) is a difference
 * the gate sees, and it hides whatever that difference would give away.
 */
export async function workforceFigures(db: Db, actor: Actor, quarterId: string, filter: { workerKind?: WorkerKind | undefined } = {}): Promise<WorkforceFigures> {
  authorize(workforceFiguresPolicy(actor, 'see', { orgId: actor.orgId }), 'Workforce figures');
  const period = quarter(quarterId);
  if (!period) throw invalid('quarter', QUARTER_FORMAT);
  if (quarterId > quarterOf(todayIn(actor.timeZone))) throw invalid('quarter', 'has not started yet');
  const org = await getOrganisation(db, actor.orgId);
  const { minGroupSize } = resolveThresholds({ minGroupSize: org.settings.minGroupSize });
  const { pathOf, nameOf } = await unitPaths(db, actor.orgId);
  const quarters = twelveMonthsTo(quarterId);
  const today = todayIn(actor.timeZone);
  // what the figures are made of, read side by side on connections of their own before the
  // transaction (each statement sees what was committed when it ran, as it would inside it): the
  // release-log locks are taken afterwards, and the gate decides on these populations as read
  const [planRows, standings, periods, contributed] = await Promise.all([
    agreedPlansUpTo(db, actor.orgId, period.to, actor.timeZone),
    // the training standings on the four quarters' last days, in one statement
    coverageStandingsOnDays(db, actor.orgId, quarters.map((id) => quarter(id)!.to), actor.timeZone),
    Promise.all(quarters.map((id) => periodData(db, actor.orgId, quarter(id)!))),
    bandMembers(db, actor.orgId, quarterId, period, pathOf),
  ]);
  if (filter.workerKind) {
    // a contributor counts under a kind when they are on record as that kind in the quarter
    const ofKind = new Set(periods.at(-1)!.employment.filter((e) => e.workerKind === filter.workerKind).map((e) => e.personId));
    contributed.keepOnly(ofKind);
  }
  const plans = byPerson(planRows);
  const populations = quarters.map((id, i) => {
    const q = quarter(id)!;
    const data = periods[i]!;
    const ofKind = filter.workerKind ? { ...data, employment: data.employment.filter((e) => e.workerKind === filter.workerKind) } : data;
    return populationOf(ofKind, { today }, q, standings.get(q.to) ?? [], pathOf, plans);
  });
  return db.transaction(async (tx) => {
    // families in one fixed order (the quarters oldest first, then instruments by id): two requests never wait on each other
    const decided = await decideFamilies(
      tx,
      actor.orgId,
      [
        ...quarters.map((id, i) => ({ family: workforceFamily(id), members: populations[i]!.map(({ personId, path }) => ({ personId, path: [...path] })), what: `Figures shown earlier for ${id}` })),
        ...contributed.jobs,
      ],
      minGroupSize,
    );
    const released = quarters.map((id, i) => figuresOf(decided[i]!, populations[i]!, monthsIn(quarter(id)!), minGroupSize));
    const bands = contributed.finish(decided.slice(quarters.length));
    const current = released[3]!;
    const shownAt = (groups: GroupFigures[], key: string) => {
      const g = groups.find((x) => x.key === key);
      return g?.shown ? { sums: g.sums, indicators: g.indicators } : undefined;
    };
    // the organisation, then each unit followed by the units inside it, by name
    const names = (g: GroupFigures) => g.path.map((id) => nameOf.get(id) ?? '');
    const treeOrder = (a: GroupFigures, b: GroupFigures) => {
      const [x, y] = [names(a), names(b)];
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]!.localeCompare(y[i]!);
      return x.length - y.length;
    };
    current.sort(treeOrder);
    const unitName = (unitId: string | null) => (unitId ? (nameOf.get(unitId) ?? 'A unit') : org.name);
    const depthOf = (unitId: string | null) => (unitId ? pathOf(unitId).length : 0);
    const rank = new Map(current.map((g, i) => [g.unitId, i]));
    return {
      quarter: quarterId,
      from: period.from,
      to: period.to,
      minGroupSize,
      workerKind: filter.workerKind ?? null,
      units: current.map((g) => ({
        unitId: g.unitId,
        name: g.unitId ? (nameOf.get(g.unitId) ?? 'A unit') : org.name,
        depth: g.path.length,
        quarter: g.shown ? { shown: true as const, indicators: g.indicators } : { shown: false as const, reason: g.reason },
        twelveMonths: twelveMonthIndicators(released.map((groups) => shownAt(groups, g.key))) ?? null,
      })),
      checkInBands: bands.map((instrument) => ({
        ...instrument,
        scales: instrument.scales.map((scale) => ({
          ...scale,
          units: scale.units
            .map((u) => ({ ...u, name: unitName(u.unitId), depth: depthOf(u.unitId) }))
            .sort((a, b) => (rank.get(a.unitId) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.unitId) ?? Number.MAX_SAFE_INTEGER)),
        })),
      })),
    };
  });
}

/** Everyone in a quarter's population, where they sit in the unit tree, and what they add to its figures. */
function populationOf(
  data: PeriodData,
  org: { today: string },
  period: Period,
  standings: ReadonlyArray<{ personId: string; placed: boolean; met: boolean }>,
  pathOf: (unitId: string | null) => string[],
  plansOf: ReadonlyMap<string, AgreedPlan[]>,
): PopulationMember[] {
  const standingOf = new Map(standings.map((s) => [s.personId, s]));
  const movesOf = byPerson(data.moves);
  const absencesOf = byPerson(data.absences);
  return data.employment
    .filter((e) => inPopulation(e, period))
    .map((e) => {
      const standing = standingOf.get(e.personId);
      const development = { placed: standing?.placed ?? false, met: standing?.met ?? false, plans: (plansOf.get(e.personId) ?? []).filter((p) => p.agreedOn <= period.to) };
      return { personId: e.personId, path: pathOf(e.unitId), contribution: contributionOf(e, movesOf.get(e.personId) ?? [], absencesOf.get(e.personId) ?? [], period, development, org.today) };
    });
}

function byPerson<T extends { personId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.personId, [...(map.get(row.personId) ?? []), row]);
  return map;
}

import type { Actor } from '../../platform/access/policy.js';
import type { Db, Tx } from '../../platform/db/client.js';
import { AppError, invalid } from '../../platform/http/errors.js';
import { resolveThresholds } from '../../platform/privacy/index.js';
import { earlierFigures, lockReleaseLog, recordFigures } from '../../platform/privacy/release-log-store.js';
import { getOrganisation } from '../../platform/tenancy/org-store.js';
import { todayIn } from '../../platform/time/day.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { workforceFiguresPolicy } from './figure-policy.js';
import { periodData, unitPaths } from './figure-store.js';
import { type BandUnit, bandFigures, type InstrumentBands } from './band-figures.js';
import { type GroupFigures, releaseQuarter, workforceFamily } from './indicator-gate.js';
import { contributionOf, type Indicators, inPopulation, monthsIn, quarter, quarterOf, twelveMonthIndicators, twelveMonthsTo } from './indicator-rules.js';

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
  units: UnitFigures[];
  /** contributors' check-in bands by instrument, for the quarter only */
  checkInBands: Array<Omit<InstrumentBands, 'scales'> & { scales: Array<Omit<InstrumentBands['scales'][number], 'units'> & { units: Array<BandUnit & { name: string; depth: number }> }> }>;
}

const QUARTER_FORMAT = 'must be a quarter such as 2026-Q3';

export async function workforceFigures(db: Db, actor: Actor, quarterId: string): Promise<WorkforceFigures> {
  authorize(workforceFiguresPolicy(actor, 'see', { orgId: actor.orgId }), 'Workforce figures');
  const period = quarter(quarterId);
  if (!period) throw invalid('quarter', QUARTER_FORMAT);
  if (quarterId > quarterOf(todayIn(actor.timeZone))) throw invalid('quarter', 'has not started yet');
  const org = await getOrganisation(db, actor.orgId);
  const { minGroupSize } = resolveThresholds({ minGroupSize: org.settings.minGroupSize });
  return db.transaction(async (tx) => {
    const { pathOf, nameOf } = await unitPaths(tx, actor.orgId);
    const quarters = twelveMonthsTo(quarterId);
    // one after another: a transaction is one connection
    const released: GroupFigures[][] = [];
    for (const id of quarters) released.push(await releaseOneQuarter(tx, actor.orgId, id, minGroupSize, pathOf));
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
    const bands = await bandFigures(tx, actor.orgId, quarterId, period, minGroupSize, pathOf);
    const unitName = (unitId: string | null) => (unitId ? (nameOf.get(unitId) ?? 'A unit') : org.name);
    const depthOf = (unitId: string | null) => (unitId ? pathOf(unitId).length : 0);
    const rank = new Map(current.map((g, i) => [g.unitId, i]));
    return {
      quarter: quarterId,
      from: period.from,
      to: period.to,
      minGroupSize,
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

async function releaseOneQuarter(tx: Tx, orgId: string, quarterId: string, minGroupSize: number, pathOf: (unitId: string | null) => string[]): Promise<GroupFigures[]> {
  const period = quarter(quarterId)!;
  const data = await periodData(tx, orgId, period);
  const movesOf = byPerson(data.moves);
  const absencesOf = byPerson(data.absences);
  const members = data.employment
    .filter((e) => inPopulation(e, period))
    .map((e) => ({ personId: e.personId, path: pathOf(e.unitId), contribution: contributionOf(e, movesOf.get(e.personId) ?? [], absencesOf.get(e.personId) ?? [], period) }));
  const family = workforceFamily(quarterId);
  await lockReleaseLog(tx, orgId, family);
  const release = releaseQuarter({ members, earlier: await earlierFigures(tx, orgId, family), minGroupSize, months: monthsIn(period) });
  if (!release.ok) {
    throw new AppError(422, 'privacy-refused', `Figures shown earlier for ${quarterId}, together with any figure now, could point at individuals, so none can be shown.`);
  }
  await recordFigures(tx, orgId, family, release.figures);
  return release.groups;
}

function byPerson<T extends { personId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.personId, [...(map.get(row.personId) ?? []), row]);
  return map;
}

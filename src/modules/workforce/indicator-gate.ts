import { criterionItem, type EarlierFigure, type GateGroup, releaseSystem } from '../../platform/privacy/release-system.js';
import { addInto, type Contribution, emptySums, type Indicators, quarterIndicators, type Sums } from './indicator-rules.js';

/**
 * A quarter's workforce figures through the cycle-wide gate (platform/privacy/release-system.ts).
 * The data family is the organisation's quarter (`workforce:2026-Q3`): every figure ever shown for
 * that quarter — by unit, after a restructure, for any filter — is one system of equations over
 * the people of its population, so no hidden group and no group of fewer than the minimum can be
 * worked out from everything shown together. Every member of a population gives every part of a
 * figure (a 0 is a value), so one pattern decides for all of them: the gate is asked once, with
 * one item standing for the whole row of a group's sums.
 */

export const workforceFamily = (quarterId: string) => `workforce:${quarterId}`;
/** The one item every workforce figure of a group is recorded under. */
export const FIGURES_ITEM = criterionItem('figures');

export interface PopulationMember {
  personId: string;
  /** unit ids from the top of the tree down to the person's unit ([] for nobody's unit) */
  path: readonly string[];
  contribution: Contribution;
}

export type GroupFigures = {
  key: string;
  unitId: string | null;
  path: string[];
  /** people in the group's population */
  people: number;
} & ({ shown: true; sums: Sums; indicators: Indicators } | { shown: false; reason: 'small-group' | 'protects-another' });

export type QuarterRelease =
  | { ok: true; groups: GroupFigures[]; figures: Array<EarlierFigure & { group: string }> }
  | { ok: false; problem: string };

/** The whole organisation first (key ''), then each unit on anyone's path, parents before children. */
export function populationGroups(members: readonly PopulationMember[]): Array<GateGroup & { unitId: string | null; path: string[] }> {
  const byKey = new Map<string, GateGroup & { unitId: string | null; path: string[]; members: string[] }>();
  for (const m of members) {
    for (let i = 0; i <= m.path.length; i++) {
      const prefix = m.path.slice(0, i);
      const key = prefix.join('/');
      const group = byKey.get(key) ?? { key, unitId: prefix.at(-1) ?? null, path: prefix, members: [] };
      group.members.push(m.personId);
      byKey.set(key, group);
    }
  }
  return [...byKey.values()].sort((a, b) => a.path.length - b.path.length || a.key.localeCompare(b.key));
}

/**
 * Decides which groups' figures of a quarter may be shown, given every earlier release of the
 * quarter, and makes the shown ones. `figures` is what to record in the release log (who each
 * shown group covered, and the groups hidden as too small); a refusal means that even showing
 * nothing would leave something computable from earlier releases alone.
 */
export function releaseQuarter(input: { members: readonly PopulationMember[]; earlier: readonly EarlierFigure[]; minGroupSize: number; months: number }): QuarterRelease {
  const { members, minGroupSize } = input;
  const groups = populationGroups(members);
  const decided = releaseSystem({
    records: members.map((m) => ({ id: m.personId, rated: new Set(['figures']) })),
    sections: [{ id: 'figures', criteria: ['figures'] }],
    groups,
    earlier: input.earlier.filter((e) => e.item === FIGURES_ITEM),
    minGroupSize,
  });
  if (!decided.ok) return decided;
  const cellOf = new Map(decided.cells.filter((c) => c.item === FIGURES_ITEM).map((c) => [c.group, c]));
  const contributionOf = new Map(members.map((m) => [m.personId, m.contribution]));
  const figures: Array<EarlierFigure & { group: string }> = [];
  const result: GroupFigures[] = groups.map((g) => {
    const cell = cellOf.get(g.key)!;
    const base = { key: g.key, unitId: g.unitId, path: g.path, people: g.members.length };
    if (!cell.released) {
      if (cell.reason === 'small-group' && g.members.length > 0) figures.push({ item: FIGURES_ITEM, group: g.key, members: g.members, shown: false });
      return { ...base, shown: false, reason: cell.reason ?? 'protects-another' };
    }
    figures.push({ item: FIGURES_ITEM, group: g.key, members: g.members, shown: true });
    const sums = g.members.reduce((total, id) => addInto(total, contributionOf.get(id)!), emptySums());
    return { ...base, shown: true, sums, indicators: quarterIndicators(sums, input.months, minGroupSize) };
  });
  return { ok: true, groups: result, figures };
}

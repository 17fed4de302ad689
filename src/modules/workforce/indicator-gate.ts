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
export function populationGroups(members: ReadonlyArray<{ personId: string; path: readonly string[] }>): Array<GateGroup & { unitId: string | null; path: string[] }> {
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

/** A group as the gate decided it, with who is in it. */
export type DecidedGroup = { key: string; unitId: string | null; path: string[]; members: readonly string[] } & ({ shown: true } | { shown: false; reason: 'small-group' | 'protects-another' });

export type GroupsRelease = { ok: true; groups: DecidedGroup[]; figures: Array<EarlierFigure & { group: string }> } | { ok: false; problem: string };

/**
 * Decides which unit groups of one data family may be shown, given every earlier release of the
 * family: `figures` is what to record in the release log (who each shown group covered, and the
 * groups hidden as too small). Every member gives every part of a group's figures, so one item
 * decides for all of them. A refusal means that even showing nothing would leave something
 * computable from earlier releases alone.
 */
export function releaseGroups(input: { members: ReadonlyArray<{ personId: string; path: readonly string[] }>; earlier: readonly EarlierFigure[]; minGroupSize: number }): GroupsRelease {
  const groups = populationGroups(input.members);
  // someone in an earlier figure who is no longer in the population (they stopped contributing,
  // or their dates were corrected) is still an unknown of that figure: without them, the earlier
  // figure would seem to be the sum of those who remain
  const earlierOnly = new Set(input.earlier.flatMap((e) => e.members));
  for (const m of input.members) earlierOnly.delete(m.personId);
  const decided = releaseSystem({
    records: [...input.members.map((m) => m.personId), ...earlierOnly].map((id) => ({ id, rated: new Set(['figures']) })),
    sections: [{ id: 'figures', criteria: ['figures'] }],
    groups,
    earlier: input.earlier.filter((e) => e.item === FIGURES_ITEM),
    minGroupSize: input.minGroupSize,
  });
  if (!decided.ok) return decided;
  const cellOf = new Map(decided.cells.filter((c) => c.item === FIGURES_ITEM).map((c) => [c.group, c]));
  const figures: Array<EarlierFigure & { group: string }> = [];
  const result: DecidedGroup[] = groups.map((g) => {
    const cell = cellOf.get(g.key)!;
    const base = { key: g.key, unitId: g.unitId, path: g.path, members: g.members };
    if (!cell.released) {
      if (cell.reason === 'small-group' && g.members.length > 0) figures.push({ item: FIGURES_ITEM, group: g.key, members: g.members, shown: false });
      return { ...base, shown: false, reason: cell.reason ?? 'protects-another' };
    }
    figures.push({ item: FIGURES_ITEM, group: g.key, members: g.members, shown: true });
    return { ...base, shown: true };
  });
  return { ok: true, groups: result, figures };
}

/** A quarter's workforce figures: the groups the gate lets show, each with its sums and figures. */
export function releaseQuarter(input: { members: readonly PopulationMember[]; earlier: readonly EarlierFigure[]; minGroupSize: number; months: number }): QuarterRelease {
  const release = releaseGroups(input);
  if (!release.ok) return release;
  return { ok: true, groups: figuresOf(release.groups, input.members, input.months, input.minGroupSize), figures: release.figures };
}

/** The decided groups' figures: each shown group's sums over its members, and the figures made of them. */
export function figuresOf(decided: readonly DecidedGroup[], members: readonly PopulationMember[], months: number, minGroupSize: number): GroupFigures[] {
  const contributionOf = new Map(members.map((m) => [m.personId, m.contribution]));
  return decided.map((g) => {
    const base = { key: g.key, unitId: g.unitId, path: g.path, people: g.members.length };
    if (!g.shown) return { ...base, shown: false, reason: g.reason };
    const sums = g.members.reduce((total, id) => addInto(total, contributionOf.get(id)!), emptySums());
    return { ...base, shown: true, sums, indicators: quarterIndicators(sums, months, minGroupSize) };
  });
}

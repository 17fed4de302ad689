import { describe, expect, it } from 'vitest';
import { contributionOf, quarter } from './indicator-rules.js';
import { FIGURES_ITEM, type GroupFigures, type PopulationMember, populationGroups, releaseQuarter } from './indicator-gate.js';

const q3 = quarter('2026-Q3')!;
let next = 0;
/** `n` people employed all quarter in the unit at `path`; the first of them left on 14 August when `leaver`. */
function team(path: string[], n: number, leaver = false): PopulationMember[] {
  return Array.from({ length: n }, (_, i) => {
    const personId = `p${next++}`;
    const left = leaver && i === 0;
    const employment = { personId, startDate: '2020-01-01', endDate: left ? '2026-08-14' : null };
    return { personId, path, contribution: contributionOf(employment, left ? [{ personId, kind: 'leave', on: '2026-08-14' }] : [], [], q3) };
  });
}
const byKey = (groups: GroupFigures[]) => new Map(groups.map((g) => [g.key, g]));

describe("a quarter's workforce figures through the gate", () => {
  it('groups the population by unit: the whole organisation, then every unit on the way down', () => {
    const members = [...team(['s1', 'a'], 2), ...team(['s2'], 1)];
    expect(populationGroups(members).map((g) => [g.key, g.members.length])).toEqual([
      ['', 3],
      ['s1', 2],
      ['s2', 1],
      ['s1/a', 2],
    ]);
  });

  it('hides a small team, and whatever would give its figures away', () => {
    const members = [...team(['s1', 'a'], 6, true), ...team(['s1', 'b'], 3, true), ...team(['s2', 'c'], 7)];
    const release = releaseQuarter({ members, earlier: [], minGroupSize: 5, months: 3 });
    if (!release.ok) throw new Error(release.problem);
    const groups = byKey(release.groups);
    expect(groups.get('s1/b')).toMatchObject({ shown: false, reason: 'small-group', people: 3 });
    // s1 minus a would be b: not both shown
    expect(groups.get('s1')!.shown && groups.get('s1/a')!.shown).toBe(false);
    expect(groups.get('')).toMatchObject({ shown: true, people: 16, indicators: { headcount: 14, leavers: 2 } });
    // what is recorded: who each shown group covered, and the small group hidden
    expect(release.figures.find((f) => f.group === 's1/b')).toMatchObject({ item: FIGURES_ITEM, shown: false });
    expect(release.figures.filter((f) => f.shown).map((f) => f.group)).toEqual(release.groups.filter((g) => g.shown).map((g) => g.key));
  });

  it('after one person moves, a team that now differs from its earlier figures by that person is not shown beside them', () => {
    const a = team(['s1', 'a'], 6);
    const c = team(['s2', 'c'], 7);
    const first = releaseQuarter({ members: [...a, ...c], earlier: [], minGroupSize: 5, months: 3 });
    if (!first.ok) throw new Error(first.problem);
    expect(byKey(first.groups).get('s1/a')!.shown).toBe(true);
    // the same quarter asked again after a restructure moved one person from a to c
    const moved = [...a.slice(1), ...c, { ...a[0]!, path: ['s2', 'c'] }];
    const second = releaseQuarter({ members: moved, earlier: first.figures, minGroupSize: 5, months: 3 });
    if (!second.ok) throw new Error(second.problem);
    // a's five now beside a's six before would be that one person's figures, and so would c's
    // eight beside c's seven: every unit is hidden to protect them; the whole organisation is the same 13
    expect(second.groups.map((g) => [g.key, g.shown, g.people])).toEqual([
      ['', true, 13],
      ['s1', false, 5],
      ['s2', false, 8],
      ['s1/a', false, 5],
      ['s2/c', false, 8],
    ]);
    expect(second.groups.filter((g) => !g.shown).every((g) => !g.shown && g.reason === 'protects-another')).toBe(true);
  });
});

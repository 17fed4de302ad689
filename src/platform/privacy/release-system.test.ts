import { describe, expect, it } from 'vitest';
import { attackCycle, type AttackFigure, type AttackRecord } from './cycle-attacker.js';
import { RowSpace } from './exact-rank.js';
import { criterionItem, type EarlierFigure, type GateCell, type GateGroup, releaseSystem, sectionItem } from './release-system.js';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const shown = (cells: GateCell[]) => cells.filter((c) => c.released).map((c) => `${c.item}@${c.group}`);

describe('exact rank', () => {
  it('sees that a − b is fixed by a + b and 2b, without floating point', () => {
    const space = new RowSpace();
    space.add(new Map([[0, 1n], [1, 1n]]));
    expect(space.determines(new Map([[0, 1n]]))).toBe(false);
    space.add(new Map([[1, 2n]]));
    expect(space.determines(new Map([[0, 1n], [1, -1n]]))).toBe(true);
    expect(space.rank).toBe(2);
  });

  it('leaves parallel remainders exactly for unknowns fixed by each other: a + b known, a gives b', () => {
    const space = new RowSpace();
    space.add(new Map([[0, 1n], [1, 1n]]));
    space.add(new Map([[2, 1n], [3, 2n]]));
    const rest = (col: number) => [...space.remainder(new Map([[col, 1n]]))];
    // b = (a + b) − a: b's remainder is a multiple of a's
    const [a, b] = [rest(0), rest(1)];
    expect(a).toHaveLength(1);
    expect(b.map(([k]) => k)).toEqual(a.map(([k]) => k));
    // c is not fixed by a: its remainder lies elsewhere
    expect(rest(2).map(([k]) => k)).not.toEqual(a.map(([k]) => k));
    expect(space.remainder(new Map([[0, 1n], [1, 1n]])).size).toBe(0);
  });
});

describe('finding 2: a restructure does not give a hidden team away', () => {
  // Teams A (5), B (5), C (1) under one service P; one criterion q in section s.
  const A = ids('a', 5);
  const B = ids('b', 5);
  const C = ['c0'];
  const records = [...A, ...B, ...C].map((id) => ({ id, rated: new Set(['q']) }));
  const sections = [{ id: 's', criteria: ['q'] }];
  const first: GateGroup[] = [
    { key: 'P', members: [...A, ...B, ...C] },
    { key: 'P/A', members: A },
    { key: 'P/B', members: B },
    { key: 'P/C', members: C },
  ];

  it('the first release shows the service and B, hides C (small) and A (to protect C)', () => {
    const r = releaseSystem({ records, sections, groups: first, earlier: [], minGroupSize: 5 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(shown(r.cells.filter((c) => c.item === 'criterion:q'))).toEqual(['criterion:q@P', 'criterion:q@P/B']);
    expect(r.cells.find((c) => c.item === 'criterion:q' && c.group === 'P/C')).toMatchObject({ released: false, reason: 'small-group' });
  });

  it('after B moves out of the service, the second release does not show A: C = 11·P − 5·A − 5·B stays unknown', () => {
    const r1 = releaseSystem({ records, sections, groups: first, earlier: [], minGroupSize: 5 });
    if (!r1.ok) throw new Error('first release refused');
    const membersOf = new Map(first.map((g) => [g.key, g.members]));
    const earlier: EarlierFigure[] = r1.cells.filter((c) => c.released).map((c) => ({ item: c.item, members: membersOf.get(c.group)! }));
    // the tree as recomputed after the move: the service holds A and C, B is its own
    const second: GateGroup[] = [
      { key: 'all', members: [...A, ...B, ...C] },
      { key: 'P', members: [...A, ...C] },
      { key: 'P/A', members: A },
      { key: 'P/C', members: C },
      { key: 'B', members: B },
    ];
    const r2 = releaseSystem({ records, sections, groups: second, earlier, minGroupSize: 5 });
    expect(r2.ok).toBe(true);
    if (!r2.ok) return;
    expect(shown(r2.cells)).not.toContain('criterion:q@P/A');
    const members2 = new Map(second.map((g) => [g.key, g.members]));
    const answers = Object.fromEntries(records.map((r, i) => [r.id, { q: 1 + (i % 5) }]));
    const attack: AttackRecord[] = records.map((r) => ({ id: r.id, answers: answers[r.id]! }));
    const releases: AttackFigure[][] = [
      r1.cells.map((c) => ({ item: c.item, members: membersOf.get(c.group)!, released: c.released })),
      r2.cells.map((c) => ({ item: c.item, members: members2.get(c.group)!, released: c.released })),
    ];
    expect(attackCycle({ records: attack, sections, releases, minGroupSize: 5 })).toEqual([]);
    // the attack works when A is shown as the naive tree gate did: the attacker finds C
    const naive = releases.map((rel) => rel.map((f) => (f.members === A ? { ...f, released: true } : f)));
    expect(attackCycle({ records: attack, sections, releases: naive, minGroupSize: 5 })).toContainEqual({ kind: 'rating', record: 'c0', criterion: 'q' });
  });
});

describe('finding 3: section against criterion figures', () => {
  it('a pooled section figure cannot be subtracted to read a skipped answer', () => {
    // 6 people answer c1 and c2; one of them skipped c2. Criterion figures and the section are shown.
    const people = ids('p', 6);
    const records = people.map((id, i) => ({ id, rated: new Set(i === 0 ? ['c1'] : ['c1', 'c2']) }));
    const sections = [{ id: 's', criteria: ['c1', 'c2'] }];
    const r = releaseSystem({ records, sections, groups: [{ key: 'svc', members: people }], earlier: [], minGroupSize: 5 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // all three figures can be shown: pooled, the section is c1's sum plus c2's sum — nothing new
    expect(shown(r.cells).sort()).toEqual([criterionItem('c1'), criterionItem('c2'), sectionItem('s')].map((i) => `${i}@svc`).sort());
    const attack: AttackRecord[] = records.map((rec, i) => ({ id: rec.id, answers: i === 0 ? ({ c1: 2 } as Record<string, number>) : { c1: 3 + (i % 2), c2: 4 } }));
    const figures = r.cells.map((c) => ({ item: c.item, members: people, released: c.released }));
    expect(attackCycle({ records: attack, sections, releases: [figures], minGroupSize: 5 })).toEqual([]);
  });
});

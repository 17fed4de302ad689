import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation } from './cell-tree.js';
import { derivableHiddenGroups } from './linear-attacker.js';
import { type ReleasedCell, releaseTree } from './release-tree.js';

const people = (prefix: string, count: number, path: string[], value = 1): Observation[] =>
  Array.from({ length: count }, (_, i) => ({ personId: `${prefix}${i}`, groupPath: path, value }));

function byPath(cell: ReleasedCell, out = new Map<string, ReleasedCell>()) {
  out.set(cell.path.join('/'), cell);
  for (const c of cell.children) byPath(c, out);
  return out;
}

describe('releaseTree, worked examples', () => {
  it('hides a team of 4, hides its smallest sibling too, and still releases the service total', () => {
    const observations = [...people('a', 7, ['svc', 'a']), ...people('b', 4, ['svc', 'b']), ...people('c', 6, ['svc', 'c'])];
    const cells = byPath(releaseTree(observations, 5, 'count'));
    expect(cells.get('svc/b')).toMatchObject({ status: 'suppressed', reason: 'small-group' });
    // without a second hidden team, svc − a − c would give b's figure away
    expect(cells.get('svc/c')).toMatchObject({ status: 'suppressed', reason: 'protects-another' });
    expect(cells.get('svc/a')).toMatchObject({ status: 'released', n: 7, value: 7 });
    expect(cells.get('svc')).toMatchObject({ status: 'released', n: 17 });
  });

  it('with two teams and one small, hides the other team and keeps the service total', () => {
    // svc = big + small: hiding "big" as well would leave svc − 0 = big + small, a group of 9,
    // which is allowed; so big is hidden and the service total stays.
    const observations = [...people('x', 6, ['svc', 'big']), ...people('y', 3, ['svc', 'small'])];
    const cells = byPath(releaseTree(observations, 5, 'sum'));
    expect(cells.get('svc/small')!.status).toBe('suppressed');
    expect(cells.get('svc/big')!.status).toBe('suppressed');
    expect(cells.get('svc')!.status).toBe('released');
  });

  it('treats people recorded on a service itself as a hidden group', () => {
    // 2 people sit on the service directly: svc − a − b would give their figure away
    const observations = [...people('m', 2, ['svc']), ...people('a', 6, ['svc', 'a']), ...people('b', 7, ['svc', 'b'])];
    const cells = byPath(releaseTree(observations, 5, 'sum'));
    const shown = ['svc', 'svc/a', 'svc/b'].filter((p) => cells.get(p)!.status === 'released');
    expect(shown.length).toBeLessThan(3);
  });

  it('counts people, not answers', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ personId: `p${i % 4}`, groupPath: ['t'], value: 3 }));
    const cells = byPath(releaseTree(many, 5, 'mean'));
    expect(cells.get('t')!.status).toBe('suppressed');
  });

  it('uses the organisation minimum: 3 releases a team of 3', () => {
    const observations = [...people('a', 3, ['s', 'a']), ...people('b', 3, ['s', 'b'])];
    expect(byPath(releaseTree(observations, 3, 'count')).get('s/a')!.status).toBe('released');
    expect(byPath(releaseTree(observations, 5, 'count')).get('s/a')!.status).toBe('suppressed');
  });

  it('reports the mean of each person once', () => {
    const observations = [
      { personId: 'p1', groupPath: ['t'], value: 2 },
      { personId: 'p1', groupPath: ['t'], value: 4 },
      ...people('q', 4, ['t'], 6),
    ];
    const cell = byPath(releaseTree(observations, 5, 'mean')).get('t')!;
    expect(cell).toMatchObject({ status: 'released', n: 5 });
    if (cell.status === 'released') expect(cell.value).toBeCloseTo((3 + 6 * 4) / 5);
  });
});

const arbTree = fc.letrec((tie) => ({
  node: fc.record({
    direct: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }) }),
    children: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant([]), fc.array(tie('node'), { minLength: 1, maxLength: 4 })),
  }),
})).node as fc.Arbitrary<{ direct: number; children: unknown[] }>;

type Shape = { direct: number; children: Shape[] };

function observationsOf(shape: Shape, leafSizes: number[]): Observation[] {
  const out: Observation[] = [];
  let leaf = 0;
  let person = 0;
  const visit = (node: Shape, path: string[]) => {
    const count = node.children.length === 0 ? (leafSizes[leaf++ % leafSizes.length] ?? 0) : node.direct;
    for (let i = 0; i < count; i++) out.push({ personId: `p${person++}`, groupPath: path, value: (person * 7) % 11 });
    for (const [i, c] of node.children.entries()) visit(c, [...path, `u${i}`]);
  };
  visit(shape, ['root']);
  return out;
}

describe('releaseTree, properties over random unit trees', () => {
  it('releases no group under the minimum, and no hidden figure can be computed from what is released', () => {
    fc.assert(
      fc.property(arbTree, fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 12 }), fc.constantFrom(3, 5), (shape, leafSizes, min) => {
        const observations = observationsOf(shape as Shape, leafSizes);
        if (observations.length === 0) return;
        const result = releaseTree(observations, min, 'sum');
        const cells = [...byPath(result).values()];
        for (const cell of cells) if (cell.status === 'released') expect(cell.n).toBeGreaterThanOrEqual(min);

        // exact linear algebra over every group equation, all released figures known
        expect(derivableHiddenGroups(observations, result, min)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});


import { buildCellTree, type Observation, pathId } from './cell-tree.js';
import { cellSystem } from './disclosure-check.js';
import type { ReleasedCell } from './release-tree.js';

/**
 * The attacker the gate is tested against (tests only; the gate itself uses the cheaper
 * one-unknown-at-a-time reasoning of disclosure-check.ts): exact linear algebra over every
 * group equation of the tree, with every released figure known. Any module that releases
 * through the gate can check its output with it.
 */

/** Is unknown number `target` fixed by the equations `rows` (over `size` unknowns)? Rank test. */
export function determined(rows: number[][], target: number, size: number): boolean {
  const rank = (matrix: number[][]) => {
    const m = matrix.map((r) => [...r]);
    let r = 0;
    for (let col = 0; col < size && r < m.length; col++) {
      let pivot = r;
      for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![col]!) > Math.abs(m[pivot]![col]!)) pivot = i;
      if (Math.abs(m[pivot]![col]!) < 1e-9) continue;
      [m[r], m[pivot]] = [m[pivot]!, m[r]!];
      for (let i = 0; i < m.length; i++) {
        if (i === r) continue;
        const f = m[i]![col]! / m[r]![col]!;
        if (f !== 0) for (let j = col; j < size; j++) m[i]![j]! -= f * m[r]![j]!;
      }
      r++;
    }
    return r;
  };
  const unit = Array.from({ length: size }, (_, j) => (j === target ? 1 : 0));
  return rank(rows) === rank([...rows, unit]);
}

/** The paths of the released cells of a tree. */
export function releasedPaths(cell: ReleasedCell, out: string[][] = []): string[][] {
  if (cell.status === 'released') out.push(cell.path);
  for (const c of cell.children) releasedPaths(c, out);
  return out;
}

/**
 * The hidden groups whose figure (sum, hence mean with n) can be computed exactly from the
 * released ones (a tree, or the paths of the groups shown), by the group equations of the tree
 * of `observations`. Empty when the release is
 * safe. People recorded on a node with children form a hidden group too; one of at least
 * `minGroupSize` people may be implied without harm.
 */
export function derivableHiddenGroups(
  observations: readonly Observation[],
  released: ReleasedCell | ReadonlyArray<readonly string[]>,
  minGroupSize: number,
): Array<{ id: string; n: number }> {
  const system = cellSystem(buildCellTree(observations));
  const shown = new Set(('status' in released ? releasedPaths(released) : released).map(pathId));
  const unknown = [...system.vars.keys()].filter((id) => !shown.has(id));
  const column = new Map(unknown.map((id, i) => [id, i]));
  const rows = system.equations.map((eq) => {
    const row = new Array<number>(unknown.length).fill(0);
    if (column.has(eq.parent)) row[column.get(eq.parent)!]! += 1;
    for (const m of eq.members) if (column.has(m)) row[column.get(m)!]! -= 1;
    return row;
  });
  const out: Array<{ id: string; n: number }> = [];
  for (const id of unknown) {
    const v = system.vars.get(id)!;
    if (v.direct && v.n >= minGroupSize) continue;
    if (determined(rows, column.get(id)!, unknown.length)) out.push({ id, n: v.n });
  }
  return out;
}

import { buildCellTree, type Observation, pathId } from './cell-tree.js';
import { cellSystem } from './disclosure-check.js';
import { rowSpaceOf } from './exact-rank.js';
import type { ReleasedCell } from './release-tree.js';

/**
 * The attacker the gate is tested against (tests only; the tree gate uses the cheaper
 * one-unknown-at-a-time reasoning of disclosure-check.ts): exact linear algebra (BigInt, no
 * floating point) over every group equation of the tree, with every released figure known.
 * Any module that releases through the gate can check its output with it. For a survey cycle
 * across releases and figure kinds, see cycle-attacker.ts.
 */

/** Is unknown number `target` fixed by the equations `rows` (over `size` unknowns)? Exact rank test. */
export function determined(rows: number[][], target: number, _size?: number): boolean {
  const toRow = (r: number[]) => new Map(r.flatMap((v, j) => (v === 0 ? [] : [[j, BigInt(v)] as [number, bigint]])));
  return rowSpaceOf(rows.map(toRow)).determines(new Map([[target, 1n]]));
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

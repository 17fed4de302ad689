import { buildCellTree, type CellNode, type Observation, pathId } from './cell-tree.js';
import { type CellSystem, type Derivation, cellSystem, derive, type Equation, findViolation } from './disclosure-check.js';

export type Statistic = 'count' | 'sum' | 'mean';

/** A figure as it may leave the gate: a released cell says its size and value, a hidden one only why. */
export type ReleasedCell =
  | { key: string; path: string[]; status: 'released'; n: number; value: number; children: ReleasedCell[] }
  | { key: string; path: string[]; status: 'suppressed'; reason: 'small-group' | 'protects-another'; children: ReleasedCell[] };

/**
 * Releases a tree of aggregates under disclosure control:
 * 1. primary suppression: a group of fewer than `minGroupSize` distinct people is hidden;
 * 2. complementary suppression: while the released figures still let anyone work out a
 *    hidden group's figure, or a sum over fewer than the minimum number of people (from a
 *    parent minus its released children, down the tree), the smallest further group that
 *    breaks the equation is hidden too.
 * Derivability depends only on which cells are released, never on the values, so the same
 * pattern protects counts, sums and means (a mean with its n gives the sum).
 * Returns the root cell; the caller presents only released cells' n and value.
 */
export function releaseTree(observations: readonly Observation[], minGroupSize: number, statistic: Statistic, rootKey = 'all'): ReleasedCell {
  const root = buildCellTree(observations, rootKey);
  const system = cellSystem(root);
  const suppressedBy = new Map<string, 'small-group' | 'protects-another'>();
  const released = new Set<string>();
  for (const v of system.vars.values()) {
    if (v.direct) continue;
    if (v.n < minGroupSize) suppressedBy.set(v.id, 'small-group');
    else released.add(v.id);
  }
  for (let guard = system.vars.size + 1; guard > 0; guard--) {
    const found = findViolation(system, released, minGroupSize);
    if (!found) break;
    const next = cellToHide(system, released, found.derivation, found.violation);
    if (!next) {
      // nothing sensible left to hide: hide everything rather than risk a disclosure
      for (const id of released) suppressedBy.set(id, 'protects-another');
      released.clear();
      break;
    }
    released.delete(next);
    suppressedBy.set(next, 'protects-another');
  }
  // A cell hidden to protect another but still computable from the rest tells nothing new:
  // show it, so no hidden figure can be worked out from what is shown.
  const { known } = derive(system, released);
  for (const [id, reason] of suppressedBy) {
    if (reason === 'protects-another' && known.has(id)) {
      released.add(id);
      suppressedBy.delete(id);
    }
  }
  return present(root, released, suppressedBy, statistic);
}

function smallestReleased(system: CellSystem, released: ReadonlySet<string>, ids: readonly string[]): string | undefined {
  return ids
    .filter((id) => released.has(id))
    .sort((a, b) => system.vars.get(a)!.n - system.vars.get(b)!.n || a.localeCompare(b))[0];
}

/** Which released cell to hide so that `target` can no longer be worked out. */
function undoDerivation(system: CellSystem, released: ReadonlySet<string>, derivation: Derivation, target: string, depth = 0): string | undefined {
  if (released.has(target)) return target;
  const eq: Equation | undefined = derivation.derivedBy.get(target);
  if (!eq || depth > system.vars.size) return undefined;
  const others = [eq.parent, ...eq.members].filter((id) => id !== target);
  const direct = smallestReleased(system, released, others);
  if (direct) return direct;
  for (const id of others) {
    const found = undoDerivation(system, released, derivation, id, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function cellToHide(
  system: CellSystem,
  released: ReadonlySet<string>,
  derivation: Derivation,
  violation: NonNullable<ReturnType<typeof findViolation>>['violation'],
): string | undefined {
  if (violation.kind === 'small-cell-derivable') return undoDerivation(system, released, derivation, violation.id);
  const { equation, hidden } = violation;
  // prefer hiding a sibling, which keeps the parent's total; else the parent itself
  const sibling = smallestReleased(
    system,
    released,
    equation.members.filter((m) => !hidden.includes(m)),
  );
  if (sibling) return sibling;
  const knownSiblings = equation.members.filter((m) => derivation.known.has(m) && !released.has(m));
  for (const id of knownSiblings) {
    const found = undoDerivation(system, released, derivation, id);
    if (found) return found;
  }
  return undoDerivation(system, released, derivation, equation.parent);
}

function present(node: CellNode, released: ReadonlySet<string>, suppressedBy: Map<string, 'small-group' | 'protects-another'>, statistic: Statistic): ReleasedCell {
  const id = pathId(node.path);
  const children = node.children.map((c) => present(c, released, suppressedBy, statistic));
  if (released.has(id)) {
    const value = statistic === 'count' ? node.n : statistic === 'sum' ? node.sum : node.sum / node.n;
    return { key: node.key, path: node.path, status: 'released', n: node.n, value, children };
  }
  return { key: node.key, path: node.path, status: 'suppressed', reason: suppressedBy.get(id) ?? 'protects-another', children };
}

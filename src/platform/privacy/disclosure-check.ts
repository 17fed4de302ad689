import { type CellNode, allNodes, pathId } from './cell-tree.js';

/**
 * The attacker's view of a tree of released figures. Every group total equals the sum of its
 * child groups plus the people recorded directly on it; these equations are all an attacker
 * has. A figure is disclosed when the equations pin it down, and a group is disclosed when a
 * sum over fewer than the minimum number of people can be worked out.
 */
export interface CellVar {
  id: string;
  n: number;
  /** the people recorded on a node with children: never released, always hidden */
  direct: boolean;
}

export interface Equation {
  parent: string;
  members: string[];
}

export interface CellSystem {
  vars: Map<string, CellVar>;
  equations: Equation[];
  /** equations a var takes part in (at most two: as parent, as member) */
  equationsOf: Map<string, Equation[]>;
}

export const directId = (nodeId: string) => `${nodeId}#direct`;

/** The variables and equations of a cell tree. */
export function cellSystem(root: CellNode): CellSystem {
  const vars = new Map<string, CellVar>();
  const equations: Equation[] = [];
  for (const node of allNodes(root)) {
    const id = pathId(node.path);
    vars.set(id, { id, n: node.n, direct: false });
    if (node.children.length === 0) continue;
    const members = node.children.map((c) => pathId(c.path));
    if (node.directN > 0) {
      vars.set(directId(id), { id: directId(id), n: node.directN, direct: true });
      members.push(directId(id));
    }
    equations.push({ parent: id, members });
  }
  const equationsOf = new Map<string, Equation[]>();
  for (const eq of equations) {
    for (const v of [eq.parent, ...eq.members]) equationsOf.set(v, [...(equationsOf.get(v) ?? []), eq]);
  }
  return { vars, equations, equationsOf };
}

export interface Derivation {
  known: Set<string>;
  /** for each var worked out rather than released, the equation that gave it away */
  derivedBy: Map<string, Equation>;
}

/** Everything an attacker can work out from the released vars, one unknown at a time. */
export function derive(system: CellSystem, released: ReadonlySet<string>): Derivation {
  const known = new Set(released);
  const derivedBy = new Map<string, Equation>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const eq of system.equations) {
      const unknown = [eq.parent, ...eq.members].filter((v) => !known.has(v));
      if (unknown.length === 1) {
        known.add(unknown[0]!);
        derivedBy.set(unknown[0]!, eq);
        progress = true;
      }
    }
  }
  return { known, derivedBy };
}

/** The unknown vars an unknown var breaks down into, all the way down its own equations. */
function frontier(system: CellSystem, known: ReadonlySet<string>, id: string): string[] {
  const own = system.equationsOf.get(id)?.find((eq) => eq.parent === id);
  if (!own) return [id];
  return own.members.filter((m) => !known.has(m)).flatMap((m) => frontier(system, known, m));
}

export type Violation =
  | { kind: 'small-cell-derivable'; id: string }
  | { kind: 'small-sum-derivable'; equation: Equation; hidden: string[] };

/** The first disclosure the released set allows, or null when it is safe. */
export function findViolation(system: CellSystem, released: ReadonlySet<string>, minGroupSize: number): { violation: Violation; derivation: Derivation } | null {
  const derivation = derive(system, released);
  const { known } = derivation;
  for (const id of known) {
    const v = system.vars.get(id)!;
    if (v.n > 0 && v.n < minGroupSize) return { violation: { kind: 'small-cell-derivable', id }, derivation };
  }
  for (const eq of system.equations) {
    if (!known.has(eq.parent)) continue;
    const hidden = eq.members.filter((m) => !known.has(m)).flatMap((m) => frontier(system, known, m));
    const people = hidden.reduce((total, id) => total + system.vars.get(id)!.n, 0);
    if (people > 0 && people < minGroupSize) return { violation: { kind: 'small-sum-derivable', equation: eq, hidden }, derivation };
  }
  return null;
}

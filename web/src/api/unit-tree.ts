import type { Unit } from './units';

export interface UnitNode extends Unit {
  children: UnitNode[];
  depth: number;
}

/** Units as a tree, each level by name; a unit whose parent is missing is shown at the top. */
export function buildUnitTree(units: Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>(units.map((u) => [u.id, { ...u, children: [], depth: 0 }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sortAndDepth = (list: UnitNode[], depth: number) => {
    list.sort((a, b) => a.name.localeCompare(b.name));
    for (const n of list) {
      n.depth = depth;
      sortAndDepth(n.children, depth + 1);
    }
  };
  sortAndDepth(roots, 0);
  return roots;
}

/** Every unit in tree order with its full path ("Adult Community Health › District Nursing"), for select lists. */
export function unitOptions(units: Unit[], exclude?: (node: UnitNode) => boolean): { id: string; label: string }[] {
  const out: { id: string; label: string }[] = [];
  const walk = (list: UnitNode[], path: string[]) => {
    for (const node of list) {
      if (exclude?.(node)) continue;
      const here = [...path, node.name];
      out.push({ id: node.id, label: here.join(' › ') });
      walk(node.children, here);
    }
  };
  walk(buildUnitTree(units), []);
  return out;
}

/** The ids of a unit and everything under it: a unit cannot move under itself or its own sub-units. */
export function selfAndDescendants(units: Unit[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
    }
  }
  return out;
}

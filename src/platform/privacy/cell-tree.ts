/** One person's value in one group. A person may give several values; they count once. */
export interface Observation {
  personId: string;
  /** The group's path from the root, e.g. ['org', 'adult-services', 'district-nursing']. */
  groupPath: readonly string[];
  value: number;
}

/**
 * A node of the group tree with its people. `direct` holds the people recorded at this node
 * itself rather than in one of its child groups: their total is the node minus its children,
 * so it behaves like a hidden child and is protected like one.
 */
export interface CellNode {
  key: string;
  path: string[];
  children: CellNode[];
  /** distinct people in the whole subtree */
  n: number;
  /** sum over those people of each person's mean value */
  sum: number;
  directN: number;
  directSum: number;
}

/**
 * Builds the group tree from observations. Each person contributes one value to a cell — the
 * mean of their values there — so someone who answered twice does not weigh double. A person
 * seen at two paths is kept at the first one (a person sits in one unit per query).
 */
export function buildCellTree(observations: readonly Observation[], rootKey = 'all'): CellNode {
  const perPerson = new Map<string, { path: readonly string[]; total: number; count: number }>();
  for (const o of observations) {
    const entry = perPerson.get(o.personId);
    if (!entry) perPerson.set(o.personId, { path: o.groupPath, total: o.value, count: 1 });
    else if (samePath(entry.path, o.groupPath)) {
      entry.total += o.value;
      entry.count += 1;
    }
  }
  const root: CellNode = { key: rootKey, path: [], children: [], n: 0, sum: 0, directN: 0, directSum: 0 };
  for (const { path, total, count } of perPerson.values()) {
    const value = total / count;
    let node = root;
    node.n += 1;
    node.sum += value;
    for (const key of path) {
      let child = node.children.find((c) => c.key === key);
      if (!child) {
        child = { key, path: [...node.path, key], children: [], n: 0, sum: 0, directN: 0, directSum: 0 };
        node.children.push(child);
      }
      node = child;
      node.n += 1;
      node.sum += value;
    }
    node.directN += 1;
    node.directSum += value;
  }
  return root;
}

function samePath(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/** Every node of the tree, parents before children. */
export function allNodes(root: CellNode): CellNode[] {
  const out: CellNode[] = [];
  const visit = (node: CellNode) => {
    out.push(node);
    node.children.forEach(visit);
  };
  visit(root);
  return out;
}

export const pathId = (path: readonly string[]) => path.join('\u001f');

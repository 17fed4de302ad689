import { describe, expect, it } from 'vitest';
import { relativeImportsOf, sourceFiles } from '../test-support/source-imports.js';

/** The module a root-relative path belongs to (`src/modules/<name>/…`), or null. */
const moduleOf = (path: string) => /^src\/modules\/([^/]+)\//.exec(path)?.[1] ?? null;

/**
 * Which module imports which, with one file that shows each edge (for the failure message).
 * Tests are left out: a test may borrow another module's fixtures without the code depending on it.
 */
function moduleGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles('src/modules')) {
    const from = moduleOf(file);
    if (!from) continue;
    for (const target of relativeImportsOf(file)) {
      const to = moduleOf(target);
      if (!to || to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, file);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each written `a -> b -> a (through file, file)`. */
function cyclesOf(graph: Map<string, Map<string, string>>): string[] {
  const cycles: string[] = [];
  const done = new Set<string>();
  const walk = (node: string, path: string[]) => {
    const at = path.indexOf(node);
    if (at >= 0) {
      const loop = [...path.slice(at), node];
      const files = loop.slice(0, -1).map((m, i) => graph.get(m)!.get(loop[i + 1]!)!);
      cycles.push(`${loop.join(' -> ')} (through ${files.join(', ')})`);
      return;
    }
    if (done.has(node)) return;
    for (const next of graph.get(node)?.keys() ?? []) walk(next, [...path, node]);
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) walk(node, []);
  return cycles;
}

describe('modules', () => {
  // A cycle means two modules can only be understood, tested and changed together: one room
  // with a wall through it. Dependencies between modules must point one way.
  it('import each other without a cycle', () => {
    expect(cyclesOf(moduleGraph())).toEqual([]);
  });

  it('a cycle is found and named', () => {
    const graph = new Map([
      ['people', new Map([['framework', 'src/modules/people/a.ts']])],
      ['framework', new Map([['people', 'src/modules/framework/b.ts']])],
    ]);
    expect(cyclesOf(graph)).toEqual(['framework -> people -> framework (through src/modules/framework/b.ts, src/modules/people/a.ts)']);
  });
});

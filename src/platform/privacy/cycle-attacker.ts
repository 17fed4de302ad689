import { type Row, rowSpaceOf } from './exact-rank.js';
import type { GateSection } from './release-system.js';

/**
 * The attacker a survey cycle's releases are tested against (tests only): it knows every figure
 * of every release of the cycle — each criterion's and section's pooled sum and count at every
 * group shown — and solves them together, exactly (BigInt elimination), with ONE UNKNOWN PER
 * RESPONSE AND CRITERION. It does not share the gate's atoms, so it checks them as well.
 *
 * It reports any single response's rating it can compute, and any figure that some release hid
 * (and none showed) that it can compute when the figure covers fewer than `minGroupSize`
 * people — or any hidden figure at all, when `strict`.
 */
export interface AttackRecord {
  id: string;
  answers: Readonly<Record<string, number>>;
}

export interface AttackFigure {
  item: string;
  members: readonly string[];
  released: boolean;
}

export type Disclosure = { kind: 'rating'; record: string; criterion: string } | { kind: 'hidden-figure'; item: string; people: number };

export function attackCycle(input: {
  records: readonly AttackRecord[];
  sections: readonly GateSection[];
  releases: ReadonlyArray<readonly AttackFigure[]>;
  minGroupSize: number;
  strict?: boolean;
}): Disclosure[] {
  const { records, sections, releases, minGroupSize } = input;
  const byId = new Map(records.map((r) => [r.id, r]));
  const column = new Map<string, number>();
  for (const r of records) for (const c of Object.keys(r.answers)) column.set(`${r.id}:${c}`, column.size);
  const criteriaOf = (item: string): string[] => {
    const [kind, id] = [item.slice(0, item.indexOf(':')), item.slice(item.indexOf(':') + 1)];
    if (kind === 'criterion') return [id];
    return sections.find((s) => s.id === id)?.criteria.slice() ?? [];
  };
  const rowOf = (f: { item: string; members: readonly string[] }): Row => {
    const row = new Map<number, bigint>();
    for (const id of f.members) for (const c of criteriaOf(f.item)) {
      const col = column.get(`${id}:${c}`);
      if (col !== undefined) row.set(col, 1n);
    }
    return row;
  };
  const peopleOf = (f: { item: string; members: readonly string[] }) =>
    f.members.filter((id) => criteriaOf(f.item).some((c) => byId.get(id)?.answers[c] !== undefined)).length;
  const all = releases.flat();
  const space = rowSpaceOf(all.filter((f) => f.released).map(rowOf));
  const shown = new Set(all.filter((f) => f.released).map((f) => `${f.item}|${[...f.members].sort().join(',')}`));
  const out: Disclosure[] = [];
  for (const [key, col] of column) {
    if (space.determines(new Map([[col, 1n]]))) {
      const [record, criterion] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      if (minGroupSize > 1) out.push({ kind: 'rating', record, criterion });
    }
  }
  for (const f of all) {
    if (f.released || shown.has(`${f.item}|${[...f.members].sort().join(',')}`)) continue;
    const row = rowOf(f);
    const people = peopleOf(f);
    if (row.size === 0 || !(input.strict || people < minGroupSize)) continue;
    if (space.determines(row)) out.push({ kind: 'hidden-figure', item: f.item, people });
  }
  return out;
}

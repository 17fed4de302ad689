import { type Row, type RowSpace, rowSpaceOf, TrackedRowSpace } from './exact-rank.js';

/**
 * The cycle-wide gate: every figure released for one data family (a survey cycle) — now and in
 * every earlier release — is one system of linear equations, and a new release is shown only
 * when that system fixes no hidden figure and no small group of answers.
 *
 * Model. Each record (a survey response) gave ratings on some items (criteria). The groups ever
 * released for the family, plus the current ones, split the records into ATOMS: records that
 * belong to exactly the same groups. The unknowns are, per criterion, the sum of an atom's
 * ratings (and, with the same coefficients, their count). A released criterion figure at a group
 * is one equation over that criterion's atoms in the group; a released section figure (pooled:
 * all ratings of its criteria) is one equation over all its criteria's atoms in the group.
 * Means released with their counts give the sums, so one rank test covers means, sums and counts.
 *
 * Safe when no hidden figure (criterion or section, at any group) and no atom that holds between
 * 1 and min−1 ratings of a criterion (or respondents of a section) lies in the row space.
 * Sections share no unknowns, so each section with its criteria is solved on its own.
 */

export interface GateRecord {
  id: string;
  /** the criteria this record rated */
  rated: ReadonlySet<string>;
}

export interface GateGroup {
  key: string;
  members: readonly string[];
}

export interface GateSection {
  id: string;
  criteria: readonly string[];
}

/**
 * A figure of an earlier release: its item ('criterion:<id>' or 'section:<id>') and who it
 * covered; `shown: false` for one hidden as too small, which must stay unknown in later
 * releases too (a restructure or new answers can make it a difference of shown figures).
 */
export interface EarlierFigure {
  item: string;
  members: readonly string[];
  shown?: boolean;
}

export type CellReason = 'small-group' | 'protects-another';

export interface GateCell {
  item: string;
  group: string;
  /** people behind the figure: raters of a criterion, respondents of a section */
  people: number;
  /** ratings in the figure (a section pools its criteria's) */
  ratings: number;
  released: boolean;
  reason?: CellReason;
}

export type SystemRelease = { ok: true; cells: GateCell[] } | { ok: false; problem: string };

export const criterionItem = (id: string) => `criterion:${id}`;
export const sectionItem = (id: string) => `section:${id}`;

/** Decides which of the current figures may be shown, given every earlier release of the family. */
export function releaseSystem(input: {
  records: readonly GateRecord[];
  sections: readonly GateSection[];
  groups: readonly GateGroup[];
  earlier: readonly EarlierFigure[];
  minGroupSize: number;
}): SystemRelease {
  const { records, sections, groups, earlier, minGroupSize } = input;
  const atomOf = atomsOf(records, [...groups.map((g) => g.members), ...earlier.map((e) => e.members)]);
  const cells: GateCell[] = [];
  for (const section of sections) {
    const result = releaseSection(section, records, groups, earlier, atomOf, minGroupSize);
    if (!result.ok) return result;
    cells.push(...result.cells);
  }
  return { ok: true, cells };
}

/** Each record's atom: the index of its pattern of group membership. */
function atomsOf(records: readonly GateRecord[], memberLists: ReadonlyArray<readonly string[]>): Map<string, number> {
  const signature = new Map<string, number[]>(records.map((r) => [r.id, []]));
  memberLists.forEach((members, i) => {
    for (const id of members) signature.get(id)?.push(i);
  });
  const indexOf = new Map<string, number>();
  const atomOf = new Map<string, number>();
  for (const [id, sig] of signature) {
    const key = sig.join(',');
    if (!indexOf.has(key)) indexOf.set(key, indexOf.size);
    atomOf.set(id, indexOf.get(key)!);
  }
  return atomOf;
}

interface Target {
  row: Row;
  /** the current cell it is, if any (small atoms are not cells) */
  cell?: GateCell;
  people: number;
}

function releaseSection(
  section: GateSection,
  records: readonly GateRecord[],
  groups: readonly GateGroup[],
  earlier: readonly EarlierFigure[],
  atomOf: ReadonlyMap<string, number>,
  min: number,
): SystemRelease {
  const byId = new Map(records.map((r) => [r.id, r]));
  // unknown (atom, criterion) → column, only where the atom holds ratings of that criterion
  const column = new Map<string, number>();
  const ratingsAt = new Map<number, number>();
  for (const r of records) {
    for (const [ci, c] of section.criteria.entries()) {
      if (!r.rated.has(c)) continue;
      const key = `${atomOf.get(r.id)}:${ci}`;
      if (!column.has(key)) column.set(key, column.size);
      const col = column.get(key)!;
      ratingsAt.set(col, (ratingsAt.get(col) ?? 0) + 1);
    }
  }
  const criteriaOf = (item: string): number[] | null => {
    if (item === sectionItem(section.id)) return section.criteria.map((_, i) => i);
    const i = section.criteria.findIndex((c) => criterionItem(c) === item);
    return i < 0 ? null : [i];
  };
  const rowOf = (criteria: readonly number[], members: readonly string[]): Row => {
    const atoms = new Set(members.filter((id) => byId.has(id)).map((id) => atomOf.get(id)!));
    const row = new Map<number, bigint>();
    for (const a of atoms) for (const ci of criteria) {
      const col = column.get(`${a}:${ci}`);
      if (col !== undefined) row.set(col, 1n);
    }
    return row;
  };

  const earlierRows = earlier.flatMap((e) => {
    const criteria = criteriaOf(e.item);
    return criteria && e.shown !== false ? [rowOf(criteria, e.members)] : [];
  });
  const peopleIn = (criteria: readonly number[], members: readonly string[]) =>
    members.filter((id) => criteria.some((ci) => byId.get(id)?.rated.has(section.criteria[ci]!))).length;

  // the current cells, with their rows and primary suppression
  const items = [sectionItem(section.id), ...section.criteria.map(criterionItem)];
  const cells: Array<{ cell: GateCell; row: Row }> = [];
  for (const item of items) {
    const criteria = criteriaOf(item)!;
    const names = criteria.map((i) => section.criteria[i]!);
    for (const g of groups) {
      const members = g.members.map((id) => byId.get(id)).filter((r): r is GateRecord => r !== undefined);
      const people = members.filter((r) => names.some((c) => r.rated.has(c))).length;
      const ratings = members.reduce((n, r) => n + names.filter((c) => r.rated.has(c)).length, 0);
      const released = people >= min;
      cells.push({ cell: { item, group: g.key, people, ratings, released, ...(released ? {} : { reason: 'small-group' as const }) }, row: rowOf(criteria, g.members) });
    }
  }

  // small atoms: per criterion, and per section (the atom's pooled ratings)
  const smallAtoms: Target[] = [];
  // each atom's records, in the order of `records` (one pass, not one pass per atom)
  const recordsOf = new Map<number, GateRecord[]>();
  for (const r of records) {
    const a = atomOf.get(r.id)!;
    const list = recordsOf.get(a);
    if (list) list.push(r);
    else recordsOf.set(a, [r]);
  }
  for (const a of new Set(atomOf.values())) {
    const inAtom = recordsOf.get(a) ?? [];
    for (const ci of section.criteria.keys()) {
      const col = column.get(`${a}:${ci}`);
      const n = col === undefined ? 0 : ratingsAt.get(col)!;
      if (n > 0 && n < min) smallAtoms.push({ row: new Map([[col!, 1n]]), people: n });
    }
    const people = inAtom.filter((r) => section.criteria.some((c) => r.rated.has(c))).length;
    if (people > 0 && people < min) smallAtoms.push({ row: rowOf(section.criteria.map((_, i) => i), inAtom.map((r) => r.id)), people });
  }
  // groups hidden as too small in an earlier release stay protected like atoms
  for (const e of earlier) {
    const criteria = criteriaOf(e.item);
    if (!criteria || e.shown !== false) continue;
    const people = peopleIn(criteria, e.members);
    if (people > 0 && people < min) smallAtoms.push({ row: rowOf(criteria, e.members), people });
  }

  const earlierSpace = rowSpaceOf(earlierRows);
  // what earlier releases alone fix cannot be undone by hiding anything now
  for (const t of [...smallAtoms, ...cells.filter((c) => !c.cell.released && c.cell.people > 0 && c.cell.people < min).map((c) => ({ row: c.row, people: c.cell.people }))]) {
    if (t.row.size > 0 && earlierSpace.determines(t.row)) {
      return { ok: false, problem: `figures shown earlier for this survey already fix a group of ${t.people}` };
    }
  }

  const spaceWith = (shown: ReadonlyArray<{ row: Row }>): RowSpace => {
    const space = rowSpaceOf(earlierRows);
    for (const c of shown) space.add(c.row);
    return space;
  };
  /** The first figure that must stay unknown but is fixed, or null. */
  const violation = (space: RowSpace): Target | null => {
    for (const t of smallAtoms) if (space.determines(t.row)) return t;
    for (const c of cells) {
      if (c.cell.released || c.cell.reason !== 'small-group' || c.row.size === 0) continue;
      if (space.determines(c.row)) return { row: c.row, cell: c.cell, people: c.cell.people };
    }
    return null;
  };

  for (let guard = cells.length + 1; guard > 0; guard--) {
    const shown = cells.filter((c) => c.cell.released);
    const found = violation(spaceWith(shown));
    if (!found) break;
    // hide the smallest shown figure whose absence unfixes the target; else every figure of the
    // smallest group whose absence does (a section figure and its criteria's can stand in for
    // each other, so one alone may not be enough); else the smallest figure, and look again
    // only figures that take part in one way of working the target out can matter on their own
    const tracked = new TrackedRowSpace();
    for (const row of earlierRows) tracked.add(-1, row);
    for (const [i, c] of shown.entries()) tracked.add(i, c.row);
    const used = tracked.madeOf(found.row) ?? new Set<number>();
    const candidates = [...shown].sort((a, b) => a.cell.ratings - b.cell.ratings || a.cell.group.localeCompare(b.cell.group) || a.cell.item.localeCompare(b.cell.item));
    if (candidates.length === 0) return { ok: false, problem: 'no figure of this survey can be shown safely' };
    const unfixes = (hidden: ReadonlyArray<{ cell: GateCell }>) => !spaceWith(shown.filter((s) => !hidden.includes(s))).determines(found.row);
    let pick: Array<{ cell: GateCell }> | undefined;
    const single = candidates.filter((c) => used.has(shown.indexOf(c))).find((c) => unfixes([c]));
    if (single) pick = [single];
    else {
      const byGroup = new Map<string, typeof shown>();
      for (const c of candidates) byGroup.set(c.cell.group, [...(byGroup.get(c.cell.group) ?? []), c]);
      const size = (cs: typeof shown) => cs.reduce((n, c) => n + c.cell.ratings, 0);
      pick = [...byGroup.values()]
        .filter((cs) => cs.some((c) => used.has(shown.indexOf(c))))
        .sort((a, b) => size(a) - size(b))
        .find((cs) => unfixes(cs)) ?? [candidates[0]!];
    }
    for (const c of pick) {
      c.cell.released = false;
      c.cell.reason = 'protects-another';
    }
  }
  if (violation(spaceWith(cells.filter((c) => c.cell.released)))) return { ok: false, problem: 'no figure of this survey can be shown safely' };

  // a figure hidden to protect another that the shown ones fix anyway tells nothing new: show
  // it, so that no hidden figure can be worked out from what is shown
  const finalSpace = spaceWith(cells.filter((c) => c.cell.released));
  for (const c of cells) {
    if (!c.cell.released && c.cell.reason === 'protects-another' && finalSpace.determines(c.row)) {
      c.cell.released = true;
      delete c.cell.reason;
    }
  }
  return { ok: true, cells: cells.map((c) => c.cell) };
}

import { type Row, RowSpace, TrackedRowSpace } from './exact-rank.js';

/**
 * The exact-attacker test for ONE block of cross-organisation figures: one (timepoint, measure,
 * cell). The unknowns are each organisation's contribution there (its count n and its sum obey
 * the same equations, so one test covers both); every released figure is the equation "the sum
 * of these organisations' unknowns is known". Blocks share no unknowns, so each is solved alone.
 *
 * Atoms. Organisations that lie in exactly the same released sets are interchangeable: every
 * equation holds them together, so anything determined is a sum over whole atoms. The test runs
 * over one unknown per atom (few) instead of one per organisation (up to a state's thousand).
 * An attacking organisation a knows its own unknown: when a is alone in its atom, that atom's
 * unknown becomes known (one more equation); when it shares its atom, knowing x_a says nothing
 * about the atom's other members beyond "their sum is the atom's sum minus x_a", so the rest of
 * its atom behaves like an atom of one fewer organisation.
 */

/** What must never be determined: who attacks (an organisation, or the public) and which pool. */
export interface BlockTarget {
  /** the attacking organisation, or null for the public (knows nothing of its own) */
  attacker: string | null;
  /** the organisations whose pooled unknown would be learnt (never contains the attacker) */
  pool: readonly string[];
}

interface Atoms {
  /** atoms in a fixed order (by first member), each sorted */
  members: string[][];
  atomOf: Map<string, number>;
}

/** Splits the organisations by the released sets they lie in. */
function atomsOf(universe: readonly string[], sets: ReadonlyArray<readonly string[]>): Atoms {
  const signature = new Map<string, number[]>(universe.map((o) => [o, []]));
  sets.forEach((set, i) => {
    for (const o of set) signature.get(o)?.push(i);
  });
  const bySignature = new Map<string, string[]>();
  for (const o of [...universe].sort()) {
    const key = signature.get(o)!.join(',');
    const atom = bySignature.get(key);
    if (atom) atom.push(o);
    else bySignature.set(key, [o]);
  }
  const members = [...bySignature.values()];
  const atomOf = new Map<string, number>();
  members.forEach((m, i) => {
    for (const o of m) atomOf.set(o, i);
  });
  return { members, atomOf };
}

/** A key shared exactly by rows that are multiples of each other ('' for the zero row). */
function directionKey(row: Row): string {
  const entries = [...row].filter(([, v]) => v !== 0n).sort(([a], [b]) => a - b);
  if (entries.length === 0) return '';
  let g = 0n;
  for (const [, v] of entries) {
    let [x, y] = [v < 0n ? -v : v, g];
    while (y !== 0n) [x, y] = [y, x % y];
    g = x;
  }
  const sign = entries[0]![1] < 0n ? -1n : 1n;
  return entries.map(([k, v]) => `${k}:${(sign * v) / g}`).join(',');
}

function rowOfAtoms(atoms: Iterable<number>): Row {
  const row = new Map<number, bigint>();
  for (const a of atoms) row.set(a, 1n);
  return row;
}

/**
 * The atoms of one block, split by every set the gate may ask about (earlier figures and all the
 * current candidates) once. A question about fewer sets can use these finer atoms as they are:
 * organisations in one fine atom are interchangeable in any of the sets, so everything said
 * above holds for them — there are only more unknowns than needed, never wrong ones.
 */
export class BlockAtoms {
  readonly atoms: Atoms;
  private readonly rows = new WeakMap<readonly string[], Row>();

  constructor(universe: readonly string[], sets: ReadonlyArray<readonly string[]>) {
    const everyone = new Set(universe);
    for (const set of sets) for (const o of set) everyone.add(o);
    this.atoms = atomsOf([...everyone], sets);
  }

  /** A set as an equation over atoms (each set given to the constructor is a union of atoms). */
  rowOf(set: readonly string[]): Row {
    let row = this.rows.get(set);
    if (!row) {
      const used = new Set<number>();
      for (const o of set) {
        const a = this.atoms.atomOf.get(o);
        if (a === undefined) throw new Error(`organisation ${o} is not in this block's atoms`);
        used.add(a);
      }
      row = rowOfAtoms(used);
      this.rows.set(set, row);
    }
    return row;
  }
}

/**
 * The target as an equation over atoms, with the attacker's own knowledge folded in, or null
 * when the pool splits an atom: then some organisation inside it can trade value with one
 * outside the pool, and the pool's sum is not determined.
 */
function targetRow(target: BlockTarget, atoms: Atoms): { row: Row; known: Row | null } | null {
  const inPool = new Set(target.pool);
  const a = target.attacker;
  const attackerAtom = a === null ? undefined : atoms.atomOf.get(a);
  const used = new Set<number>();
  for (const o of target.pool) {
    const i = atoms.atomOf.get(o);
    if (i === undefined) return null; // an organisation no equation mentions
    used.add(i);
  }
  for (const i of used) {
    const rest = atoms.members[i]!.filter((o) => o !== a);
    if (!rest.every((o) => inPool.has(o))) return null;
  }
  // an attacker alone in its atom knows that atom's unknown: one more equation
  const known = attackerAtom !== undefined && atoms.members[attackerAtom]!.length === 1 ? rowOfAtoms([attackerAtom]) : null;
  return { row: rowOfAtoms(used), known };
}

/**
 * Some of a block's sets as equations over its atoms: the gate asks many questions of the same
 * sets (every attacker, every small pool), and a block may hold a state's thousand organisations,
 * so the questions are asked over atoms (few) rather than organisations.
 */
export class BlockSystem {
  private readonly atoms: Atoms;
  private readonly rows: Row[];
  private readonly space = new RowSpace();

  /** `sets` must be among those `atoms` were split by. */
  constructor(atoms: BlockAtoms, sets: ReadonlyArray<readonly string[]>) {
    this.atoms = atoms.atoms;
    this.rows = sets.map((set) => atoms.rowOf(set));
    for (const row of this.rows) this.space.add(row);
  }

  /** Is the target's pool determined by the released sets and the attacker's own contribution? */
  determines(target: BlockTarget): boolean {
    if (target.pool.length === 0) return false;
    const t = targetRow(target, this.atoms);
    if (!t) return false;
    if (!t.known) return this.space.determines(t.row);
    const space = new RowSpace();
    for (const row of this.rows) space.add(row);
    space.add(t.known);
    return space.determines(t.row);
  }

  /**
   * Which sets (by index) one way of working the target out uses, or null when it is not
   * determined. The gate hides only figures that take part.
   */
  usedFor(target: BlockTarget): Set<number> | null {
    const t = targetRow(target, this.atoms);
    if (!t) return null;
    const space = new TrackedRowSpace();
    if (t.known) space.add(-1, t.known);
    for (const [i, row] of this.rows.entries()) space.add(i, row);
    return space.madeOf(t.row);
  }

  /**
   * Every target the sets give away: for the public, any pool of 1 to minOrganisations−1
   * organisations; for each organisation, any pool of 1 to minOrganisations−2 OTHER
   * organisations (its own contribution counts towards the minimum: subtracting itself from a
   * figure of the minimum leaves minOrganisations−1 others, which is allowed — never a single
   * one, as the minimum is at least 3). Pools in `alsoProtect` (figures hidden for too few
   * people) are checked against the public.
   *
   * Organisations in one atom are interchangeable, so one attacker per atom stands for all of
   * them, and pools are unions of whole atoms (the attacker's own atom less the attacker).
   */
  disclosures(input: {
    minOrganisations: number;
    alsoProtect?: ReadonlyArray<readonly string[]>;
    /** stop at the first one found */
    first?: boolean;
    /** targets to pass over (already given away by earlier releases alone) */
    skip?: (t: BlockTarget) => boolean;
  }): BlockTarget[] {
    const { minOrganisations } = input;
    const atoms = this.atoms;
    const found: BlockTarget[] = [];
    const report = (t: BlockTarget): boolean => {
      if (input.skip?.(t)) return false;
      found.push(t);
      return input.first === true;
    };
    // each atom's remainder after the equations, and its direction (parallel ones share a key)
    const remainders = atoms.members.map((_, i) => this.space.remainder(rowOfAtoms([i])));
    const directions = remainders.map(directionKey);
    const attackers: Array<string | null> = [null, ...atoms.members.map((m) => m[0]!)];
    for (const a of attackers) {
      const attackerAtom = a === null ? -1 : atoms.atomOf.get(a)!;
      const alone = a !== null && atoms.members[attackerAtom]!.length === 1;
      const limit = a === null ? minOrganisations - 1 : minOrganisations - 2;
      // each atom's weight in a pool: its members other than the attacker
      const weight = (i: number) => atoms.members[i]!.length - (i === attackerAtom ? 1 : 0);
      const small = atoms.members.map((_, i) => i).filter((i) => weight(i) > 0 && weight(i) <= limit);
      const poolOf = (union: readonly number[]) => union.flatMap((j) => atoms.members[j]!.filter((o) => o !== a));
      // one atom: fixed outright, or — for an attacker alone in its atom, whose own unknown is
      // the atom's — fixed up to a multiple of the attacker's unknown
      for (const i of small) {
        const fixed = remainders[i]!.size === 0 || (alone && remainders[attackerAtom]!.size > 0 && directions[i] === directions[attackerAtom]);
        if (fixed && report({ attacker: a, pool: poolOf([i]) })) return found;
      }
      // unions of two or more atoms, of total weight up to the limit. Not for the public: any
      // member of a pool the public could work out learns the rest of it, a pool one smaller,
      // which the organisations' own pass finds
      if (a === null || limit < 2) continue;
      let space = this.space;
      if (alone) {
        space = new RowSpace();
        for (const row of this.rows) space.add(row);
        space.add(rowOfAtoms([attackerAtom]));
      }
      const stack: Array<{ chosen: number[]; next: number; size: number }> = [{ chosen: [], next: 0, size: 0 }];
      while (stack.length > 0) {
        const { chosen, next, size } = stack.pop()!;
        for (let k = small.length - 1; k >= next; k--) {
          const i = small[k]!;
          if (size + weight(i) > limit) continue;
          const union = [...chosen, i];
          if (union.length > 1 && space.determines(rowOfAtoms(union)) && report({ attacker: a, pool: poolOf(union) })) return found;
          stack.push({ chosen: union, next: k + 1, size: size + weight(i) });
        }
      }
    }
    for (const pool of input.alsoProtect ?? []) {
      if (pool.length > 0 && this.determines({ attacker: null, pool }) && report({ attacker: null, pool: [...pool] })) return found;
    }
    return found;
  }
}

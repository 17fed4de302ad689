/**
 * Exact linear algebra for the privacy gate: is a linear combination of unknowns fixed by a set
 * of equations? Integer rows, fraction-free elimination over BigInt — no floating point, so no
 * tolerance to choose and no rounding that could call a determined figure safe.
 */

export type Row = ReadonlyMap<number, bigint>;

const abs = (v: bigint) => (v < 0n ? -v : v);
function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Divides a row by the gcd of its entries, so numbers stay small. */
function primitive(row: Map<number, bigint>): Map<number, bigint> {
  let g = 0n;
  for (const v of row.values()) g = gcd(g, v);
  if (g > 1n) for (const [k, v] of row) row.set(k, v / g);
  return row;
}

/** A row-echelon basis of the equations' row space, each row keyed by its pivot column. */
export class RowSpace {
  private readonly rows = new Map<number, Map<number, bigint>>();

  /**
   * Reduces `row` by the basis: what is left is zero exactly when `row` lies in the row space.
   * Each basis row was reduced by all earlier ones when added, so it holds no earlier pivot
   * column, and one pass in insertion order clears every pivot column.
   */
  private reduce(row: Row): Map<number, bigint> {
    const out = new Map([...row].filter(([, v]) => v !== 0n));
    for (const [col, pivotRow] of this.rows) {
      const v = out.get(col);
      if (v === undefined) continue;
      const p = pivotRow.get(col)!;
      // out := out·p − v·pivotRow clears column `col`
      for (const [k, x] of out) out.set(k, x * p);
      for (const [k, x] of pivotRow) {
        const next = (out.get(k) ?? 0n) - v * x;
        if (next === 0n) out.delete(k);
        else out.set(k, next);
      }
      primitive(out);
    }
    return out;
  }

  /** Adds an equation; returns false when it adds nothing new (already implied). */
  add(row: Row): boolean {
    const reduced = this.reduce(row);
    if (reduced.size === 0) return false;
    // fully reduced: it holds no pivot column of the basis, so any of its columns can lead it
    const pivot = Math.min(...reduced.keys());
    this.rows.set(pivot, reduced);
    return true;
  }

  /** Is the combination `row` of unknowns fixed by the equations? (A zero row is trivially.) */
  determines(row: Row): boolean {
    return this.reduce(row).size === 0;
  }

  /**
   * What is left of `row` once the equations are used up, up to a factor: empty exactly when it
   * is fixed. Taking remainders is linear (each basis row holds a pivot no other row reduced to
   * has), so `b` is fixed once `a` is known exactly when b's remainder is empty or parallel to a's.
   */
  remainder(row: Row): Row {
    return this.reduce(row);
  }

  get rank(): number {
    return this.rows.size;
  }
}

export function rowSpaceOf(rows: Iterable<Row>): RowSpace {
  const space = new RowSpace();
  for (const row of rows) space.add(row);
  return space;
}

/**
 * A row space that remembers how each basis row is made of the rows added (by their ids), so
 * it can say which added rows a determined combination is built from. The gate uses it to try
 * hiding only figures that take part in a disclosure.
 */
export class TrackedRowSpace {
  private readonly rows = new Map<number, { row: Map<number, bigint>; combo: Map<number, bigint> }>();

  /** Reduces `row`; returns what is left, with α and c such that left = α·row − Σ c_i·added_i. */
  private reduce(row: Row): { out: Map<number, bigint>; alpha: bigint; combo: Map<number, bigint> } {
    const out = new Map([...row].filter(([, v]) => v !== 0n));
    let alpha = 1n;
    let combo = new Map<number, bigint>();
    for (const [col, basis] of this.rows) {
      const v = out.get(col);
      if (v === undefined) continue;
      const p = basis.row.get(col)!;
      for (const [k, x] of out) out.set(k, x * p);
      for (const [k, x] of basis.row) {
        const next = (out.get(k) ?? 0n) - v * x;
        if (next === 0n) out.delete(k);
        else out.set(k, next);
      }
      alpha *= p;
      const nextCombo = new Map<number, bigint>();
      for (const [k, x] of combo) nextCombo.set(k, x * p);
      for (const [k, x] of basis.combo) {
        const next = (nextCombo.get(k) ?? 0n) + v * x;
        if (next === 0n) nextCombo.delete(k);
        else nextCombo.set(k, next);
      }
      combo = nextCombo;
      // keep numbers small: divide everything by their common factor
      let g = alpha;
      for (const x of out.values()) g = gcd(g, x);
      for (const x of combo.values()) g = gcd(g, x);
      if (g > 1n) {
        alpha /= g;
        for (const [k, x] of out) out.set(k, x / g);
        for (const [k, x] of combo) combo.set(k, x / g);
      }
    }
    return { out, alpha, combo };
  }

  add(id: number, row: Row): boolean {
    const { out, alpha, combo } = this.reduce(row);
    if (out.size === 0) return false;
    // out = α·row − Σ c_i·added_i: as a combination of added rows, α at `id` and −c elsewhere
    const made = new Map<number, bigint>([...combo].map(([k, x]) => [k, -x] as [number, bigint]));
    made.set(id, (made.get(id) ?? 0n) + alpha);
    this.rows.set(Math.min(...out.keys()), { row: out, combo: made });
    return true;
  }

  /** The ids of added rows one combination giving `row` uses, or null when `row` is not fixed. */
  madeOf(row: Row): Set<number> | null {
    const { out, combo } = this.reduce(row);
    if (out.size > 0) return null;
    return new Set([...combo].filter(([, x]) => x !== 0n).map(([k]) => k));
  }
}

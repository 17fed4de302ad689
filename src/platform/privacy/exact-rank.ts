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

  get rank(): number {
    return this.rows.size;
  }
}

export function rowSpaceOf(rows: Iterable<Row>): RowSpace {
  const space = new RowSpace();
  for (const row of rows) space.add(row);
  return space;
}

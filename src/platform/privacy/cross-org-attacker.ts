/**
 * The attacker the cross-organisation gate is tested against (tests only). It is written apart
 * from the gate: no atoms, no blocks, no exact-rank.ts. It holds every figure the hub ever
 * released, works out for itself which organisations each pooled (those asked for with people at
 * that timepoint, measure and cell), and solves ALL of them at once, one unknown per
 * organisation's contribution, by Gauss–Jordan elimination over exact fractions.
 *
 * As each organisation in turn (knowing all of its own contributions) and as the public, it
 * reports every pool of other organisations at one (timepoint, measure, cell) it can compute
 * that is smaller than allowed: for the public, fewer than minOrganisations; for an
 * organisation, fewer than minOrganisations−1 others (so never a single one).
 */

export interface AttackContribution {
  orgId: string;
  timepoint: string;
  measure: string;
  cell: string;
  n: number;
}

export interface AttackReleased {
  timepoint: string;
  measure: string;
  cell: string;
  orgIds: readonly string[];
}

export interface CrossOrgDisclosure {
  attacker: string | null;
  at: string;
  pool: string[];
}

/** An exact fraction p/q, q > 0, in lowest terms. */
export type Q = readonly [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y) [x, y] = [y, x % y];
  return x;
};
const q = (p: bigint, d: bigint): Q => {
  const g = gcd(p, d) || 1n;
  return d < 0n ? [-p / g, -d / g] : [p / g, d / g];
};
const sub = (a: Q, b: Q): Q => q(a[0] * b[1] - b[0] * a[1], a[1] * b[1]);
const mul = (a: Q, b: Q): Q => q(a[0] * b[0], a[1] * b[1]);
const div = (a: Q, b: Q): Q => q(a[0] * b[1], a[1] * b[0]);

/**
 * Reduced row echelon form, sparse: pivot column → row with 1 at the pivot and 0 at every other
 * pivot. Exported for attackers of other shapes (the check-in bands' attacker adds what it knows
 * about how a scale's bands add up).
 */
export class Rref {
  readonly pivots = new Map<string, Map<string, Q>>();

  private reduce(row: Map<string, Q>): Map<string, Q> {
    const out = new Map(row);
    for (const [col, v] of [...out]) {
      const prow = this.pivots.get(col);
      if (!prow || !out.has(col)) continue;
      for (const [k, x] of prow) {
        const next = sub(out.get(k) ?? [0n, 1n], mul(v, x));
        if (next[0] === 0n) out.delete(k);
        else out.set(k, next);
      }
    }
    return out;
  }

  add(row: Map<string, Q>): void {
    const r = this.reduce(row);
    if (r.size === 0) return;
    const [pivot, pv] = [...r].sort(([a], [b]) => (a < b ? -1 : 1))[0]!;
    for (const [k, x] of r) r.set(k, div(x, pv));
    // keep the form reduced: clear the new pivot column from every other row
    for (const prow of this.pivots.values()) {
      const v = prow.get(pivot);
      if (!v) continue;
      for (const [k, x] of r) {
        const next = sub(prow.get(k) ?? [0n, 1n], mul(v, x));
        if (next[0] === 0n) prow.delete(k);
        else prow.set(k, next);
      }
    }
    this.pivots.set(pivot, r);
  }

  /** In an RREF, a row lies in the space exactly when subtracting its pivot entries leaves nothing. */
  holds(row: Map<string, Q>): boolean {
    return this.reduce(row).size === 0;
  }
}

export function subsets<T>(items: readonly T[], max: number): T[][] {
  const out: T[][] = [];
  const go = (start: number, chosen: T[]) => {
    if (chosen.length > 0) out.push(chosen);
    if (chosen.length === max) return;
    for (let i = start; i < items.length; i++) go(i + 1, [...chosen, items[i]!]);
  };
  go(0, []);
  return out;
}

export function attackCrossOrg(input: {
  contributions: readonly AttackContribution[];
  released: readonly AttackReleased[];
  minOrganisations: number;
}): CrossOrgDisclosure[] {
  const at = (x: { timepoint: string; measure: string; cell: string }) => `${x.timepoint}/${x.measure}/${x.cell}`;
  const unknown = (org: string, place: string) => `${place}#${org}`;
  const present = new Map<string, Set<string>>();
  for (const c of input.contributions) {
    if (c.n <= 0) continue;
    present.set(at(c), (present.get(at(c)) ?? new Set()).add(c.orgId));
  }
  const one: Q = [1n, 1n];
  const equations = input.released.map((f) => new Map([...new Set(f.orgIds)].filter((o) => present.get(at(f))?.has(o)).map((o) => [unknown(o, at(f)), one] as [string, Q])));
  const orgs = [...new Set(input.contributions.map((c) => c.orgId))].sort();
  const found: CrossOrgDisclosure[] = [];
  for (const attacker of [null, ...orgs]) {
    const space = new Rref();
    for (const e of equations) space.add(e);
    if (attacker !== null) for (const [place, there] of present) if (there.has(attacker)) space.add(new Map([[unknown(attacker, place), one]]));
    const largest = attacker === null ? input.minOrganisations - 1 : input.minOrganisations - 2;
    for (const [place, there] of present) {
      const others = [...there].filter((o) => o !== attacker).sort();
      for (const pool of subsets(others, largest)) {
        if (space.holds(new Map(pool.map((o) => [unknown(o, place), one] as [string, Q])))) found.push({ attacker, at: place, pool });
      }
    }
  }
  return found;
}

/** Work for run-isolated.test.ts: each export misbehaves in its own way. */
export const double = (n: number) => n * 2;
export const mapOf = (entries: Array<[string, number]>) => new Map(entries);
export function spin(): never {
  for (;;) {
    // never returns: the budget must stop it
  }
}
export function hoard(): number {
  const kept: number[][] = [];
  for (;;) kept.push(new Array(1_000_000).fill(kept.length));
}
export function fail(): never {
  throw new Error('the input was not what it expected');
}

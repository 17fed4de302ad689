/**
 * The order check-ins are offered in: the ones a person comes back to most first (how many times
 * they used each), then Tend's own check-in for secondary traumatic stress, the one the space is
 * built around, then the rest as the server lists them. Pure.
 */

/** Tend's check-in for signs of secondary traumatic stress: offered first to someone new. */
export const CORE_CHECK_IN = 'tend.sts-self-check';

export function orderCheckIns<T extends { id: string }>(offered: readonly T[], counts: readonly { instrumentId: string; count: number }[]): T[] {
  const used = new Map(counts.map((c) => [c.instrumentId, c.count]));
  const position = new Map(offered.map((i, n) => [i.id, n]));
  const rank = (i: T) => (i.id === CORE_CHECK_IN ? -1 : (position.get(i.id) ?? 0));
  return [...offered].sort((a, b) => (used.get(b.id) ?? 0) - (used.get(a.id) ?? 0) || rank(a) - rank(b));
}

/** The check-in "Check in now" opens: the one used most, else the first offered; undefined when none is offered. */
export const checkInToOffer = <T extends { id: string }>(offered: readonly T[], counts: readonly { instrumentId: string; count: number }[]): T | undefined =>
  orderCheckIns(offered, counts)[0];

/**
 * Home's "places you use most", learnt from where the person goes. Counts are kept per person in
 * this browser only (place keys and numbers, nothing about what was seen there): the server never
 * learns which pages someone opens, and a shared computer keeps each person's list apart. Until a
 * person has been somewhere often enough, their role's usual places fill the list.
 */
export type PlaceCounts = Record<string, number>;

/** How many places Home lists. */
export const MAX_PLACES = 6;
/** A place counts as "used" from its second visit: one look is not a habit. */
const MIN_VISITS = 2;
/** Counts are halved when they grow large, so what someone does lately outweighs what they did once. */
const DECAY_AT = 200;

/** The counts after one more visit to `key`. */
export function countVisit(counts: PlaceCounts, key: string): PlaceCounts {
  const next = { ...counts, [key]: (counts[key] ?? 0) + 1 };
  if ((next[key] ?? 0) < DECAY_AT) return next;
  return Object.fromEntries(Object.entries(next).map(([k, n]) => [k, Math.floor(n / 2)]).filter(([, n]) => (n as number) > 0));
}

/**
 * The places to list: those visited at least twice, most visited first (ties in the role's usual
 * order, then by key), then the role's usual places not already listed; only keys in `open` (what
 * the person may open now, Home itself left out), at most MAX_PLACES.
 */
export function rankPlaces(counts: PlaceCounts, usual: readonly string[], open: readonly string[]): string[] {
  const allowed = new Set(open.filter((key) => key !== 'home'));
  const usualRank = (key: string) => {
    const at = usual.indexOf(key);
    return at === -1 ? usual.length : at;
  };
  const used = Object.entries(counts)
    .filter(([key, n]) => allowed.has(key) && n >= MIN_VISITS)
    .sort(([a, n], [b, m]) => m - n || usualRank(a) - usualRank(b) || a.localeCompare(b))
    .map(([key]) => key);
  const rest = usual.filter((key) => allowed.has(key) && !used.includes(key));
  return [...used, ...rest].slice(0, MAX_PLACES);
}

const storageKey = (personId: string) => `tend.home.places.${personId}`;

/** The person's counts in this browser; empty when none are kept or storage is refused. */
export function readCounts(personId: string): PlaceCounts {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey(personId)) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, n]) => typeof n === 'number' && Number.isInteger(n) && n > 0)) as PlaceCounts;
  } catch {
    return {};
  }
}

/** Counts one visit; a browser that keeps nothing simply keeps Home's usual list. */
export function recordVisit(personId: string, key: string): void {
  try {
    window.localStorage.setItem(storageKey(personId), JSON.stringify(countVisit(readCounts(personId), key)));
  } catch {
    // storage refused (private mode, full): nothing to learn from
  }
}

/** Pure geometry shared by Tend's two charts (BarChart, TrendChart): no React, no DOM. */

/** A band of a scale as the instruments engine gives it: scores from `min` to `max`, both included. */
export interface ScaleBand {
  id: string;
  min: number;
  max: number;
}

/** A band as drawn: the stretch of the axis it covers, from `from` up to `to`. */
export interface BandStretch {
  id: string;
  from: number;
  to: number;
}

/**
 * The stretches of the axis each band covers, lowest first, touching one another: a band's
 * `max` and the next band's `min` are whole scores apart (0–10, 11–20), so the border between
 * them sits halfway, and the first and last bands reach the ends of the axis. A band wholly
 * outside the axis is left out; an axis with no bands has no stretches.
 */
export function bandStretches(bands: readonly ScaleBand[], low: number, high: number): BandStretch[] {
  const sorted = [...bands].sort((a, b) => a.min - b.min || a.max - b.max);
  const clamp = (v: number) => Math.min(Math.max(v, low), high);
  return sorted
    .map((band, i) => {
      const previous = sorted[i - 1];
      const next = sorted[i + 1];
      const from = previous ? (previous.max + band.min) / 2 : low;
      const to = next ? (band.max + next.min) / 2 : high;
      return { id: band.id, from: clamp(from), to: clamp(to) };
    })
    .filter((s) => s.to > s.from);
}

/**
 * Which of `count` evenly spaced labels fit in `width` pixels when each needs `labelWidth`:
 * always the first and the last, and as many evenly spread between them as fit. Indexes, in order.
 */
export function labelIndexes(count: number, width: number, labelWidth: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [0];
  const fit = Math.max(2, Math.floor(width / labelWidth));
  if (fit >= count) return Array.from({ length: count }, (_, i) => i);
  const step = (count - 1) / (fit - 1);
  return [...new Set(Array.from({ length: fit }, (_, i) => Math.round(i * step)))];
}

/** A whole percentage of `part` in `whole` (0 when the whole is empty). */
export const percentOf = (part: number, whole: number) => (whole <= 0 ? 0 : Math.round((part / whole) * 100));

/** The lowest of several named values (the first of equals), or undefined when there are none. */
export function lowestOf<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>((low, item) => (low === undefined || value(item) < value(low) ? item : low), undefined);
}

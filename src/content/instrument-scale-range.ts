/**
 * The arithmetic that the instrument format's validation and the scoring engine share: the range
 * a scale can take, and which band a score falls in. Kept in one place so that "the bands cover
 * every possible score" (checked when a pack is read) and "every score finds its band" (when one
 * is scored) are the same rule.
 */

export interface ScaleShape {
  method: 'sum' | 'mean';
  missing: 'prorate' | 'zero' | 'none';
  minAnswered: number;
}

export interface Bounds {
  min: number;
  max: number;
}

export interface BandBounds {
  min: number;
  max: number;
}

/** Rounds half away from zero at `decimals` places, on the decimal text (2.35 → 2.4, unlike Math.round(23.499…)). */
export function roundHalfUp(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  return sign * Number(`${Math.round(Number(`${Math.abs(value)}e${decimals}`))}e-${decimals}`);
}

/** Means are given to two decimals; prorated sums to one (PACK-FORMAT.md). */
export const MEAN_DECIMALS = 2;
export const PRORATE_DECIMALS = 1;

/** The lowest and highest value of an answer set. */
export function boundsOf(values: readonly number[]): Bounds {
  return { min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Every score the scale can give, as [low, high]. With 'none' every item must be answered; with
 * 'prorate' as few as minAnswered, whose mean stands in for the rest: the extremes are then the
 * mean of the minAnswered lowest (highest) item minimums (maximums), times the item count for a
 * sum. With 'zero' an unanswered item adds 0: the lowest total answers the minAnswered items with
 * the lowest minimums and any other item whose minimum is below 0 (the highest likewise), and a
 * mean divides by the item count. Reversing an item maps its range onto itself, so it does not
 * change the scale's.
 */
export function scaleRange(scale: ScaleShape, items: readonly Bounds[]): Bounds {
  const n = items.length;
  const k = scale.missing === 'none' ? n : Math.max(1, Math.min(scale.minAnswered, n));
  if (scale.missing === 'zero') {
    const lowSum = extremeSum(items.map((b) => b.min), k, (v) => v < 0);
    const highSum = -extremeSum(items.map((b) => -b.max), k, (v) => v < 0);
    if (scale.method === 'mean') return { min: roundHalfUp(lowSum / n, MEAN_DECIMALS), max: roundHalfUp(highSum / n, MEAN_DECIMALS) };
    return { min: roundHalfUp(lowSum, MEAN_DECIMALS), max: roundHalfUp(highSum, MEAN_DECIMALS) };
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const lowMean = mean(items.map((b) => b.min).sort((a, b) => a - b).slice(0, k));
  const highMean = mean(items.map((b) => b.max).sort((a, b) => b - a).slice(0, k));
  if (scale.method === 'mean') return { min: roundHalfUp(lowMean, MEAN_DECIMALS), max: roundHalfUp(highMean, MEAN_DECIMALS) };
  return { min: roundHalfUp(lowMean * n, PRORATE_DECIMALS), max: roundHalfUp(highMean * n, PRORATE_DECIMALS) };
}

/** The lowest sum of `values` taking at least `k` of them (the k lowest, then any other that `lowers` says lowers it). */
function extremeSum(values: readonly number[], k: number, lowers: (value: number) => boolean): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.reduce((sum, value, i) => (i < k || lowers(value) ? sum + value : sum), 0);
}

/**
 * A sum of whole-number answers is a whole-number scale: its bands run in whole numbers, each
 * starting one above where the previous ended (0–22, 23–41, 42–50). Any other scale (a mean, or
 * answers with fractions) has touching bands: each starts where the previous ended (0–1.5,
 * 1.5–3), and the shared bound belongs to the higher band.
 */
export function isWholeNumberScale(method: ScaleShape['method'], optionValues: readonly number[]): boolean {
  return method === 'sum' && optionValues.every(Number.isInteger);
}

/**
 * The band a score falls in. On a whole-number scale a prorated score (22.5) is first rounded to
 * a whole number, half up (23); on a touching scale the last band whose min the score reaches.
 * Undefined only when the bands do not cover the score (validation prevents that).
 */
export function findBand<Band extends BandBounds>(score: number, bands: readonly Band[], whole: boolean): Band | undefined {
  if (whole) {
    const value = roundHalfUp(score, 0);
    return bands.find((b) => b.min <= value && value <= b.max);
  }
  const last = bands.at(-1);
  if (!last || score > last.max) return undefined;
  return bands.findLast((b) => b.min <= score);
}

/** What is wrong with how `bands` cover `range`, each with the index of the band and field to point at. */
export function bandCoverageProblems(bands: readonly BandBounds[], range: Bounds, whole: boolean): { index: number; field: 'min' | 'max'; problem: string }[] {
  const problems: { index: number; field: 'min' | 'max'; problem: string }[] = [];
  if (bands.length === 0) return problems;
  const low = whole ? Math.ceil(range.min) : range.min;
  const high = whole ? Math.floor(range.max) : range.max;
  bands.forEach((band, i) => {
    if (whole && !(Number.isInteger(band.min) && Number.isInteger(band.max))) {
      problems.push({ index: i, field: Number.isInteger(band.min) ? 'max' : 'min', problem: 'this scale sums whole numbers, so its bands start and end at whole numbers' });
    }
    if (band.max < band.min) problems.push({ index: i, field: 'max', problem: `max ${band.max} is below min ${band.min}` });
  });
  if (bands[0]!.min !== low) problems.push({ index: 0, field: 'min', problem: `the lowest possible score is ${low}: the first band must start there, not at ${bands[0]!.min}` });
  for (let i = 1; i < bands.length; i++) {
    const prev = bands[i - 1]!;
    const next = bands[i]!;
    const expected = whole ? prev.max + 1 : prev.max;
    if (next.min > expected) {
      const gap = whole ? `${prev.max + 1}${next.min - 1 > prev.max + 1 ? `–${next.min - 1}` : ''}` : `between ${prev.max} and ${next.min}`;
      problems.push({ index: i, field: 'min', problem: `a gap: scores ${gap} fall in no band (this band must start at ${expected})` });
    } else if (next.min < expected) {
      problems.push({ index: i, field: 'min', problem: `overlaps the band before, which ends at ${prev.max} (this band must start at ${expected})` });
    }
  }
  const last = bands.at(-1)!;
  if (last.max !== high) problems.push({ index: bands.length - 1, field: 'max', problem: `the highest possible score is ${high}: the last band must end there, not at ${last.max}` });
  return problems;
}

import type { CrossOrgVerdict } from '../cross-org-verdict.js';
import type { FigureLabels, PublishedFigure } from '../model.js';
import { epsilonUnits, fromEpsilonUnits } from './epsilon.js';
import { geometricNoise } from './geometric.js';
import { cryptoRandom, type RandomSource } from './random-source.js';

/**
 * Differential privacy on shown figures: each figure's count and its sum get
 * two-sided geometric noise, and the mean is worked out from the two noisy numbers, so the mean
 * costs nothing more. The release's epsilon is split evenly over every figure asked for, shown or
 * not, so the split itself says nothing about which were hidden; each figure gives half to its
 * count and half to its sum. Hidden figures stay hidden and get no value. Pure but for `random`.
 */

export interface NoiseSettings {
  /** the epsilon the whole release spends */
  epsilon: number;
  /** defaults to the operating system's cryptographic generator */
  random?: RandomSource;
}

export interface NoisyRelease {
  figures: PublishedFigure[];
  /** what each figure spent (its count's half plus its sum's half) */
  epsilonPerFigure: number;
}

const STEP_TOLERANCE = 1e-6;

/** How many whole steps a value lies above the scale's minimum; throws when it is not whole. */
function wholeSteps(value: number, steps: number, what: string): number {
  const whole = Math.round(steps);
  if (Math.abs(steps - whole) > STEP_TOLERANCE * Math.max(1, Math.abs(steps))) throw new RangeError(`${what} ${value} is not a whole number of scale steps`);
  return whole;
}

/**
 * The most one contributor can move a figure's count and its shifted sum Σ(value − min), the
 * latter in scale steps: a person of a survey section (up to its criteria, each 1–5, say), an
 * organisation's review of an audit section (up to its criteria, each 0–2), a person of a
 * check-in band (1, and 0 or 1). Example: 10 ratings of 1–5 a person → count 10, sum 40.
 */
export function sensitivityOf(labels: FigureLabels): { count: number; sum: number } {
  const { min, max } = labels.scale;
  // where one contributor gives several values, it moves the count by that many and the sum by
  // that many times the range: the noise is scaled to match
  const perPerson = labels.count?.perPerson ?? 1;
  if (!Number.isInteger(perPerson) || perPerson < 1) throw new RangeError(`${perPerson} values per person is not a whole number from 1`);
  const step = labels.scale.step ?? 1;
  if (!(max > min) || !(step > 0)) throw new RangeError(`scale ${min}–${max} by ${step} is not a range`);
  // one value moves the shifted sum by at most (max − min): with or without it, or changed,
  // which is why the sum is taken from the scale's minimum
  return { count: perPerson, sum: perPerson * wholeSteps(max - min, (max - min) / step, 'scale range') };
}

/** The noisy counterpart of one shown figure. */
function noisyVerdict(verdict: Extract<CrossOrgVerdict, { shown: true }>, labels: FigureLabels, halfUnits: number, random: RandomSource): CrossOrgVerdict {
  const { min, max } = labels.scale;
  const step = labels.scale.step ?? 1;
  const sensitivity = sensitivityOf(labels);
  const shiftedSteps = wholeSteps(verdict.sum, (verdict.sum - min * verdict.n) / step, 'sum');
  const n = Math.max(1, verdict.n + geometricNoise(sensitivity.count, halfUnits, random));
  const shifted = shiftedSteps + geometricNoise(sensitivity.sum, halfUnits, random);
  const mean = Math.min(max, Math.max(min, min + (shifted * step) / n));
  return { id: verdict.id, shown: true, n, sum: mean * n, mean, organisations: verdict.organisations };
}

/**
 * The figures with noise added to every shown one, and what each figure spent. Throws a
 * RangeError when the epsilon is too small to give each figure's count and sum a millionth.
 */
export function addNoise(figures: readonly PublishedFigure[], settings: NoiseSettings): NoisyRelease {
  const random = settings.random ?? cryptoRandom;
  const perFigure = Math.floor(epsilonUnits(settings.epsilon) / Math.max(1, figures.length));
  const half = Math.floor(perFigure / 2);
  if (half < 1) throw new RangeError(`an epsilon of ${settings.epsilon} is too small for ${figures.length} figures`);
  return {
    figures: figures.map((f) => ({ labels: f.labels, verdict: f.verdict.shown ? noisyVerdict(f.verdict, f.labels, half, random) : { id: f.verdict.id, shown: false, reason: f.verdict.reason } })),
    epsilonPerFigure: fromEpsilonUnits(2 * half),
  };
}

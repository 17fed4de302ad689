import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test-support/seeded-random.js';
import { bernoulliExp, discreteLaplace, geometricNoise } from './geometric.js';
import { EPSILON_UNIT } from './epsilon.js';

const draws = (n: number, draw: () => number) => Array.from({ length: n }, draw);
const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const varianceOf = (xs: number[]) => {
  const m = meanOf(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
};

describe('Bernoulli(exp(−γ)) from integers only', () => {
  it.each([
    [0, 1],
    [3, 10],
    [1, 1],
    [17, 10],
    [5, 2],
  ])('comes up true with probability exp(−%i/%i)', (num, den) => {
    const random = seededRandom(num * 31 + den);
    const n = 40_000;
    const p = Math.exp(-num / den);
    const hits = draws(n, () => (bernoulliExp(num, den, random) ? 1 : 0)).reduce((a, b) => a + b, 0);
    // four standard errors: a wrong algorithm (e.g. even k instead of odd) is far outside
    expect(Math.abs(hits / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n) + 1e-9);
  });
});

describe('the two-sided geometric mechanism', () => {
  it.each([0.25, 0.5, 1, 2])('at epsilon %f with sensitivity 1 has mean 0 and variance 2α/(1−α)² (α = e^−ε)', (epsilon) => {
    const random = seededRandom(Math.round(epsilon * 1000));
    const n = 40_000;
    const xs = draws(n, () => geometricNoise(1, Math.round(epsilon * EPSILON_UNIT), random));
    const alpha = Math.exp(-epsilon);
    const variance = (2 * alpha) / (1 - alpha) ** 2;
    expect(Math.abs(meanOf(xs))).toBeLessThan(4 * Math.sqrt(variance / n));
    // the sample variance of a Laplace-like law has a relative error of about √(5/n) ≈ 1.1%
    expect(varianceOf(xs) / variance).toBeGreaterThan(0.95);
    expect(varianceOf(xs) / variance).toBeLessThan(1.05);
  });

  it('gives each integer its probability (1−α)/(1+α)·α^|k|, the same for k and −k', () => {
    const epsilon = 0.7;
    const alpha = Math.exp(-epsilon);
    const random = seededRandom(7);
    const n = 60_000;
    const counts = new Map<number, number>();
    for (const x of draws(n, () => geometricNoise(1, 700_000, random))) counts.set(x, (counts.get(x) ?? 0) + 1);
    for (let k = -4; k <= 4; k++) {
      const p = ((1 - alpha) / (1 + alpha)) * alpha ** Math.abs(k);
      const seen = (counts.get(k) ?? 0) / n;
      expect(Math.abs(seen - p), `P(${k})`).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    }
    // symmetry: as many draws above 0 as below, within four standard errors
    const above = [...counts].filter(([k]) => k > 0).reduce((a, [, c]) => a + c, 0);
    const below = [...counts].filter(([k]) => k < 0).reduce((a, [, c]) => a + c, 0);
    expect(Math.abs(above - below)).toBeLessThan(4 * Math.sqrt(above + below));
  });

  it('spreads noise in proportion to the sensitivity: Δ = 4 at ε has the spread of Δ = 1 at ε/4', () => {
    const random = seededRandom(11);
    const n = 40_000;
    const xs = draws(n, () => geometricNoise(4, 1_000_000, random));
    const alpha = Math.exp(-1 / 4);
    const variance = (2 * alpha) / (1 - alpha) ** 2;
    expect(varianceOf(xs) / variance).toBeGreaterThan(0.95);
    expect(varianceOf(xs) / variance).toBeLessThan(1.05);
  });

  it('draws the same noise from the same source, and other noise from another', () => {
    const a = draws(50, ((r) => () => geometricNoise(3, 500_000, r))(seededRandom(42)));
    const b = draws(50, ((r) => () => geometricNoise(3, 500_000, r))(seededRandom(42)));
    const c = draws(50, ((r) => () => geometricNoise(3, 500_000, r))(seededRandom(43)));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('returns whole numbers only, and only asks the source for integers below safe bounds', () => {
    const seen: number[] = [];
    const inner = seededRandom(5);
    const random = {
      below: (bound: number) => {
        seen.push(bound);
        return inner.below(bound);
      },
    };
    for (const x of draws(2_000, () => discreteLaplace(3, 7, random))) expect(Number.isInteger(x)).toBe(true);
    expect(seen.every((b) => Number.isSafeInteger(b) && b >= 1 && b <= 2 ** 48)).toBe(true);
  });

  it.each([
    [0, 1_000],
    [1.5, 1_000],
    [1, 0],
    [1, 0.5],
  ])('refuses sensitivity %f with %f millionths of epsilon', (sensitivity, units) => {
    expect(() => geometricNoise(sensitivity, units, seededRandom(1))).toThrow(RangeError);
  });
});

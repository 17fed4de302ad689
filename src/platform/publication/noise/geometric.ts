import { EPSILON_UNIT } from './epsilon.js';
import type { RandomSource } from './random-source.js';

/**
 * The two-sided geometric mechanism (the discrete Laplace distribution), sampled exactly with
 * integer arithmetic after Canonne, Kamath and Steinke, "The Discrete Gaussian for Differential
 * Privacy" (2020), algorithms 1 and 2. No logarithm of a floating-point uniform is taken, so the
 * output has none of the gaps Mironov (2012) used to read the exact value back from textbook
 * Laplace noise; randomness comes only as uniform integers.
 */

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** true with probability num/den (0 ≤ num ≤ den). */
const bernoulli = (num: number, den: number, random: RandomSource): boolean => random.below(den) < num;

/** true with probability exp(−num/den), for num ≥ 0, den ≥ 1 integers (CKS20 algorithm 1). */
export function bernoulliExp(num: number, den: number, random: RandomSource): boolean {
  if (num > den) {
    // exp(−γ) = exp(−1)^⌊γ⌋ · exp(−(γ − ⌊γ⌋)): each factor must come up true
    for (let i = 0; i < Math.floor(num / den); i++) if (!bernoulliExp(1, 1, random)) return false;
    return bernoulliExp(num % den, den, random);
  }
  // γ ≤ 1: the first k with a failed Bernoulli(γ/k) is odd with probability exp(−γ)
  let k = 1;
  while (bernoulli(num, den * k, random)) k++;
  return k % 2 === 1;
}

/**
 * An integer z drawn with probability ∝ exp(−|z|·s/t), i.e. discrete Laplace of scale t/s, for
 * positive integers s and t (CKS20 algorithm 2).
 */
export function discreteLaplace(s: number, t: number, random: RandomSource): number {
  for (;;) {
    const u = random.below(t);
    if (!bernoulliExp(u, t, random)) continue;
    let v = 0;
    while (bernoulliExp(1, 1, random)) v++;
    const y = Math.floor((u + t * v) / s);
    const negative = random.below(2) === 1;
    // +0 and −0 are one outcome: drop one of them so 0 is not drawn twice as often
    if (negative && y === 0) continue;
    return negative ? -y : y;
  }
}

/**
 * Noise for a figure whose value one person can move by at most `sensitivity` (whole steps),
 * spending `epsilonUnits` millionths of epsilon: P(z) ∝ exp(−ε·|z|/Δ), the two-sided geometric
 * distribution with α = e^(−ε/Δ), variance 2α/(1−α)².
 */
export function geometricNoise(sensitivity: number, epsilonUnits: number, random: RandomSource): number {
  if (!Number.isSafeInteger(sensitivity) || sensitivity < 1) throw new RangeError(`sensitivity must be a whole number of steps ≥ 1, not ${sensitivity}`);
  if (!Number.isSafeInteger(epsilonUnits) || epsilonUnits < 1) throw new RangeError(`epsilon must be at least one millionth, not ${epsilonUnits} millionths`);
  // scale Δ/ε = Δ·10⁶/units: s/t as a reduced fraction keeps every draw's bound small
  const t = sensitivity * EPSILON_UNIT;
  const d = gcd(t, epsilonUnits);
  return discreteLaplace(epsilonUnits / d, t / d, random);
}

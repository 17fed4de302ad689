import { EPSILON_DECIMALS, MAX_EPSILON } from '../model.js';

/**
 * Epsilon in whole millionths. Budgets are added and compared in these integers, so a ledger never
 * allows or refuses a release because of a rounding error (0.1 + 0.2 > 0.3 in binary floating point).
 */
export const EPSILON_UNIT = 10 ** EPSILON_DECIMALS;

/** `epsilon` as millionths; throws a RangeError unless it is positive, ≤ MAX_EPSILON and has at most six decimals. */
export function epsilonUnits(epsilon: number): number {
  if (!Number.isFinite(epsilon) || epsilon <= 0 || epsilon > MAX_EPSILON) throw new RangeError(`epsilon must be more than 0 and at most ${MAX_EPSILON}, not ${epsilon}`);
  const units = Math.round(epsilon * EPSILON_UNIT);
  if (Math.abs(epsilon * EPSILON_UNIT - units) > 1e-6) throw new RangeError(`epsilon must have at most ${EPSILON_DECIMALS} decimals, not ${epsilon}`);
  return units;
}

/** Millionths back to the number people read (exact to six decimals). */
export const fromEpsilonUnits = (units: number): number => units / EPSILON_UNIT;

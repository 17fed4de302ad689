import { randomInt } from 'node:crypto';

/**
 * Where noise gets its randomness: uniform integers only, so no floating-point value ever shapes
 * a sample (see docs/decisions/009-open-data-and-noise.md). Injected so tests can replay draws.
 */
export interface RandomSource {
  /** A uniformly random integer in [0, bound); `bound` is a positive safe integer ≤ 2^48. */
  below(bound: number): number;
}

/** The operating system's cryptographic generator (node:crypto randomInt), never Math.random. */
export const cryptoRandom: RandomSource = { below: (bound) => randomInt(bound) };

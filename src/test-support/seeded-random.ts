import type { RandomSource } from '../platform/publication/noise/random-source.js';

/**
 * A seeded stand-in for the cryptographic generator, for tests that replay or measure noise:
 * xoshiro128** (seeded through splitmix32), two outputs joined into 52 uniform bits, and
 * rejection so every integer below `bound` is exactly as likely. Never for real noise.
 */
export function seededRandom(seed: number): RandomSource & { draws: () => number } {
  let x = seed >>> 0;
  const splitmix = () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const s = [splitmix(), splitmix(), splitmix(), splitmix()] as [number, number, number, number];
  const rotl = (v: number, k: number) => ((v << k) | (v >>> (32 - k))) >>> 0;
  const next = () => {
    const result = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1] << 9) >>> 0;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  };
  let count = 0;
  return {
    below(bound: number) {
      if (!Number.isSafeInteger(bound) || bound < 1 || bound > 2 ** 48) throw new RangeError(`bound ${bound}`);
      const limit = Math.floor(2 ** 52 / bound) * bound;
      for (;;) {
        count++;
        const r = (next() >>> 6) * 2 ** 26 + (next() >>> 6);
        if (r < limit) return r % bound;
      }
    },
    draws: () => count,
  };
}

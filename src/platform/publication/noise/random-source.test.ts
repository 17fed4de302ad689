import { afterEach, describe, expect, it, vi } from 'vitest';
import { FACTS, FIGURES } from '../../../test-support/publication-fixtures.js';
import { buildPublication } from '../build-publication.js';
import { ZEpsilon } from '../model.js';
import { cryptoRandom } from './random-source.js';

afterEach(() => vi.restoreAllMocks());

describe('where noise comes from', () => {
  it('is the cryptographic generator by default, never Math.random', () => {
    const mathRandom = vi.spyOn(Math, 'random');
    const below = vi.spyOn(cryptoRandom, 'below');
    const publication = buildPublication(FIGURES, FACTS, { noise: { epsilon: 1 } });
    expect(publication.metadata.noise.applied).toBe(true);
    expect(below).toHaveBeenCalled();
    expect(mathRandom).not.toHaveBeenCalled();
  });

  it('gives integers below the bound', () => {
    for (const bound of [1, 2, 7, 2 ** 40]) {
      const x = cryptoRandom.below(bound);
      expect(Number.isInteger(x) && x >= 0 && x < bound).toBe(true);
    }
  });
});

describe('an epsilon a hub may set', () => {
  it.each([0.5, 1, 0.000001, 100])('accepts %f', (epsilon) => {
    expect(ZEpsilon.safeParse(epsilon).success).toBe(true);
  });

  it.each([
    [0, 'must be more than 0'],
    [-1, 'must be more than 0'],
    [100.5, 'must be at most 100'],
    [0.0000001, 'must have at most six decimals'],
  ])('refuses %f: %s', (epsilon, message) => {
    const result = ZEpsilon.safeParse(epsilon);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test-support/seeded-random.js';
import type { CrossOrgVerdict } from '../cross-org-verdict.js';
import type { FigureLabels, PublishedFigure } from '../model.js';
import { addNoise, sensitivityOf } from './noisy-figures.js';

const labels = (scale: FigureLabels['scale'] = { min: 1, max: 5 }): FigureLabels => ({ collaborative: 'C', timepoint: { label: 'Baseline', date: '2026-03-01' }, measure: { id: 'm', name: 'M' }, cell: 'All', scale });
const shown = (id: string, n: number, sum: number, organisations = 4): PublishedFigure => ({ verdict: { id, shown: true, n, sum, mean: sum / n, organisations }, labels: labels() });
const hidden = (id: string): PublishedFigure => ({ verdict: { id, shown: false, reason: 'too-few-organisations' }, labels: labels() });
const asShown = (v: CrossOrgVerdict) => {
  if (!v.shown) throw new Error('expected a shown figure');
  return v;
};

describe('noise on released figures', () => {
  it('splits the epsilon evenly over every figure asked for, shown or not', () => {
    const release = addNoise([shown('a', 40, 120), hidden('b'), shown('c', 30, 90), hidden('d')], { epsilon: 1, random: seededRandom(1) });
    expect(release.epsilonPerFigure).toBe(0.25);
    // an odd number of millionths per figure is rounded down so the two halves stay within it
    expect(addNoise([shown('a', 40, 120), shown('b', 40, 120), shown('c', 40, 120)], { epsilon: 1, random: seededRandom(1) }).epsilonPerFigure).toBe(0.333332);
  });

  it("scales the noise to what one person can move: a figure of ratings, ten a person, spreads ten times wider than one of people", () => {
    const spread = (perPerson: number) => {
      const figure = { ...shown('a', 1000, 3000), labels: { ...labels(), count: { unit: 'ratings' as const, perPerson } } };
      const counts = Array.from({ length: 400 }, (_, i) => asShown(addNoise([figure], { epsilon: 1, random: seededRandom(i + 1) }).figures[0]!.verdict).n - 1000);
      return counts.reduce((sum, c) => sum + Math.abs(c), 0) / counts.length;
    };
    const one = spread(1);
    const ten = spread(10);
    expect(ten / one).toBeGreaterThan(6);
    expect(ten / one).toBeLessThan(15);
    expect(() => addNoise([{ ...shown('a', 10, 30), labels: { ...labels(), count: { unit: 'ratings', perPerson: 0 } } }], { epsilon: 1 })).toThrow(/not a whole number from 1/);
  });

  it('keeps hidden figures hidden, with their reason and nothing else', () => {
    const leaky = { verdict: { id: 'h', shown: false, reason: 'protects-another', n: 2, sum: 9 } as CrossOrgVerdict, labels: labels() };
    const [out] = addNoise([leaky], { epsilon: 1, random: seededRandom(2) }).figures;
    expect(out!.verdict).toEqual({ id: 'h', shown: false, reason: 'protects-another' });
  });

  it('moves counts and means, keeps organisations, and is the same with the same source', () => {
    const figures = Array.from({ length: 20 }, (_, i) => shown(`f${i}`, 50, 150));
    const a = addNoise(figures, { epsilon: 2, random: seededRandom(9) }).figures.map((f) => asShown(f.verdict));
    const b = addNoise(figures, { epsilon: 2, random: seededRandom(9) }).figures.map((f) => asShown(f.verdict));
    expect(a).toEqual(b);
    expect(a.some((v) => v.n !== 50)).toBe(true);
    expect(a.some((v) => v.mean !== 3)).toBe(true);
    expect(a.every((v) => v.organisations === 4)).toBe(true);
    for (const v of a) expect(v.sum).toBeCloseTo(v.mean * v.n, 9);
  });

  it('keeps a count at 1 or more and a mean within the scale, even for a tiny group at a tiny epsilon', () => {
    const figures = Array.from({ length: 200 }, (_, i) => shown(`f${i}`, 1, i % 2 ? 5 : 1));
    for (const f of addNoise(figures, { epsilon: 0.2, random: seededRandom(3) }).figures) {
      const v = asShown(f.verdict);
      expect(v.n).toBeGreaterThanOrEqual(1);
      expect(Number.isInteger(v.n)).toBe(true);
      expect(v.mean).toBeGreaterThanOrEqual(1);
      expect(v.mean).toBeLessThanOrEqual(5);
    }
  });

  it('is unbiased on a large group: noisy means average out to the exact mean', () => {
    // 400 people, mean 3.25; one figure at a time, each with a whole epsilon of 1
    const means = Array.from({ length: 400 }, (_, i) => asShown(addNoise([shown('f', 400, 1300)], { epsilon: 1, random: seededRandom(100 + i) }).figures[0]!.verdict).mean);
    expect(Math.abs(means.reduce((a, b) => a + b, 0) / means.length - 3.25)).toBeLessThan(0.01);
  });

  it('counts a fractional scale in its steps (0.5 steps from 0 to 10: sensitivity 20 steps)', () => {
    const f: PublishedFigure = { verdict: { id: 'f', shown: true, n: 10, sum: 42.5, mean: 4.25, organisations: 3 }, labels: labels({ min: 0, max: 10, step: 0.5 }) };
    const v = asShown(addNoise([f], { epsilon: 100, random: seededRandom(4) }).figures[0]!.verdict);
    // at epsilon 100 the noise on the count is almost surely 0; the sum's (Δ 20, ε 50) moves it a few steps at most
    expect(v.n).toBe(10);
    expect(Math.abs(v.mean - 4.25)).toBeLessThan(0.5);
    expect(() => addNoise([{ ...f, verdict: { id: 'f', shown: true, n: 10, sum: 42.3, mean: 4.23, organisations: 3 } }], { epsilon: 1, random: seededRandom(4) })).toThrow(/not a whole number of scale steps/);
  });

  it('refuses an epsilon too small to give each figure a millionth for its count and its sum', () => {
    const figures = [shown('a', 40, 120), shown('b', 40, 120), shown('c', 40, 120)];
    expect(() => addNoise(figures, { epsilon: 0.000005, random: seededRandom(1) })).toThrow(/too small for 3 figures/);
    expect(() => addNoise(figures, { epsilon: 0.000006, random: seededRandom(1) })).not.toThrow();
  });

  it('refuses a scale that is not a range', () => {
    const f: PublishedFigure = { ...shown('a', 40, 120), labels: labels({ min: 5, max: 5 }) };
    expect(() => addNoise([f], { epsilon: 1, random: seededRandom(1) })).toThrow(RangeError);
  });

  it("scales each kind's noise to what one contributor moves: an audit section by its criteria times 2, a check-in band by one person", () => {
    const survey = { ...labels(), kind: 'staff-survey' as const, count: { unit: 'ratings' as const, perPerson: 10 } };
    const audit = { ...labels({ min: 0, max: 2 }), kind: 'audit' as const, count: { unit: 'ratings' as const, perPerson: 12 } };
    const band = { ...labels({ min: 0, max: 1 }), kind: 'check-in-bands' as const, count: { unit: 'people' as const, perPerson: 1 } };
    expect(sensitivityOf(survey)).toEqual({ count: 10, sum: 40 });
    expect(sensitivityOf(audit)).toEqual({ count: 12, sum: 24 });
    expect(sensitivityOf(band)).toEqual({ count: 1, sum: 1 });
    // the noise drawn follows: at the same epsilon an audit's sum (Δ 24) spreads far wider than a band's (Δ 1)
    const sumSpread = (l: FigureLabels, n: number, sum: number) => {
      const moves = Array.from({ length: 400 }, (_, i) => {
        const v = asShown(addNoise([{ verdict: { id: 'x', shown: true, n, sum, mean: sum / n, organisations: 4 }, labels: l }], { epsilon: 2, random: seededRandom(i + 1) }).figures[0]!.verdict);
        return Math.abs(v.sum - sum);
      });
      return moves.reduce((a, b) => a + b, 0) / moves.length;
    };
    // the sum's half of ε is 1: mean |noise| is 2α/(1−α²) with α = e^(−1/Δ), about 0.85 for Δ 1
    // (1.9 for Δ 2) and 24 for Δ 24 (12 for Δ 12, had the range been left out)
    expect(sumSpread(band, 10_000, 3_000)).toBeLessThan(1.4);
    const auditSpread = sumSpread(audit, 10_000, 10_000);
    expect(auditSpread).toBeGreaterThan(18);
    expect(auditSpread).toBeLessThan(30);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsOf, scaleRange } from '../../content/instrument-scale-range.js';
import { minimalInstrumentPack } from '../../content/pack-fixtures.js';
import type { TScale } from '../../content/pack-schema.js';
import { InstrumentAnswerError, optionValuesByItem, possibleScaleRange, reverseValue, scoreResponse, scoreScale } from './score-instrument.js';

const pack = minimalInstrumentPack();
const answers = (q1: number | null, q2: number | null, q3: number | null, q4: number | null) => ({ q1, q2, q3, q4 });
const brief = (a: ReturnType<typeof answers>) => scoreResponse(pack, a).map((s) => [s.id, s.score, s.band?.id ?? s.reason ?? null]);

describe('scoreResponse (the test instrument: q1–q4 answered 0–3, q3 reversed)', () => {
  it.each([
    // answers           total: sum, prorated from 3      pair: mean of q1 and reversed q3, none missing
    [answers(0, 0, 3, 0), ['total', 0, 'low'], ['pair', 0, 'calm']],
    [answers(3, 3, 0, 3), ['total', 12, 'high'], ['pair', 3, 'busy']],
    [answers(1, 2, 2, 1), ['total', 5, 'middle'], ['pair', 1, 'calm']], // q3: 3 − 2 = 1; pair (1 + 1) / 2
    [answers(2, 1, 2, 0), ['total', 4, 'low'], ['pair', 1.5, 'busy']], // a shared bound belongs to the higher band
    [answers(2, 2, null, 3), ['total', 9.3, 'high'], ['pair', null, 'too-few-answers']], // 7 / 3 × 4 = 9.33 → 9.3
    [answers(1, null, 3, 2), ['total', 4, 'low'], ['pair', 0.5, 'calm']], // (1 + 0 + 2) / 3 × 4 = 4
    [answers(2, 1, null, 1), ['total', 5.3, 'middle'], ['pair', null, 'too-few-answers']], // 4 / 3 × 4 = 5.33 → 5.3 → band of 5
    [answers(3, 2, null, 1), ['total', 8, 'middle'], ['pair', null, 'too-few-answers']],
    [answers(3, 2, null, 2), ['total', 9.3, 'high'], ['pair', null, 'too-few-answers']],
    [answers(null, null, 1, 3), ['total', null, 'too-few-answers'], ['pair', null, 'too-few-answers']],
  ])('%j', (given, total, pair) => {
    expect(brief(given)).toEqual([total, pair]);
  });

  it('gives each scale its model, counts and band texts', () => {
    const [total, pairScale] = scoreResponse(pack, answers(3, 3, 0, 3));
    expect(total).toEqual({
      id: 'total',
      model: 'main',
      score: 12,
      answered: 4,
      itemCount: 4,
      missing: 'prorate',
      band: { id: 'high', label: { en: 'Band high', es: 'Band high (es)' }, guidance: { en: 'Guidance high', es: 'Guidance high (es)' }, suggestSupport: true },
    });
    expect(pairScale).toMatchObject({ model: 'alt', answered: 2, itemCount: 2 });
    expect(scoreResponse(pack, {})[0]).toEqual({ id: 'total', model: 'main', score: null, answered: 0, itemCount: 4, missing: 'prorate', band: null, reason: 'too-few-answers' });
  });

  it.each([
    [{ q9: 1 }, 'q9', 'test.instrument has no item "q9"'],
    [{ q1: 4 }, 'q1', '4 is not an answer to item "q1" (its answers are 0, 1, 2, 3)'],
    [{ q2: 1.5 }, 'q2', '1.5 is not an answer to item "q2"'],
  ])('refuses %j, naming the item', (given, itemId, message) => {
    expect(() => scoreResponse(pack, given)).toThrow(message);
    try {
      scoreResponse(pack, given);
    } catch (error) {
      expect(error).toBeInstanceOf(InstrumentAnswerError);
      expect((error as InstrumentAnswerError).itemId).toBe(itemId);
    }
  });
});

describe('an unanswered item counted as 0 (missing: zero)', () => {
  const zero = (method: 'sum' | 'mean', minAnswered: number): TScale => ({ id: 'z', name: {}, items: ['a', 'b', 'c'], method, minAnswered, missing: 'zero', bands: [], source: [] });
  const values = new Map(['a', 'b', 'c'].map((id) => [id, [0, 1, 2, 3]]));
  it('sums what is answered, or divides it by every item for a mean; too few answered gives no score', () => {
    const answered = new Map([
      ['a', 3],
      ['c', 2],
    ]);
    expect(scoreScale(zero('sum', 1), answered, values)).toMatchObject({ score: 5, answered: 2, itemCount: 3, missing: 'zero' });
    expect(scoreScale(zero('mean', 1), answered, values).score).toBe(1.67);
    expect(scoreScale(zero('sum', 3), answered, values)).toMatchObject({ score: null, reason: 'too-few-answers' });
    expect(scoreScale(zero('sum', 1), new Map(), values).score).toBeNull();
  });
});

describe('scoring properties', () => {
  it('any scale of any rule scores within the range validation checks its bands against', () => {
    const bounds = fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 6 })).map(([min, width]) => [min, min + width] as const);
    const scaleCase = fc.record({
      items: fc.array(bounds, { minLength: 1, maxLength: 6 }),
      method: fc.constantFrom('sum' as const, 'mean' as const),
      missing: fc.constantFrom('prorate' as const, 'zero' as const, 'none' as const),
      minAnswered: fc.integer({ min: 1, max: 6 }),
      picks: fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), { minLength: 6, maxLength: 6 }),
    });
    fc.assert(
      fc.property(scaleCase, ({ items, method, missing, minAnswered, picks }) => {
        const ids = items.map((_, i) => `i${i}`);
        const scale: TScale = { id: 's', name: {}, items: ids, method, missing, minAnswered: Math.min(minAnswered, ids.length), bands: [], source: [] };
        const values = new Map(ids.map((id, i) => [id, [items[i]![0], items[i]![1]]]));
        const scores = new Map(ids.flatMap((id, i) => (picks[i] === null ? [] : [[id, Math.round(items[i]![0] + picks[i]! * (items[i]![1] - items[i]![0]))] as const])));
        const result = scoreScale(scale, scores, values);
        if (result.score === null) return;
        const range = scaleRange(scale, items.map(([min, max]) => ({ min, max })));
        expect(result.score).toBeGreaterThanOrEqual(range.min);
        expect(result.score).toBeLessThanOrEqual(range.max);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('reverse-scoring twice is the identity, and reversing maps the answer set onto itself', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -10, max: 10 }), { minLength: 1, maxLength: 7 }), fc.nat(), (values, pick) => {
        const value = values[pick % values.length]!;
        expect(reverseValue(reverseValue(value, values), values)).toBe(value);
        const { min, max } = boundsOf(values);
        expect(reverseValue(value, values)).toBeGreaterThanOrEqual(min);
        expect(reverseValue(value, values)).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('every scale score stays within its possible range and finds a band, for any answers', () => {
    const values = optionValuesByItem(pack);
    const answer = fc.option(fc.constantFrom(0, 1, 2, 3), { nil: null });
    fc.assert(
      fc.property(fc.tuple(answer, answer, answer, answer), ([q1, q2, q3, q4]) => {
        for (const [i, result] of scoreResponse(pack, { q1, q2, q3, q4 }).entries()) {
          const scale = pack.body.scales[i]!;
          if (result.score === null) continue;
          const range = scaleRange(scale, scale.items.map((id) => boundsOf(values.get(id)!)));
          expect(possibleScaleRange(pack, scale.id)).toEqual(range);
          expect(result.score).toBeGreaterThanOrEqual(range.min);
          expect(result.score).toBeLessThanOrEqual(range.max);
          expect(result.band).not.toBeNull();
        }
      }),
    );
    expect(possibleScaleRange(pack, 'no-such-scale')).toBeUndefined();
  });
});

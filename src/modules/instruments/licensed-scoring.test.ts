import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { boundsOf, scaleRange } from '../../content/instrument-scale-range.js';
import { loadBuiltInPacks } from '../../content/built-in-packs.js';
import type { TInstrumentPack } from '../../content/pack-schema.js';
import { optionValuesByItem, scoreResponse } from './score-instrument.js';
import { answersBy, loadInstrumentPack } from './test-packs.js';

/** scale id → [score, band id or reason] */
const brief = (pack: TInstrumentPack, answers: Record<string, number | null>) =>
  Object.fromEntries(scoreResponse(pack, answers).map((s) => [s.id, [s.score, s.band?.id ?? s.reason ?? null]]));

let proqol: TInstrumentPack;
let stss: TInstrumentPack;
beforeAll(async () => {
  proqol = await loadInstrumentPack('proqol-5');
  stss = await loadInstrumentPack('stss');
});

describe('ProQOL 5 (Stamm 2010): three 10-item sums, items 1, 4, 15, 17, 29 reversed; ≤22 low, 23–41 moderate, ≥42 high', () => {
  const CS = [3, 6, 12, 16, 18, 20, 22, 24, 27, 30];
  const BO = [1, 4, 8, 10, 15, 17, 19, 21, 26, 29];
  const STS = [2, 5, 7, 9, 11, 13, 14, 23, 25, 28];

  it('ships the scoring only: 30 items without texts, each in one subscale', () => {
    expect(proqol.body.licence?.textsIncluded).toBe(false);
    expect(proqol.body.items.every((i) => i.text === null)).toBe(true);
    expect(proqol.body.items.filter((i) => i.reverse).map((i) => i.id)).toEqual(['proqol.1', 'proqol.4', 'proqol.15', 'proqol.17', 'proqol.29']);
    expect(proqol.body.scales.flatMap((s) => s.items).sort()).toEqual(proqol.body.items.map((i) => i.id).sort());
    expect(proqol.body.scales.map((s) => s.items)).toEqual([CS, BO, STS].map((members) => members.map((n) => `proqol.${n}`)));
  });

  it.each([
    // the five reversed burnout items score 6 − answer: all ones give them 5 each (25) and the other five 1 each (5)
    ['all ones', () => 1, { 'proqol.cs': [10, 'low'], 'proqol.bo': [30, 'moderate'], 'proqol.sts': [10, 'low'] }],
    ['all fives', () => 5, { 'proqol.cs': [50, 'high'], 'proqol.bo': [30, 'moderate'], 'proqol.sts': [50, 'high'] }],
    ['all threes (a reversed 3 is 3)', () => 3, { 'proqol.cs': [30, 'moderate'], 'proqol.bo': [30, 'moderate'], 'proqol.sts': [30, 'moderate'] }],
    // reversed items answered 5 (→ 1 each: 5), the other burnout items 2 (10): 15; everything else 4
    ['reversed items high, other burnout items low', (n: number) => ([1, 4, 15, 17, 29].includes(n) ? 5 : BO.includes(n) ? 2 : 4), { 'proqol.cs': [40, 'moderate'], 'proqol.bo': [15, 'low'], 'proqol.sts': [40, 'moderate'] }],
    // CS: items 3 and 6 skipped, the other eight 4 → mean 4 × 10 = 40.0; STS: three skipped (7 answered < 8)
    ['two CS items and three STS items skipped', (n: number) => ([3, 6, 2, 5, 7].includes(n) ? null : 4), { 'proqol.cs': [40, 'moderate'], 'proqol.bo': [30, 'moderate'], 'proqol.sts': [null, 'too-few-answers'] }],
    // CS: items 3 and 6 skipped, six answered 2 and two answered 3 → 18 / 8 × 10 = 22.5, banded as 23
    ['a prorated score between two bands', (n: number) => ([3, 6].includes(n) ? null : [12, 16].includes(n) ? 3 : 2), { 'proqol.cs': [22.5, 'moderate'], 'proqol.bo': [30, 'moderate'], 'proqol.sts': [20, 'low'] }],
    // CS: item 30 skipped, eight 2s and one 4 → 20 / 9 × 10 = 22.2 → low
    ['a prorated score rounded to one decimal', (n: number) => (n === 30 ? null : n === 3 ? 4 : 2), { 'proqol.cs': [22.2, 'low'], 'proqol.bo': [30, 'moderate'], 'proqol.sts': [20, 'low'] }],
  ] as const)('%s', (_, answerTo, expected) => {
    expect(brief(proqol, answersBy(proqol, answerTo))).toEqual(expected);
  });

  it('suggests support after high burnout or secondary traumatic stress, and after low compassion satisfaction', () => {
    const support = (answerTo: (n: number) => number) => scoreResponse(proqol, answersBy(proqol, answerTo)).filter((s) => s.band?.suggestSupport).map((s) => s.id);
    expect(support(() => 5)).toEqual(['proqol.sts']);
    expect(support(() => 1)).toEqual(['proqol.cs']);
  });
});

describe('STSS (Bride et al. 2004): 17 items 1–5; total 17–85 and three subscales, and the DSM-5 four-cluster model', () => {
  it.each([
    ['all ones', () => 1, [17, 'few'], [5, 7, 5], [5, 2, 5, 5]],
    ['all fives', () => 5, [85, 'very-high'], [25, 35, 25], [25, 10, 25, 25]],
    // item n answered (n mod 5) + 1: 2 3 4 5 1 2 3 4 5 1 2 3 4 5 1 2 3
    ['a mixed set', (n: number) => (n % 5) + 1, [50, 'very-high'], [14, 22, 14], [14, 8, 14, 14]],
    ['all twos', () => 2, [34, 'mild'], [10, 14, 10], [10, 4, 10, 10]],
  ] as const)('%s', (_, answerTo, total, original, dsm5) => {
    const scores = scoreResponse(stss, answersBy(stss, answerTo));
    expect(scores[0]).toMatchObject({ id: 'stss.total', model: 'original', score: total[0], band: { id: total[1] } });
    expect(scores.filter((s) => s.model === 'original' && s.id !== 'stss.total').map((s) => s.score)).toEqual(original);
    expect(scores.filter((s) => s.model === 'dsm5').map((s) => s.score)).toEqual(dsm5);
  });

  it('prorates a skipped item, and gives no DSM-5 avoidance score when one of its two items is skipped', () => {
    // item 12 skipped, the rest 3: total 48 / 16 × 17 = 51.0; avoidance 18 / 6 × 7 = 21.0
    expect(brief(stss, answersBy(stss, (n) => (n === 12 ? null : 3)))).toEqual({
      'stss.total': [51, 'very-high'],
      'stss.intrusion': [15, null],
      'stss.avoidance': [21, null],
      'stss.arousal': [15, null],
      'stss.dsm5.intrusion': [15, null],
      'stss.dsm5.avoidance': [null, 'too-few-answers'],
      'stss.dsm5.cognition-mood': [15, null],
      'stss.dsm5.arousal': [15, null],
    });
  });
});

describe('every shipped instrument', () => {
  it('keeps every scale score within its possible range, with a band where it has bands, for any answers', async () => {
    const instruments = (await loadBuiltInPacks()).packs.filter((p): p is TInstrumentPack => p.kind === 'instrument');
    expect(instruments.map((p) => p.id)).toEqual(expect.arrayContaining(['proqol-5', 'stss']));
    for (const pack of instruments) {
      const values = optionValuesByItem(pack);
      const answers = fc.record(Object.fromEntries(pack.body.items.map((item) => [item.id, fc.option(fc.constantFrom(...values.get(item.id)!), { nil: null })])));
      fc.assert(
        fc.property(answers, (given) => {
          for (const [i, result] of scoreResponse(pack, given).entries()) {
            const scale = pack.body.scales[i]!;
            if (result.score === null) continue;
            const range = scaleRange(scale, scale.items.map((id) => boundsOf(values.get(id)!)));
            expect(result.score).toBeGreaterThanOrEqual(range.min);
            expect(result.score).toBeLessThanOrEqual(range.max);
            if (scale.bands.length > 0) expect(result.band, `${pack.id} ${scale.id} ${result.score}`).not.toBeNull();
          }
        }),
        { numRuns: 200 },
      );
    }
  });
});

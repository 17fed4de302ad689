import { describe, expect, it } from 'vitest';
import { bandCoverageProblems, findBand, roundHalfUp, scaleRange } from './instrument-scale-range.js';
import { minimalInstrumentPack } from './pack-fixtures.js';
import { type PackValidation, validatePack } from './validate-pack.js';

function problems(result: PackValidation): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.problem}`);
}

// biome-ignore lint/suspicious/noExplicitAny: tests break a valid pack in ways its type forbids
type Loose = any;

describe('validatePack, kind instrument', () => {
  it('accepts a minimal instrument pack', () => {
    const result = validatePack(minimalInstrumentPack(), 'packs/test.json');
    expect(result.ok && result.pack.kind).toBe('instrument');
  });

  it.each([
    ['an item naming an answer set that does not exist', (p: Loose) => (p.body.items[1].answerSet = 'often5'), '$.body.items[1].answerSet: no answer set "often5" in body.answerSets'],
    ['a scale naming an item that does not exist', (p: Loose) => (p.body.scales[0].items[3] = 'q9'), '$.body.scales[0].items[3]: no item "q9" with a valid answer set in body.items'],
    ['an item twice in a scale', (p: Loose) => (p.body.scales[1].items = ['q1', 'q1']), '$.body.scales[1].items[1]: item "q1" is listed twice in this scale'],
    ['an item id used twice', (p: Loose) => (p.body.items[3].id = 'q1'), '$.body.items[3].id: id "q1" is already used at $.body.items[0].id'],
    ['a scale with the id of an item', (p: Loose) => (p.body.scales[1].id = 'q2'), '$.body.scales[1].id: id "q2" is already used at $.body.items[1].id'],
    ['a band id twice in a scale', (p: Loose) => (p.body.scales[0].bands[1].id = 'low'), '$.body.scales[0].bands[1].id: id "low" is already used at $.body.scales[0].bands[0].id'],
    ['an option value twice', (p: Loose) => (p.body.answerSets[0].options[2].value = 1), '$.body.answerSets[0].options[2].value: value 1 is already an option of this answer set'],
    ['minAnswered above the item count', (p: Loose) => (p.body.scales[1].minAnswered = 3), '$.body.scales[1].minAnswered: minAnswered is 3, but the scale has only 2 items'],
    ['a safety mark that is not an option value', (p: Loose) => (p.body.items[0].supportAtOrAbove = 7), '$.body.items[0].supportAtOrAbove: must be one of the option values of answer set'],
    ['an unknown method', (p: Loose) => (p.body.scales[0].method = 'median'), '$.body.scales[0].method: must be one of "sum", "mean"'],
    ['an unknown missing rule', (p: Loose) => (p.body.scales[0].missing = 'average'), '$.body.scales[0].missing: must be one of "prorate", "zero", "none"'],
    ['a null text without a licence', (p: Loose) => (p.body.items[0].text = null), '$.body.items[0].text: text may be null only for a licensed measure'],
    ['a missing Spanish option text', (p: Loose) => delete p.body.answerSets[0].options[0].text.es, '$.body.answerSets[0].options[0].text.es: missing Spanish text'],
    ['a gap between bands', (p: Loose) => (p.body.scales[0].bands[1].min = 6), '$.body.scales[0].bands[1].min: a gap: scores 5 fall in no band (this band must start at 5)'],
    ['a wider gap', (p: Loose) => (p.body.scales[0].bands[2].min = 11), '$.body.scales[0].bands[2].min: a gap: scores 9–10 fall in no band'],
    ['overlapping bands', (p: Loose) => (p.body.scales[0].bands[1].min = 4), '$.body.scales[0].bands[1].min: overlaps the band before, which ends at 4 (this band must start at 5)'],
    ['a first band above the lowest score', (p: Loose) => (p.body.scales[0].bands[0].min = 1), '$.body.scales[0].bands[0].min: the lowest possible score is 0: the first band must start there, not at 1'],
    ['a last band short of the highest score', (p: Loose) => (p.body.scales[0].bands[2].max = 11), '$.body.scales[0].bands[2].max: the highest possible score is 12: the last band must end there, not at 11'],
    ['a last band beyond the highest score', (p: Loose) => (p.body.scales[0].bands[2].max = 15), '$.body.scales[0].bands[2].max: the highest possible score is 12'],
    ['fractional bounds on a sum', (p: Loose) => (p.body.scales[0].bands[0].max = 4.5), '$.body.scales[0].bands[0].max: this scale sums whole numbers'],
    ['a gap on a mean scale', (p: Loose) => (p.body.scales[1].bands[1].min = 1.6), '$.body.scales[1].bands[1].min: a gap: scores between 1.5 and 1.6 fall in no band'],
  ])('reports %s', (_, breakIt, expected) => {
    const pack: Loose = minimalInstrumentPack();
    breakIt(pack);
    const found = problems(validatePack(pack, 'p.json'));
    expect(found.filter((line) => line.startsWith(expected)), found.join('\n')).toHaveLength(1);
  });

  it('withholds texts exactly when the licence says so', () => {
    const pack: Loose = minimalInstrumentPack();
    pack.body.licence = { holder: 'The holder', textsIncluded: false };
    expect(problems(validatePack(pack, 'p.json'))).toContain('$.body.items[0].text: licence.textsIncluded is false: licensed item texts are not shipped, so text must be null');
    for (const item of pack.body.items) item.text = null;
    expect(validatePack(pack, 'p.json').ok).toBe(true);
  });

  it('accepts a scale without bands (scored, never banded) and an instrument without scales', () => {
    const pack: Loose = minimalInstrumentPack();
    pack.body.scales[1].bands = [];
    expect(validatePack(pack, 'p.json').ok).toBe(true);
    pack.body.scales = [];
    expect(validatePack(pack, 'p.json').ok).toBe(true);
  });
});

describe('scale ranges and bands', () => {
  const items = (n: number, min: number, max: number) => Array.from({ length: n }, () => ({ min, max }));
  it.each([
    ['sum, none', { method: 'sum', missing: 'none', minAnswered: 10 }, items(10, 1, 5), { min: 10, max: 50 }],
    ['sum, prorate', { method: 'sum', missing: 'prorate', minAnswered: 8 }, items(10, 1, 5), { min: 10, max: 50 }],
    ['mean', { method: 'mean', missing: 'prorate', minAnswered: 1 }, items(4, 0, 3), { min: 0, max: 3 }],
    ['sum over unequal answer sets, prorated from one', { method: 'sum', missing: 'prorate', minAnswered: 1 }, [{ min: 0, max: 3 }, { min: 1, max: 5 }], { min: 0, max: 10 }],
    ['the same, none missing', { method: 'sum', missing: 'none', minAnswered: 1 }, [{ min: 0, max: 3 }, { min: 1, max: 5 }], { min: 1, max: 8 }],
    ['sum, an unanswered item adding 0, from 8 of 10', { method: 'sum', missing: 'zero', minAnswered: 8 }, items(10, 1, 5), { min: 8, max: 50 }],
    ['the same over answers below 0: every item answered at its lowest', { method: 'sum', missing: 'zero', minAnswered: 1 }, items(3, -2, 2), { min: -6, max: 6 }],
    ['a mean with unanswered items adding 0 divides by every item', { method: 'mean', missing: 'zero', minAnswered: 1 }, items(4, 1, 3), { min: 0.25, max: 3 }],
  ] as const)('%s', (_, scale, bounds, expected) => {
    expect(scaleRange(scale, bounds)).toEqual(expected);
  });

  it('places a prorated score on a whole-number scale after rounding half up, and a mean on the higher of touching bands', () => {
    const whole = [
      { id: 'low', min: 10, max: 22 },
      { id: 'mid', min: 23, max: 41 },
      { id: 'high', min: 42, max: 50 },
    ];
    expect([22, 22.4, 22.5, 41.5, 50].map((s) => findBand(s, whole, true)?.id)).toEqual(['low', 'low', 'mid', 'high', 'high']);
    const touching = [
      { id: 'calm', min: 0, max: 1.5 },
      { id: 'busy', min: 1.5, max: 3 },
    ];
    expect([0, 1.49, 1.5, 3, 3.01].map((s) => findBand(s, touching, false)?.id)).toEqual(['calm', 'calm', 'busy', 'busy', undefined]);
    expect(bandCoverageProblems(whole, { min: 10, max: 50 }, true)).toEqual([]);
  });

  it('rounds half up on the decimal text', () => {
    expect([roundHalfUp(2.35, 1), roundHalfUp(2.25, 1), roundHalfUp(22.45, 1), roundHalfUp(1.005, 2), roundHalfUp(-2.5, 0)]).toEqual([2.4, 2.3, 22.5, 1.01, -3]);
  });
});

describe('safety items', () => {
  it('accepts a safety mark that is one of the item’s option values', () => {
    const pack: Loose = minimalInstrumentPack();
    pack.body.items[0].supportAtOrAbove = pack.body.answerSets[0].options.at(-1).value;
    expect(validatePack(pack, 'packs/test.json').ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { bandStretches, labelIndexes, lowestOf, percentOf } from './chart-geometry';

describe('bandStretches: bands drawn behind a trend', () => {
  it('makes whole-score bands touch halfway between them, reaching both ends of the axis', () => {
    const bands = [
      { id: 'many', min: 26, max: 40 },
      { id: 'few', min: 10, max: 17 },
      { id: 'some', min: 18, max: 25 },
    ];
    expect(bandStretches(bands, 10, 40)).toEqual([
      { id: 'few', from: 10, to: 17.5 },
      { id: 'some', from: 17.5, to: 25.5 },
      { id: 'many', from: 25.5, to: 40 },
    ]);
  });

  it('keeps bands of a mean scale that already touch, and clamps to the axis', () => {
    expect(bandStretches([{ id: 'low', min: 0, max: 2 }, { id: 'high', min: 2, max: 5 }], 0, 4)).toEqual([
      { id: 'low', from: 0, to: 2 },
      { id: 'high', from: 2, to: 4 },
    ]);
  });

  it('leaves out a band wholly outside the axis, and has nothing to draw without bands', () => {
    expect(bandStretches([{ id: 'a', min: 0, max: 5 }, { id: 'beyond', min: 50, max: 60 }], 0, 10).map((s) => s.id)).toEqual(['a']);
    expect(bandStretches([], 0, 10)).toEqual([]);
  });
});

describe('labelIndexes: labels that fit under a chart', () => {
  it('shows every label when there is room', () => {
    expect(labelIndexes(4, 640, 120)).toEqual([0, 1, 2, 3]);
  });

  it('on a phone shows the first, the last and evenly spread ones between', () => {
    expect(labelIndexes(12, 340, 110)).toEqual([0, 6, 11]);
    expect(labelIndexes(12, 200, 110)).toEqual([0, 11]);
  });

  it('copes with one label and with none', () => {
    expect(labelIndexes(1, 50, 110)).toEqual([0]);
    expect(labelIndexes(0, 640, 110)).toEqual([]);
  });
});

describe('percentOf and lowestOf', () => {
  it('rounds to whole percentages and gives 0 for an empty whole', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
  });

  it('finds the lowest, the first of equals', () => {
    expect(lowestOf([{ n: 'a', v: 3 }, { n: 'b', v: 1 }, { n: 'c', v: 1 }], (x) => x.v)?.n).toBe('b');
    expect(lowestOf([], () => 0)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { auditMeasure, auditValues, bandMeasure, bandValues, measureKind, measureParts } from './contribution-values.js';

describe('auditValues', () => {
  it('gives each section its rated criteria as n and their points (red 0, amber 1, green 2) as sum, with the reviewers as people', () => {
    const out = auditValues('tend.audit', [
      { id: 'safety', counts: { red: 1, amber: 2, green: 3 } },
      { id: 'trust', counts: { red: 0, amber: 0, green: 4 } },
    ], 6);
    expect(out).toEqual([
      { measure: 'audit:tend.audit:safety', n: 6, sum: 0 + 2 + 6, people: 6 },
      { measure: 'audit:tend.audit:trust', n: 4, sum: 8, people: 6 },
    ]);
  });

  it('leaves out a section with no confirmed rating, and unrated criteria add nothing', () => {
    const out = auditValues('p', [
      { id: 'empty', counts: { red: 0, amber: 0, green: 0 } },
      { id: 'half', counts: { red: 2, amber: 0, green: 0 } },
    ], 3);
    expect(out).toEqual([{ measure: 'audit:p:half', n: 2, sum: 0, people: 3 }]);
  });
});

describe('bandValues', () => {
  const scale = (whole: { shown: boolean; people?: number; counts?: Record<string, number> } | undefined) => ({
    instrumentId: 'tend.proqol-5',
    scales: [{ scaleId: 'proqol.bo', bands: [{ id: 'low' }, { id: 'moderate' }, { id: 'high' }], whole }],
  });

  it('gives every band of a shown whole-organisation group, zero and none included: n and people are the contributors, sum those in the band', () => {
    const out = bandValues([scale({ shown: true, people: 12, counts: { low: 5, moderate: 7, high: 0, none: 0 } })]);
    expect(out).toEqual([
      { measure: 'bands:tend.proqol-5:proqol.bo:low', n: 12, sum: 5, people: 12 },
      { measure: 'bands:tend.proqol-5:proqol.bo:moderate', n: 12, sum: 7, people: 12 },
      { measure: 'bands:tend.proqol-5:proqol.bo:high', n: 12, sum: 0, people: 12 },
      { measure: 'bands:tend.proqol-5:proqol.bo:none', n: 12, sum: 0, people: 12 },
    ]);
    // the shares add up to the whole: nothing but counts per band
    expect(out.reduce((t, v) => t + v.sum, 0)).toBe(12);
  });

  it('gives nothing for a hidden group, a missing one or one with nobody', () => {
    expect(bandValues([scale({ shown: false })])).toEqual([]);
    expect(bandValues([scale(undefined)])).toEqual([]);
    expect(bandValues([scale({ shown: true, people: 0, counts: {} })])).toEqual([]);
  });

  it('carries no person: each value has only a measure, counts and a sum', () => {
    for (const v of bandValues([scale({ shown: true, people: 9, counts: { low: 9 } })])) expect(Object.keys(v).sort()).toEqual(['measure', 'n', 'people', 'sum']);
  });
});

describe('measure ids', () => {
  it('tell the kind apart, a bare id being a survey section', () => {
    expect(measureKind('safety')).toBe('staff-survey');
    expect(measureKind(auditMeasure('p', 's'))).toBe('audit');
    expect(measureKind(bandMeasure('i', 's', 'b'))).toBe('check-in-bands');
  });

  it('split back into their parts', () => {
    expect(measureParts(auditMeasure('tend.trauma-informed-audit', 'safety'))).toEqual({ kind: 'audit', packId: 'tend.trauma-informed-audit', sectionId: 'safety' });
    expect(measureParts(bandMeasure('tend.proqol-5', 'proqol.bo', 'none'))).toEqual({ kind: 'check-in-bands', instrumentId: 'tend.proqol-5', scaleId: 'proqol.bo', bandId: 'none' });
    expect(measureParts('safety')).toBeUndefined();
    expect(measureParts('audit:only-two')).toBeUndefined();
  });
});

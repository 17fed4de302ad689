import { describe, expect, it } from 'vitest';
import type { TSurveyShape } from '../assessments/survey-model.js';
import { publishedFigures } from './figure-labels.js';

const shape: TSurveyShape = {
  ratings: { scale: { min: 0, max: 4 } },
  sections: [{ id: 'safety', title: { en: 'Safety', es: 'Seguridad' }, criteria: [{ id: 'c1', text: { en: 'x' } }] }],
};
const figures = [
  { id: 'collaborative\u0000baseline\u0000safety', timepoint: 'baseline', measure: 'safety', cell: 'all', orgIds: ['a', 'b', 'c'] },
  { id: 'hub\u0000baseline\u0000safety', timepoint: 'baseline', measure: 'safety', cell: 'all', orgIds: ['a', 'b', 'c', 'd'] },
];
const verdicts = [
  { id: figures[0]!.id, shown: true as const, n: 30, sum: 75, mean: 2.5, organisations: 3 },
  { id: figures[1]!.id, shown: false as const, reason: 'protects-another' as const },
];
const timepoints = [{ slot: 'baseline', label: 'Baseline', dueOn: '2026-03-01', packId: 'survey' }];

describe('open-data figures of a collaborative', () => {
  it('labels each pool with whose it is, the timepoint, the section in the language and the scale of the pack', () => {
    const out = publishedFigures({ figures, verdicts, timepoints, shapes: new Map([['survey', shape]]), collaborativeName: 'North', hubName: 'Region', locale: 'es' });
    expect(out.map((f) => f.verdict.id)).toEqual(['collaborative/baseline/safety', 'hub/baseline/safety']);
    expect(out[0]!.labels).toEqual({ collaborative: 'North', timepoint: { label: 'Baseline', date: '2026-03-01' }, measure: { id: 'safety', name: 'Seguridad' }, cell: 'Todo el personal', scale: { min: 0, max: 4 }, count: { unit: 'ratings', perPerson: 1 } });
    expect(out[1]!.labels.collaborative).toBe('Region');
    expect(out[1]!.verdict).toEqual({ id: 'hub/baseline/safety', shown: false, reason: 'protects-another' });
  });

  it("falls back to the section's id and a 1 to 5 scale when the pack is not installed", () => {
    const out = publishedFigures({ figures, verdicts, timepoints, shapes: new Map(), collaborativeName: 'North', hubName: 'Region', locale: 'en' });
    expect(out[0]!.labels.measure).toEqual({ id: 'safety', name: 'safety' });
    expect(out[0]!.labels.scale).toEqual({ min: 1, max: 5 });
    // noise then assumes more ratings a person than any built-in section has
    expect(out[0]!.labels.count).toEqual({ unit: 'ratings', perPerson: 20 });
  });

  it('refuses a figure the gate gave no verdict on', () => {
    expect(() => publishedFigures({ figures, verdicts: verdicts.slice(0, 1), timepoints, shapes: new Map(), collaborativeName: 'N', hubName: 'R', locale: 'en' })).toThrow(/no verdict/);
  });
});

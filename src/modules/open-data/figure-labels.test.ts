import { describe, expect, it } from 'vitest';
import type { TSurveyShape } from '../assessments/survey-model.js';
import { sensitivityOf } from '../../platform/publication/index.js';
import { publishedFigures, UNKNOWN_CRITERIA } from './figure-labels.js';

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
    const out = publishedFigures({ figures, verdicts, timepoints, shapes: new Map([['survey', shape]]), otherMeasures: new Map(), collaborativeName: 'North', hubName: 'Region', locale: 'es' });
    expect(out.map((f) => f.verdict.id)).toEqual(['collaborative/baseline/safety', 'hub/baseline/safety']);
    expect(out[0]!.labels).toEqual({ collaborative: 'North', timepoint: { label: 'Baseline', date: '2026-03-01' }, kind: 'staff-survey', measure: { id: 'safety', name: 'Seguridad' }, cell: 'Todo el personal', scale: { min: 0, max: 4 }, count: { unit: 'ratings', perPerson: 1 } });
    expect(out[1]!.labels.collaborative).toBe('Region');
    expect(out[1]!.verdict).toEqual({ id: 'hub/baseline/safety', shown: false, reason: 'protects-another' });
  });

  it("falls back to the section's id and a 1 to 5 scale when the pack is not installed", () => {
    const out = publishedFigures({ figures, verdicts, timepoints, shapes: new Map(), otherMeasures: new Map(), collaborativeName: 'North', hubName: 'Region', locale: 'en' });
    expect(out[0]!.labels.measure).toEqual({ id: 'safety', name: 'safety' });
    expect(out[0]!.labels.scale).toEqual({ min: 1, max: 5 });
    // noise then assumes more ratings a person than any built-in section has
    expect(out[0]!.labels.count).toEqual({ unit: 'ratings', perPerson: 20 });
  });

  it('refuses a figure the gate gave no verdict on', () => {
    expect(() => publishedFigures({ figures, verdicts: verdicts.slice(0, 1), timepoints, shapes: new Map(), otherMeasures: new Map(), collaborativeName: 'N', hubName: 'R', locale: 'en' })).toThrow(/no verdict/);
  });

  const audit = 'audit:org.audit:safety';
  const band = 'bands:tend.sts:sts:high';
  const otherFigures = [
    { id: `collaborative\u0000baseline\u0000${audit}`, timepoint: 'baseline', measure: audit, cell: 'all', orgIds: ['a', 'b', 'c'] },
    { id: `collaborative\u0000baseline\u0000${band}`, timepoint: 'baseline', measure: band, cell: 'all', orgIds: ['a', 'b', 'c'] },
    { id: `hub\u0000baseline\u0000${band}`, timepoint: 'baseline', measure: band, cell: 'all', orgIds: ['a', 'b', 'c', 'd'] },
  ];
  const otherVerdicts = [
    { id: otherFigures[0]!.id, shown: true as const, n: 24, sum: 30, mean: 1.25, organisations: 3 },
    { id: otherFigures[1]!.id, shown: true as const, n: 40, sum: 10, mean: 0.25, organisations: 3 },
    { id: otherFigures[2]!.id, shown: false as const, reason: 'too-few-people' as const },
  ];
  const otherMeasures = new Map([
    [audit, { title: { en: 'Safety (Org audit)', es: 'Seguridad (Auditoría)' }, criteria: 8 }],
    [band, { title: { en: 'Stress: high (STS)', es: 'Estrés: alto (STS)' } }],
  ]);
  const others = (locale: 'en' | 'es', measures: typeof otherMeasures = otherMeasures) =>
    publishedFigures({ figures: otherFigures, verdicts: otherVerdicts, timepoints, shapes: new Map([['survey', shape]]), otherMeasures: measures, collaborativeName: 'North', hubName: 'Region', locale });

  it("labels an audit section's figure with its title, the 0–2 scale and ratings, one organisation's review moving it by the section's criteria", () => {
    const [figure] = others('es');
    expect(figure!.verdict).toEqual({ ...otherVerdicts[0], id: `collaborative/baseline/${audit}` });
    expect(figure!.labels).toEqual({
      kind: 'audit',
      collaborative: 'North',
      timepoint: { label: 'Baseline', date: '2026-03-01' },
      measure: { id: audit, name: 'Seguridad (Auditoría)' },
      cell: 'Revisiones de toda la organización',
      scale: { min: 0, max: 2 },
      count: { unit: 'ratings', perPerson: 8 },
    });
    // noise: one organisation moves the count by its 8 ratings and the sum by 8 × 2 points
    expect(sensitivityOf(figure!.labels)).toEqual({ count: 8, sum: 16 });
  });

  it("labels a check-in band's figure as a share of people, each person moving it by one", () => {
    const [, shown, hidden] = others('en');
    expect(shown!.labels).toEqual({
      kind: 'check-in-bands',
      collaborative: 'North',
      timepoint: { label: 'Baseline', date: '2026-03-01' },
      measure: { id: band, name: 'Stress: high (STS)' },
      cell: 'People who count their check-ins',
      scale: { min: 0, max: 1 },
      count: { unit: 'people', perPerson: 1 },
    });
    expect(sensitivityOf(shown!.labels)).toEqual({ count: 1, sum: 1 });
    // a hidden band keeps its reason and nothing else, under the hub's name
    expect(hidden!.verdict).toEqual({ id: `hub/baseline/${band}`, shown: false, reason: 'too-few-people' });
    expect(hidden!.labels.collaborative).toBe('Region');
  });

  it('reads an audit section or band whose pack is gone by its id, and noises the audit for more criteria than any section has', () => {
    const [auditFigure, bandFigure] = others('en', new Map());
    expect(auditFigure!.labels.measure).toEqual({ id: audit, name: audit });
    expect(auditFigure!.labels.count).toEqual({ unit: 'ratings', perPerson: UNKNOWN_CRITERIA });
    expect(sensitivityOf(auditFigure!.labels)).toEqual({ count: UNKNOWN_CRITERIA, sum: 2 * UNKNOWN_CRITERIA });
    expect(bandFigure!.labels.measure).toEqual({ id: band, name: band });
    expect(sensitivityOf(bandFigure!.labels)).toEqual({ count: 1, sum: 1 });
  });

  it('gives a survey section the sensitivity of its criteria on its scale', () => {
    const [figure] = publishedFigures({ figures, verdicts, timepoints, shapes: new Map([['survey', shape]]), otherMeasures: new Map(), collaborativeName: 'N', hubName: 'R', locale: 'en' });
    expect(sensitivityOf(figure!.labels)).toEqual({ count: 1, sum: 4 });
  });
});

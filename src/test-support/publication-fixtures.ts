import type { PublicationFacts, PublishedFigure } from '../platform/publication/model.js';

/** A hub's release facts for publication tests. */
export const FACTS: PublicationFacts = {
  hub: 'North Coast Hub',
  period: { from: '2026-01-01', to: '2026-06-30' },
  rule: { minGroupSize: 5, minOrganisations: 3 },
  release: { id: 'rel-2026-1', version: 1 },
  publishedAt: '2026-07-01T09:00:00Z',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

type Labels = PublishedFigure['labels'];
const labels = (timepoint: 'Baseline' | 'Endline', measure = 'Burnout', cell = 'All staff', collaborative = 'Calm Teams 2026'): Labels => ({
  collaborative,
  timepoint: timepoint === 'Baseline' ? { label: 'Baseline', date: '2026-02-01' } : { label: 'Endline', date: '2026-06-01' },
  measure: { id: measure.toLowerCase(), name: measure },
  cell,
  scale: { min: 1, max: 5 },
});

/** A shown figure of `n` people with mean `mean` from `organisations` organisations. */
export const shownFigure = (id: string, l: Labels, n: number, mean: number, organisations: number): PublishedFigure => ({ verdict: { id, shown: true, n, sum: n * mean, mean, organisations }, labels: l });

/**
 * Burnout at baseline and endline (shown, 3.1 then 2.8), compassion satisfaction shown at
 * endline but hidden at baseline, and one team's burnout hidden at endline.
 */
export const FIGURES: PublishedFigure[] = [
  shownFigure('f1', labels('Baseline'), 120, 3.1, 7),
  shownFigure('f2', labels('Endline'), 140, 2.8, 7),
  { verdict: { id: 'f3', shown: false, reason: 'too-few-organisations' }, labels: labels('Baseline', 'Compassion') },
  shownFigure('f4', labels('Endline', 'Compassion'), 100, 3.55, 4),
  { verdict: { id: 'f5', shown: false, reason: 'too-few-people' }, labels: labels('Endline', 'Burnout', 'Night shift') },
];

const kindLabels = (kind: 'audit' | 'check-in-bands', timepoint: 'Baseline' | 'Endline', collaborative = 'Calm Teams 2026'): Labels =>
  kind === 'audit'
    ? { ...labels(timepoint, 'Safety', 'Whole-organisation reviews', collaborative), kind, measure: { id: 'audit:org.audit:safety', name: 'Safety (Org audit)' }, scale: { min: 0, max: 2 }, count: { unit: 'ratings', perPerson: 8 } }
    : { ...labels(timepoint, 'High', 'People who count their check-ins', collaborative), kind, measure: { id: 'bands:tend.sts:sts:high', name: 'Stress: high (STS)' }, scale: { min: 0, max: 1 }, count: { unit: 'people', perPerson: 1 } };

/**
 * The other kinds: an audit section shown at baseline (1.25 of 2 from 24 ratings) and endline
 * (1.5), a check-in band shown at baseline (34% of 50 people) and endline (29% of 100), and
 * the band hidden across the hub at endline.
 */
export const KIND_FIGURES: PublishedFigure[] = [
  shownFigure('a1', kindLabels('audit', 'Baseline'), 24, 1.25, 3),
  shownFigure('a2', kindLabels('audit', 'Endline'), 24, 1.5, 3),
  shownFigure('b1', kindLabels('check-in-bands', 'Baseline'), 50, 0.34, 4),
  shownFigure('b2', kindLabels('check-in-bands', 'Endline'), 100, 0.29, 4),
  { verdict: { id: 'b3', shown: false, reason: 'too-few-people' }, labels: kindLabels('check-in-bands', 'Endline', 'North Coast Hub') },
];

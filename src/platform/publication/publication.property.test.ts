import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../test-support/publication-fixtures.js';
import { readOpenDataCsv } from '../../test-support/read-open-data-csv.js';
import { seededRandom } from '../../test-support/seeded-random.js';
import { buildPublication } from './build-publication.js';
import { CROSS_ORG_HIDDEN_REASONS, type CrossOrgVerdict } from './cross-org-verdict.js';
import { publicationCsv } from './csv.js';
import { publicationJson, readPublicationJson } from './json.js';
import type { FigureLabels, MeasureKind, PublishedFigure } from './model.js';
import { publicationSummaryText } from './summary.js';

// labels without digits, so a hidden figure's number can only show up in a file by leaking
const label = fc.stringMatching(/^[a-zA-Zñé ,"'=+@\-\n\r\t|]{0,12}$/);
const timepoints = [
  { label: 'Baseline', date: '2026-02-01' },
  { label: 'Endline', date: '2026-06-01' },
  { label: 'Six months', date: '2026-12-01' },
];

// a hidden verdict as a careless gate might hand it over: still holding its exact values, each
// one a number no shown figure or label can hold (five digits from 50001, a three-decimal sum, a five-decimal mean)
const hiddenFigure = fc.record({
  reason: fc.constantFrom(...CROSS_ORG_HIDDEN_REASONS),
  n: fc.integer({ min: 50_001, max: 99_999 }),
  sumThousandths: fc.integer({ min: 100_000_001, max: 499_999_999 }).filter((s) => s % 10 !== 0),
  meanE5: fc.integer({ min: 100_001, max: 499_999 }).filter((m) => m % 10 !== 0),
  organisations: fc.integer({ min: 60_001, max: 69_999 }),
});
// each kind's scale and how many values one contributor gives: a survey section 1–5 by person,
// an audit section 0–2 by organisation (eight criteria), a check-in band 0–1 by person
const KINDS: Record<MeasureKind, Pick<FigureLabels, 'scale' | 'count'>> = {
  'staff-survey': { scale: { min: 1, max: 5 }, count: { unit: 'ratings', perPerson: 3 } },
  audit: { scale: { min: 0, max: 2 }, count: { unit: 'ratings', perPerson: 8 } },
  'check-in-bands': { scale: { min: 0, max: 1 }, count: { unit: 'people', perPerson: 1 } },
};
// a shown figure's sum as a fraction of what its n can hold, so that it fits any kind's scale
const shownFigure = fc.integer({ min: 1, max: 4_000 }).chain((n) => fc.record({ n: fc.constant(n), fill: fc.integer({ min: 0, max: 1000 }), organisations: fc.integer({ min: 3, max: 40 }) }));

const figures = fc.array(
  fc.record({
    collaborative: label,
    measure: fc.oneof(fc.constantFrom('Burnout', 'Compassion'), label),
    kind: fc.constantFrom<MeasureKind>('staff-survey', 'audit', 'check-in-bands'),
    cell: label,
    timepoint: fc.constantFrom(...timepoints),
    value: fc.oneof(hiddenFigure.map((h) => ({ hidden: h })), shownFigure.map((s) => ({ shown: s }))),
  }),
  { minLength: 1, maxLength: 12 },
);

type Secret = { n: number; sum: number; mean: number; organisations: number };

type Drawn = typeof figures extends fc.Arbitrary<infer T> ? T : never;

function toFigures(drawn: Drawn): { published: PublishedFigure[]; secrets: Secret[] } {
  const secrets: Secret[] = [];
  const published = drawn.map((d, i): PublishedFigure => {
    const labels: FigureLabels = { kind: d.kind, collaborative: d.collaborative, timepoint: d.timepoint, measure: { id: `${d.kind}-${d.measure.length}`, name: d.measure }, cell: d.cell, ...KINDS[d.kind] };
    if ('shown' in d.value) {
      const s = d.value.shown;
      const { min, max } = labels.scale;
      const sum = min * s.n + Math.round(((max - min) * s.n * s.fill) / 1000);
      return { labels, verdict: { id: `f${i}`, shown: true, n: s.n, sum, mean: sum / s.n, organisations: s.organisations } };
    }
    const h = d.value.hidden;
    const secret = { n: h.n, sum: h.sumThousandths / 1000, mean: h.meanE5 / 100_000, organisations: h.organisations };
    secrets.push(secret);
    return { labels, verdict: { id: `f${i}`, shown: false, reason: h.reason, ...secret } as CrossOrgVerdict };
  });
  return { published, secrets };
}

// the ways a number may be written in a file: as JavaScript prints it, in either language's format
const spellings = (value: number): string[] => [String(value), ...(['en', 'es'] as const).flatMap((l) => [true, false].map((useGrouping) => new Intl.NumberFormat(l, { maximumFractionDigits: 20, useGrouping }).format(value)))];

describe('every file of a publication, for any figures (seeded)', () => {
  it('holds no value of a hidden figure, and the CSV and the JSON carry the same rows', () => {
    fc.assert(
      fc.property(figures, fc.boolean(), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom('en' as const, 'es' as const), (drawn, noisy, seed, locale) => {
        const { published, secrets } = toFigures(drawn);
        const noise = noisy ? { epsilon: 5, random: seededRandom(seed) } : undefined;
        const publication = buildPublication(published, FACTS, { locale, noise });
        const csv = publicationCsv(publication, { bom: seed % 2 === 0 });
        const json = publicationJson(publication);
        const summary = publicationSummaryText(publication);
        const files = [csv, json, summary];
        for (const secret of secrets) {
          for (const value of [secret.n, secret.sum, secret.mean, secret.organisations]) {
            for (const spelled of spellings(value)) for (const file of files) expect(file.includes(spelled), `${spelled} in a file`).toBe(false);
          }
        }
        const fromJson = readPublicationJson(json).rows;
        expect(readOpenDataCsv(csv)).toEqual(fromJson);
        expect(fromJson).toEqual(publication.rows);
        for (const row of fromJson.filter((r) => r.status === 'not_shown')) expect([row.count, row.organisations, row.mean, row.change_since_baseline]).toEqual([null, null, null, null]);
        expect(fromJson.map((r) => r.figure_id)).toEqual(published.map((f) => f.verdict.id));
        // each row says its kind, and a shown mean stays within its kind's scale, noise or not
        expect(fromJson.map((r) => r.measure_kind)).toEqual(drawn.map((d) => d.kind));
        for (const row of fromJson.filter((r) => r.status === 'shown')) expect(row.mean! >= row.scale_min && row.mean! <= row.scale_max).toBe(true);
      }),
      { seed: 20261207, numRuns: 300 },
    );
    // 300 runs take about half a second alone; other work on a shared machine can slow them tenfold
  }, 60_000);
});

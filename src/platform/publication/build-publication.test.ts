import { describe, expect, it } from 'vitest';
import { FACTS, FIGURES, KIND_FIGURES, shownFigure } from '../../test-support/publication-fixtures.js';
import { seededRandom } from '../../test-support/seeded-random.js';
import { buildPublication } from './build-publication.js';
import type { CrossOrgVerdict } from './cross-org-verdict.js';
import { readPublicationJson } from './json.js';
import { PUBLICATION_FORMAT } from './model.js';

describe('a publication built from the gate’s verdicts', () => {
  it('has one row per figure: shown ones with people, organisations and mean; hidden ones empty with the reason', () => {
    const { rows } = buildPublication(FIGURES, FACTS);
    expect(rows.map((r) => [r.figure_id, r.status, r.count, r.organisations, r.mean])).toEqual([
      ['f1', 'shown', 120, 7, 3.1],
      ['f2', 'shown', 140, 7, 2.8],
      ['f3', 'not_shown', null, null, null],
      ['f4', 'shown', 100, 4, 3.55],
      ['f5', 'not_shown', null, null, null],
    ]);
    expect(rows[2]).toMatchObject({ not_shown_reason: 'too-few-organisations', not_shown_explanation: 'Not shown: fewer than 3 organisations took part.' });
    expect(rows[4]).toMatchObject({ not_shown_reason: 'too-few-people', not_shown_explanation: 'Not shown: at least one organisation had fewer than 5 people in this group.' });
    expect(rows[1]).toMatchObject({ collaborative: 'Calm Teams 2026', timepoint: 'Endline', timepoint_date: '2026-06-01', measure_id: 'burnout', measure: 'Burnout', cell: 'All staff', scale_min: 1, scale_max: 5 });
  });

  it('compares each later figure with its series’ baseline, only when both are shown', () => {
    const { rows } = buildPublication(FIGURES, FACTS);
    const byId = Object.fromEntries(rows.map((r) => [r.figure_id, r]));
    expect(byId.f1).toMatchObject({ baseline_timepoint: null, change_since_baseline: null });
    // 2.8 − 3.1 in floating point is −0.30000000000000027: the published change is −0.3
    expect(byId.f2).toMatchObject({ baseline_timepoint: 'Baseline', change_since_baseline: -0.3 });
    expect(byId.f4).toMatchObject({ baseline_timepoint: 'Baseline', change_since_baseline: null });
    // the night shift has no baseline of its own: it is its own series' first timepoint
    expect(byId.f5).toMatchObject({ baseline_timepoint: null, change_since_baseline: null });
  });

  it('finds the baseline by date, whatever order the figures come in', () => {
    const { rows } = buildPublication([...FIGURES].reverse(), FACTS);
    expect(rows.find((r) => r.figure_id === 'f2')).toMatchObject({ baseline_timepoint: 'Baseline', change_since_baseline: -0.3 });
  });

  it('rounds means to two decimals', () => {
    const [row] = buildPublication([shownFigure('x', FIGURES[0]!.labels, 30, 3.146, 3)], FACTS).rows;
    expect(row!.mean).toBe(3.15);
  });

  it('takes only the id and reason from a hidden verdict, whatever else it carries', () => {
    const leaky = { verdict: { id: 'h', shown: false, reason: 'protects-another', n: 4, sum: 13, mean: 3.25, organisations: 3 } as CrossOrgVerdict, labels: FIGURES[0]!.labels };
    const [row] = buildPublication([leaky], FACTS).rows;
    expect(row).toMatchObject({ count: null, organisations: null, mean: null, change_since_baseline: null });
    expect(JSON.stringify(row)).not.toMatch(/3\.25|13/);
  });

  it('states the release, the suppression rule, the licence and that no noise was added', () => {
    const { metadata } = buildPublication(FIGURES, FACTS);
    expect(metadata).toMatchObject({
      title: 'North Coast Hub: open data',
      hub: 'North Coast Hub',
      language: 'en',
      period: FACTS.period,
      release: FACTS.release,
      publishedAt: FACTS.publishedAt,
      licence: { name: 'CC BY 4.0', url: FACTS.licence.url },
      suppression: { minGroupSize: 5, minOrganisations: 3 },
      noise: { applied: false, explanation: 'No random noise was added: the figures shown are the exact ones.' },
      figures: { total: 5, shown: 3, notShown: 2 },
    });
    expect(metadata.suppression.explanation).toContain('at least 5 people');
  });

  it('says plainly when noise was added, with the epsilon, and draws it from the given source', () => {
    const a = buildPublication(FIGURES, FACTS, { noise: { epsilon: 1.5, random: seededRandom(8) } });
    const b = buildPublication(FIGURES, FACTS, { noise: { epsilon: 1.5, random: seededRandom(8) } });
    expect(a).toEqual(b);
    expect(a.metadata.noise).toMatchObject({ applied: true, mechanism: 'two-sided-geometric', epsilon: 1.5, epsilonPerFigure: 0.3 });
    expect(a.metadata.noise.explanation).toMatch(/epsilon 1\.5 for this release.*differ slightly from the exact ones/);
    expect(a.rows.filter((r) => r.status === 'not_shown').map((r) => r.figure_id)).toEqual(['f3', 'f5']);
  });

  it('writes its words in Spanish when asked', () => {
    const p = buildPublication(FIGURES, FACTS, { locale: 'es', noise: { epsilon: 0.25, random: seededRandom(1) } });
    expect(p.metadata.title).toBe('North Coast Hub: datos abiertos');
    expect(p.rows[2]!.not_shown_explanation).toBe('No se muestra: participaron menos de 3 organizaciones.');
    expect(p.metadata.noise.explanation).toContain('épsilon 0,25');
  });

  it('refuses two figures with one id, and labels its schema would refuse', () => {
    expect(() => buildPublication([FIGURES[0]!, FIGURES[0]!], FACTS)).toThrow(/same id/);
    expect(() => buildPublication([{ ...FIGURES[0]!, labels: { ...FIGURES[0]!.labels, timepoint: { label: 'x', date: '1 June' } } }], FACTS)).toThrow();
  });

  it("says each row's kind, mixing kinds in one file, each series compared with its own baseline", () => {
    const { rows, metadata } = buildPublication([...FIGURES, ...KIND_FIGURES], FACTS);
    expect(metadata.format).toBe(PUBLICATION_FORMAT);
    expect(rows.map((r) => [r.figure_id, r.measure_kind, r.scale_min, r.scale_max, r.count_unit])).toEqual([
      ...['f1', 'f2', 'f3', 'f4', 'f5'].map((id) => [id, 'staff-survey', 1, 5, 'people']),
      ['a1', 'audit', 0, 2, 'ratings'],
      ['a2', 'audit', 0, 2, 'ratings'],
      ['b1', 'check-in-bands', 0, 1, 'people'],
      ['b2', 'check-in-bands', 0, 1, 'people'],
      ['b3', 'check-in-bands', 0, 1, 'people'],
    ]);
    const byId = Object.fromEntries(rows.map((r) => [r.figure_id, r]));
    expect(byId.a2).toMatchObject({ mean: 1.5, baseline_timepoint: 'Baseline', change_since_baseline: 0.25 });
    expect(byId.b1).toMatchObject({ count: 50, mean: 0.34, organisations: 4 });
    expect(byId.b2).toMatchObject({ mean: 0.29, baseline_timepoint: 'Baseline', change_since_baseline: -0.05 });
    // the hub-wide band is a series of its own, and hidden: its reason and nothing else
    expect(byId.b3).toMatchObject({ status: 'not_shown', count: null, organisations: null, mean: null, baseline_timepoint: null, change_since_baseline: null, not_shown_reason: 'too-few-people' });
  });

  it('keeps a band a share and an audit within 0–2 under noise', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { rows } = buildPublication(KIND_FIGURES, FACTS, { noise: { epsilon: 0.5, random: seededRandom(seed) } });
      for (const row of rows.filter((r) => r.status === 'shown')) {
        expect(row.mean!).toBeGreaterThanOrEqual(row.scale_min);
        expect(row.mean!).toBeLessThanOrEqual(row.scale_max);
      }
      expect(rows.find((r) => r.figure_id === 'b3')).toMatchObject({ status: 'not_shown', mean: null });
    }
  });

  it('reads a file of the first format (no format, no measure_kind) as the staff survey figures it held', () => {
    const current = buildPublication(FIGURES, FACTS);
    const { format: _format, ...oldMetadata } = current.metadata;
    const old = { metadata: oldMetadata, rows: current.rows.map(({ measure_kind: _kind, ...row }) => row) };
    const read = readPublicationJson(JSON.stringify(old));
    expect(read.metadata.format).toBe(1);
    expect(read.rows.every((r) => r.measure_kind === 'staff-survey')).toBe(true);
    expect(read.rows.map((r) => r.mean)).toEqual(current.rows.map((r) => r.mean));
  });
});

import { describe, expect, it } from 'vitest';
import { FACTS, FIGURES, KIND_FIGURES } from '../../test-support/publication-fixtures.js';
import { seededRandom } from '../../test-support/seeded-random.js';
import { buildPublication } from './build-publication.js';
import { publicationSummary, publicationSummaryText } from './summary.js';

describe('the plain-language summary', () => {
  it('says each figure in a sentence, with the change since baseline, and why a figure is missing', () => {
    const s = publicationSummary(buildPublication(FIGURES, FACTS));
    expect(s.heading).toBe('North Coast Hub: open data');
    expect(s.figures).toEqual([
      'Calm Teams 2026, Burnout (All staff): across 7 organisations and 120 people at Baseline (1 February 2026), the mean was 3.1 on a scale from 1 to 5.',
      'Calm Teams 2026, Burnout (All staff): across 7 organisations and 140 people at Endline (1 June 2026), the mean was 2.8 on a scale from 1 to 5, 0.3 lower than at Baseline.',
      'Calm Teams 2026, Compassion (All staff) at Baseline (1 February 2026): not shown, because fewer than 3 organisations took part.',
      'Calm Teams 2026, Compassion (All staff): across 4 organisations and 100 people at Endline (1 June 2026), the mean was 3.55 on a scale from 1 to 5. It cannot be compared with Baseline, which is not shown.',
      'Calm Teams 2026, Burnout (Night shift) at Endline (1 June 2026): not shown, because at least one organisation had fewer than 5 people in this group.',
    ]);
    expect(s.about[0]).toBe('This release (rel-2026-1, version 1) covers 1 January 2026 to 30 June 2026. It has 5 figures: 3 shown and 2 not shown.');
    expect(s.about[2]).toBe('No random noise was added: the figures shown are the exact ones.');
    expect(s.about[3]).toBe('You may reuse these figures under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), naming North Coast Hub as the source.');
  });

  it('says it in Spanish, with Spanish numbers and dates', () => {
    const s = publicationSummary(buildPublication(FIGURES, FACTS, { locale: 'es' }));
    expect(s.figures[1]).toBe('Calm Teams 2026, Burnout (All staff): en 7 organizaciones y 140 personas, en Endline (1 de junio de 2026), la media fue 2,8 en una escala de 1 a 5, 0,3 menos que en Baseline.');
    expect(s.figures[2]).toBe('Calm Teams 2026, Compassion (All staff) en Baseline (1 de febrero de 2026): no se muestra, porque participaron menos de 3 organizaciones.');
    expect(s.about[0]).toBe('Esta publicación (rel-2026-1, versión 1) abarca del 1 de enero de 2026 al 30 de junio de 2026. Tiene 5 cifras: 3 se muestran y 2 no.');
  });

  it('says "higher" and "the same" too', () => {
    const up = FIGURES.slice(0, 2).map((f, i) => (f.verdict.shown ? { ...f, verdict: { ...f.verdict, mean: i === 0 ? 2.5 : 2.75 } } : f));
    expect(publicationSummary(buildPublication(up, FACTS)).figures[1]).toContain('the mean was 2.75 on a scale from 1 to 5, 0.25 higher than at Baseline.');
    const same = FIGURES.slice(0, 2).map((f) => (f.verdict.shown ? { ...f, verdict: { ...f.verdict, mean: 3 } } : f));
    expect(publicationSummary(buildPublication(same, FACTS)).figures[1]).toContain(', the same as at Baseline.');
  });

  it('explains the noise when it is on', () => {
    const s = publicationSummary(buildPublication(FIGURES, FACTS, { noise: { epsilon: 2, random: seededRandom(3) } }));
    expect(s.about[2]).toContain('differential privacy, epsilon 2 for this release');
    expect(s.about[2]).toContain('differ slightly from the exact ones');
  });

  it('as text: heading, paragraphs, then a list of the figures', () => {
    const text = publicationSummaryText(buildPublication(FIGURES, FACTS));
    expect(text.startsWith('North Coast Hub: open data\n\nThis release')).toBe(true);
    expect(text.trimEnd().split('\n').filter((l) => l.startsWith('- '))).toHaveLength(5);
  });

  it('says a check-in band as a share of people and an audit with what its ends mean, the change in percentage points', () => {
    const s = publicationSummary(buildPublication(KIND_FIGURES, FACTS));
    expect(s.figures).toEqual([
      'Calm Teams 2026, Safety (Org audit) (Whole-organisation reviews): across 3 organisations and 24 ratings at Baseline (1 February 2026), the mean was 1.25 on a scale from 0 to 2 (0: every criterion red; 2: every criterion green).',
      'Calm Teams 2026, Safety (Org audit) (Whole-organisation reviews): across 3 organisations and 24 ratings at Endline (1 June 2026), the mean was 1.5 on a scale from 0 to 2 (0: every criterion red; 2: every criterion green), 0.25 higher than at Baseline.',
      'Calm Teams 2026, Stress: high (STS) (People who count their check-ins): at Baseline (1 February 2026), 34% of the 50 people across 4 organisations were in this band.',
      'Calm Teams 2026, Stress: high (STS) (People who count their check-ins): at Endline (1 June 2026), 29% of the 100 people across 4 organisations were in this band, 5 percentage points lower than at Baseline.',
      'North Coast Hub, Stress: high (STS) (People who count their check-ins) at Endline (1 June 2026): not shown, because at least one organisation had fewer than 5 people in this group.',
    ]);
    const mixed = publicationSummary(buildPublication([...FIGURES, ...KIND_FIGURES], FACTS)).figures;
    expect(mixed).toHaveLength(10);
    expect(mixed[1]).toContain('the mean was 2.8 on a scale from 1 to 5, 0.3 lower');
  });

  // Spanish writes a non-breaking space before the percent sign
  it('says them in Spanish too', () => {
    const s = publicationSummary(buildPublication(KIND_FIGURES, { ...FACTS, hub: 'Centro Costa Norte' }, { locale: 'es' }));
    expect(s.figures[1]).toBe(
      'Calm Teams 2026, Safety (Org audit) (Whole-organisation reviews): en 3 organizaciones y 24 valoraciones, en Endline (1 de junio de 2026), la media fue 1,5 en una escala de 0 a 2 (0: todos los criterios en rojo; 2: todos en verde), 0,25 más que en Baseline.',
    );
    expect(s.figures[2]).toBe('Calm Teams 2026, Stress: high (STS) (People who count their check-ins): en Baseline (1 de febrero de 2026), el 34\u00a0% de las 50 personas de 4 organizaciones estaban en esta banda.');
    expect(s.figures[3]).toBe(
      'Calm Teams 2026, Stress: high (STS) (People who count their check-ins): en Endline (1 de junio de 2026), el 29\u00a0% de las 100 personas de 4 organizaciones estaban en esta banda, 5 puntos porcentuales menos que en Baseline.',
    );
  });
});

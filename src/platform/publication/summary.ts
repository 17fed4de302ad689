import { type OpenDataRow, type Publication, presentationOf } from './model.js';
import { type Comparison, formatDate, formatNumber, formatPercent, PUBLICATION_WORDS } from './words.js';

/**
 * The plain-language summary of a publication, in the publication's language: what it holds, the
 * rule that hides figures, whether noise was added, the licence, then one sentence per figure —
 * "…across 7 organisations and 140 people at Endline (1 June 2026), the mean was 2.8 on a scale
 * from 1 to 5, 0.3 lower than at Baseline." A check-in band's figure is a share: "…at Endline
 * (1 June 2026), 34% of the 120 people across 4 organisations were in this band, 5 percentage
 * points lower than at Baseline." A figure not shown is said to be not shown and why,
 * with no number of its own. Written from the rows only, so it says nothing the files do not.
 */

export interface PublicationSummary {
  heading: string;
  /** the release, the rule, the noise and the licence */
  about: string[];
  /** one sentence per row, in row order */
  figures: string[];
}

function comparison(row: OpenDataRow, locale: Publication['metadata']['language']): Comparison {
  if (row.baseline_timepoint === null) return { kind: 'baseline' };
  if (row.change_since_baseline === null) return { kind: 'baseline-hidden', baseline: row.baseline_timepoint };
  const change = row.change_since_baseline;
  // a share's change is said in percentage points (0.05 → 5), rounded off the float's dust
  const amount = presentationOf(row.measure_kind) === 'share' ? Math.round(Math.abs(change) * 10_000) / 100 : Math.abs(change);
  return { kind: 'change', amount: formatNumber(amount, locale), direction: change > 0 ? 'higher' : change < 0 ? 'lower' : 'same', baseline: row.baseline_timepoint };
}

/** The summary's heading, paragraphs about the release and one sentence per figure. */
export function publicationSummary(publication: Publication): PublicationSummary {
  const { metadata: m, rows } = publication;
  const locale = m.language;
  const words = PUBLICATION_WORDS[locale];
  const date = (iso: string) => formatDate(iso, locale);
  const figures = rows.map((row) => {
    const where = { collaborative: row.collaborative, measure: row.measure, cell: row.cell, timepoint: row.timepoint, date: date(row.timepoint_date) };
    if (row.status === 'not_shown' || row.mean === null || row.count === null || row.organisations === null) {
      const clause = row.not_shown_reason ? words.hidden[row.not_shown_reason](m.suppression) : '';
      return words.hiddenFigure({ ...where, clause });
    }
    const num = (value: number) => formatNumber(value, locale);
    return words.shown({ ...where, kind: row.measure_kind, percent: formatPercent(row.mean, locale), organisations: num(row.organisations), count: num(row.count), unit: row.count_unit, justOne: row.count === 1, mean: num(row.mean), min: num(row.scale_min), max: num(row.scale_max) }, comparison(row, locale));
  });
  return {
    heading: m.title,
    about: [
      words.intro({ id: m.release.id, version: m.release.version, from: date(m.period.from), to: date(m.period.to), total: m.figures.total, shown: m.figures.shown, notShown: m.figures.notShown }),
      m.suppression.explanation,
      m.noise.explanation,
      words.licence({ licence: m.licence.name, hub: m.hub, url: m.licence.url }),
    ],
    figures,
  };
}

/** The summary as plain text: the heading, the paragraphs, then the figures as a list. */
export function publicationSummaryText(publication: Publication): string {
  const s = publicationSummary(publication);
  return `${[s.heading, '', ...s.about.flatMap((p) => [p, '']), ...s.figures.map((f) => `- ${f}`)].join('\n')}\n`;
}

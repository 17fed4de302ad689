import { type FigureLabels, type NoiseMetadata, PUBLICATION_FORMAT, type OpenDataRow, type Publication, type PublicationFacts, type PublicationLocale, type PublishedFigure, ZOpenDataDocument } from './model.js';
import { addNoise, type NoiseSettings } from './noise/noisy-figures.js';
import { formatEpsilon, PUBLICATION_WORDS } from './words.js';

/**
 * The rows and metadata every published file is written from. Each field of a row is picked by
 * name from the gate's verdict: a hidden verdict contributes its id and reason and nothing else,
 * whatever else the object may carry. Pure (noise draws from the injected random source).
 */

export interface PublicationOptions {
  /** the language of the words in the files (explanations, metadata); column names stay English */
  locale?: PublicationLocale;
  /** differential privacy; absent (the default): exact figures */
  noise?: NoiseSettings;
}

// two decimals are what a reader can use on a 1–5 scale (and a whole percent of a share); the change is taken between the
// rounded means so that a reader can check it by subtracting the published columns
const round2 = (value: number): number => Math.round(value * 100) / 100;

const seriesKey = (l: FigureLabels): string => JSON.stringify([l.collaborative, l.measure.id, l.cell]);

function figureRow(figure: PublishedFigure, locale: PublicationLocale, facts: PublicationFacts): OpenDataRow {
  const { verdict, labels } = figure;
  const base = {
    figure_id: verdict.id,
    collaborative: labels.collaborative,
    timepoint: labels.timepoint.label,
    timepoint_date: labels.timepoint.date,
    measure_id: labels.measure.id,
    measure: labels.measure.name,
    measure_kind: labels.kind ?? 'staff-survey',
    cell: labels.cell,
    scale_min: labels.scale.min,
    scale_max: labels.scale.max,
    count_unit: labels.count?.unit ?? 'people',
    baseline_timepoint: null,
    change_since_baseline: null,
  };
  if (verdict.shown) return { ...base, status: 'shown', count: verdict.n, organisations: verdict.organisations, mean: round2(verdict.mean), not_shown_reason: null, not_shown_explanation: null };
  const words = PUBLICATION_WORDS[locale];
  return { ...base, status: 'not_shown', count: null, organisations: null, mean: null, not_shown_reason: verdict.reason, not_shown_explanation: words.notShown(words.hidden[verdict.reason](facts.rule)) };
}

/** Each series' first timepoint is its baseline; later rows name it and, when both are shown, the change. */
function withBaselines(rows: OpenDataRow[], figures: readonly PublishedFigure[]): OpenDataRow[] {
  const baselineOf = new Map<string, number>();
  figures.forEach((f, i) => {
    const key = seriesKey(f.labels);
    const current = baselineOf.get(key);
    if (current === undefined || f.labels.timepoint.date < figures[current]!.labels.timepoint.date) baselineOf.set(key, i);
  });
  return rows.map((row, i) => {
    const b = baselineOf.get(seriesKey(figures[i]!.labels))!;
    if (b === i) return row;
    const baseline = rows[b]!;
    const change = row.mean !== null && baseline.mean !== null ? round2(row.mean - baseline.mean) : null;
    return { ...row, baseline_timepoint: baseline.timepoint, change_since_baseline: change };
  });
}

/**
 * The publication of the gate's verdicts: one row per figure in the order given, and the
 * metadata (period, suppression rule, noise, licence). Checked against the published schema, so
 * a file is never written that its own schema would refuse. Throws on two figures with one id.
 * Example: a hidden 'too-few-organisations' figure becomes a row with count, organisations and
 * mean empty and "Not shown: fewer than 3 organisations took part."
 */
export function buildPublication(figures: readonly PublishedFigure[], facts: PublicationFacts, options: PublicationOptions = {}): Publication {
  const locale = options.locale ?? 'en';
  const ids = new Set(figures.map((f) => f.verdict.id));
  if (ids.size !== figures.length) throw new Error('two figures of a publication have the same id');
  const words = PUBLICATION_WORDS[locale];
  let released = figures;
  let noise: NoiseMetadata = { applied: false, explanation: words.noiseOff };
  if (options.noise) {
    const noisy = addNoise(figures, options.noise);
    released = noisy.figures;
    noise = { applied: true, mechanism: 'two-sided-geometric', epsilon: options.noise.epsilon, epsilonPerFigure: noisy.epsilonPerFigure, explanation: words.noiseOn(formatEpsilon(options.noise.epsilon, locale)) };
  }
  const rows = withBaselines(
    released.map((f) => figureRow(f, locale, facts)),
    released,
  );
  const shown = rows.filter((r) => r.status === 'shown').length;
  return ZOpenDataDocument.parse({
    metadata: {
      format: PUBLICATION_FORMAT,
      title: words.title(facts.hub),
      hub: facts.hub,
      language: locale,
      period: facts.period,
      release: facts.release,
      publishedAt: facts.publishedAt,
      licence: { name: facts.licence.name, url: facts.licence.url ?? null },
      suppression: { ...facts.rule, explanation: words.suppression(facts.rule) },
      noise,
      figures: { total: rows.length, shown, notShown: rows.length - shown },
    },
    rows,
  });
}

import { lowestOf, percentOf } from '../../components/charts/chart-geometry';
import { formatMonth } from '../../components/format';

/**
 * Coverage in words, for the sentence above each chart (pure, tested in coverage-words.test.ts):
 * how the share of placed people who completed their level moved over the months, and which
 * service is lowest and highest. A service with nobody placed has no share and is left out.
 */

export interface MonthFigures {
  date: string;
  placed: number;
  met: number;
}

export interface NamedFigures {
  name: string;
  placed: number;
  met: number;
}

/** How coverage moved from the first month end to the last: its key under `training.words` and its figures. */
export function coverageMove(series: readonly MonthFigures[]): { key: 'rose' | 'fell' | 'held'; start: number; end: number; from: string; to: string } | null {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return null;
  const start = percentOf(first.met, first.placed);
  const end = percentOf(last.met, last.placed);
  return { key: end > start ? 'rose' : end < start ? 'fell' : 'held', start, end, from: first.date, to: last.date };
}

/** The lowest and highest of the named groups by share completed (only groups with someone placed); null when none has. */
export function coverageExtremes(groups: readonly NamedFigures[]): { lowest: { name: string; percent: number }; highest: { name: string; percent: number } } | null {
  const counted = groups.filter((g) => g.placed > 0).map((g) => ({ name: g.name, percent: percentOf(g.met, g.placed) }));
  const lowest = lowestOf(counted, (g) => g.percent);
  const highest = lowestOf(counted, (g) => -g.percent);
  return lowest && highest ? { lowest, highest } : null;
}

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * The sentence above the months: how coverage moved over the year, and which service is lowest
 * ("Coverage rose from 40% in January 2026 to 65% in December 2026; Night Support is lowest at 20%.").
 */
export function coverageSummary(t: T, lng: string, coverage: { series: readonly MonthFigures[]; services: readonly (Omit<NamedFigures, 'name'> & { name: string | null })[] }, noService: string): string {
  const move = coverageMove(coverage.series);
  if (!move) return '';
  const moved = t(`training.words.${move.key}`, { start: move.start, end: move.end, from: formatMonth(move.from, lng), to: formatMonth(move.to, lng) });
  const extremes = coverage.services.length > 1 ? coverageExtremes(coverage.services.map((s) => ({ name: s.name ?? noService, placed: s.placed, met: s.met }))) : null;
  // naming a lowest only says something when the services differ
  return extremes && extremes.lowest.percent < extremes.highest.percent
    ? t('training.words.sentenceWithLowest', { move: moved, name: extremes.lowest.name, percent: extremes.lowest.percent })
    : t('training.words.sentence', { move: moved });
}


import { formatDateLong } from '../../components/format';

/**
 * How a scale has moved, in words before numbers: the comparison a person reads first on their
 * overview and above their trend ("lower than last month"). Pure, so its rules are tested alone.
 * Direction only, never "better" or "worse": what a higher score means differs between scales,
 * and the band's own name and guidance say that calmly.
 */

export interface ScoredPoint {
  on: string;
  score: number | null;
}

export type Direction = 'lower' | 'higher' | 'same';

/** The latest score against an earlier one: last month's, or else the previous check-in's. */
export interface Change {
  direction: Direction;
  /** 'lastMonth' when the earlier score is from about a month before; 'date' names its day; 'sameDay' when both are from one day. */
  against: 'lastMonth' | 'date' | 'sameDay';
  earlierOn: string;
}

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/**
 * Compares the newest scored point with the newest one at least four weeks older ("last month"
 * when it is at most nine weeks older), else with the one just before it (named by its day, or "earlier that day").
 * Scores closer than a twentieth of the scale's range read as "about the same": a point or two
 * on a long scale is not a change worth a word. Null with fewer than two scores.
 */
export function changeOf(points: readonly ScoredPoint[], lowest: number, highest: number): Change | null {
  const scored = points.filter((p): p is ScoredPoint & { score: number } => p.score !== null);
  const latest = scored.at(-1);
  if (!latest || scored.length < 2) return null;
  const earlier = scored.slice(0, -1);
  const monthBefore = earlier.filter((p) => daysBetween(p.on, latest.on) >= 28).at(-1);
  const reference = monthBefore ?? earlier.at(-1)!;
  const days = daysBetween(reference.on, latest.on);
  const noticeable = Math.max((highest - lowest) / 20, Number.EPSILON);
  const diff = latest.score - reference.score;
  return {
    direction: Math.abs(diff) < noticeable ? 'same' : diff < 0 ? 'lower' : 'higher',
    against: days === 0 ? 'sameDay' : days >= 28 && days <= 63 ? 'lastMonth' : 'date',
    earlierOn: reference.on,
  };
}

/** The i18n key of a change's phrase under `wellbeing.change` ("lowerLastMonth", "sameDate", …). */
export const changeKey = (change: Change) => `wellbeing.change.${change.direction}${{ lastMonth: 'LastMonth', date: 'Date', sameDay: 'SameDay' }[change.against]}`;

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * The sentence above a trend, in words before numbers: how many check-ins and when, the latest
 * band by name and how it moved ("lower than last month"). Exported for the overview and tests.
 */
export function trendSummary<P extends ScoredPoint>(t: T, trend: { points: readonly P[]; lowest: number; highest: number }, lng: string, band: (p: P) => string): string {
  const scored = trend.points.filter((p) => p.score !== null);
  const first = scored[0];
  const last = scored.at(-1);
  if (!first || !last) return t('wellbeing.results.chartSummaryNone');
  if (first === last) return t('wellbeing.results.chartSummaryOne', { date: formatDateLong(last.on, lng), band: band(last) });
  const change = changeOf(trend.points, trend.lowest, trend.highest);
  return t('wellbeing.results.chartSummary', {
    points: scored.length,
    from: formatDateLong(first.on, lng),
    to: formatDateLong(last.on, lng),
    band: band(last),
    change: change ? t(changeKey(change), { date: formatDateLong(change.earlierOn, lng) }) : '',
  });
}

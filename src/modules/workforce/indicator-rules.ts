import { addDays } from '../../platform/time/day.js';
import { workingDaysBetween } from './workforce-rules.js';

/**
 * The workforce indicators (docs/metrics.md), as pure arithmetic: each person in a period's
 * population contributes a few numbers (was employed on its first day, left in it, working days
 * available and lost …) and every figure is a ratio of sums of those numbers over a group. Sums
 * add across groups and across quarters, which is what lets the privacy gate reason about them
 * as linear equations (indicator-gate.ts). Days are calendar days 'YYYY-MM-DD'; a leave date is
 * the person's last day of work. Training and plans count as they stand on a period's last day,
 * reviews by the review dates falling in it.
 */

export interface Period {
  /** e.g. '2026-Q3', or '2026-Q3/12m' for the twelve months ending with that quarter */
  id: string;
  from: string;
  to: string;
}

export interface Employment {
  personId: string;
  startDate: string | null;
  endDate: string | null;
}

export interface MoveEvent {
  personId: string;
  kind: 'start' | 'leave';
  on: string;
}

export interface AbsenceEvent {
  personId: string;
  firstDay: string;
  lastDay: string;
  workingDaysLost: number;
  reason: string;
}

/** What one person adds to a period's figures. */
export interface Contribution {
  /** employed on the period's first day */
  atStart: number;
  /** employed on its first and its last day */
  stayed: number;
  /** employed on its last day */
  atEnd: number;
  /** months of the period at whose end the person was employed (average headcount = this sum ÷ months) */
  monthEnds: number;
  started: number;
  left: number;
  /** Monday to Friday days employed in the period */
  daysAvailable: number;
  /** working days lost to absence in the period */
  daysLost: number;
  daysLostToStress: number;
  /** absent at least one working day in the period */
  absent: number;
  /** employed on the last day with a level of training asked of them that day */
  placed: number;
  /** placed, and had completed that level by the last day */
  trained: number;
  /** employed on the last day with a development plan both sides had agreed by then */
  planAgreed: number;
  /** an agreed plan's review date fell in the period (up to today) while employed */
  reviewDue: number;
  /** every such review was met: a newer version agreed by the review date */
  reviewedOnTime: number;
}

export const COMPONENTS = [
  'atStart',
  'stayed',
  'atEnd',
  'monthEnds',
  'started',
  'left',
  'daysAvailable',
  'daysLost',
  'daysLostToStress',
  'absent',
  'placed',
  'trained',
  'planAgreed',
  'reviewDue',
  'reviewedOnTime',
] as const;
export type Component = (typeof COMPONENTS)[number];
export type Sums = Record<Component, number>;

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** A calendar quarter ('2026-Q3'), or undefined for anything else. */
export function quarter(id: string): Period | undefined {
  const match = QUARTER.exec(id);
  if (!match) return undefined;
  const year = Number(match[1]);
  const q = Number(match[2]);
  const from = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { id, from, to: addDays(next, -1) };
}

/** The quarter a day falls in. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter `steps` before (negative) or after (positive) `id`. */
export function shiftQuarter(id: string, steps: number): string {
  const match = QUARTER.exec(id)!;
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 + steps;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The four quarters of the twelve months ending with `id`, oldest first. */
export const twelveMonthsTo = (id: string): string[] => [-3, -2, -1, 0].map((s) => shiftQuarter(id, s));

/** Last days of the months of a period. */
function monthEnds(period: Period): string[] {
  const ends: string[] = [];
  let month = period.from.slice(0, 7);
  for (;;) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    const end = addDays(`${next}-01`, -1);
    if (end > period.to) break;
    ends.push(end);
    month = next;
  }
  return ends;
}

/** monthEnds, kept per period: the figures ask it for every person of a period. */
const monthEndsKept = new Map<string, readonly string[]>();
function monthEndsOf(period: Period): readonly string[] {
  const key = `${period.from}/${period.to}`;
  let ends = monthEndsKept.get(key);
  if (!ends) {
    if (monthEndsKept.size >= 256) monthEndsKept.clear();
    ends = monthEnds(period);
    monthEndsKept.set(key, ends);
  }
  return ends;
}

export const monthsIn = (period: Period): number => monthEndsOf(period).length;

/** Monday-to-Friday days from `first` to `last`, both included (0 when last is before first): the HR events' own count. */
export const weekdaysBetween = workingDaysBetween;

const employedOn = (e: Employment, day: string) => (e.startDate === null || e.startDate <= day) && (e.endDate === null || day <= e.endDate);
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * Whether the person belongs to the period's population: employed on at least one of its days.
 * Only they count in its figures (a group's size is its population's distinct people).
 */
export const inPopulation = (e: Employment, period: Period) => (e.startDate === null || e.startDate <= period.to) && (e.endDate === null || e.endDate >= period.from);

/** A person's training standing on a period's last day, and the development plans they had agreed by then (oldest first). */
export interface DevelopmentFacts {
  placed: boolean;
  met: boolean;
  plans: ReadonlyArray<{ agreedOn: string; reviewDate: string | null }>;
}

export const NO_DEVELOPMENT: DevelopmentFacts = { placed: false, met: false, plans: [] };

/**
 * A person's plan reviews due in the period: each agreed plan whose review date falls in it (and
 * not after `asOf`, today for the current quarter: a review still ahead is not late) while they
 * were employed. A review is on time when a newer version was agreed by its review date.
 */
function reviewsOf(e: Employment, plans: DevelopmentFacts['plans'], period: Period, asOf: string) {
  let due = 0;
  let onTime = 0;
  plans.forEach((plan, i) => {
    const day = plan.reviewDate;
    if (!day || day < period.from || day > period.to || day > asOf || !employedOn(e, day)) return;
    due += 1;
    if (plans.slice(i + 1).some((next) => next.agreedOn <= day)) onTime += 1;
  });
  return { reviewDue: due > 0 ? 1 : 0, reviewedOnTime: due > 0 && onTime === due ? 1 : 0 };
}

/**
 * What one person adds to a period's figures. An absence spell that runs over the period's edges
 * counts in it by its share of working days inside (its days lost × weekdays inside ÷ weekdays of
 * the spell), so quarters add up to the year.
 */
export function contributionOf(
  e: Employment,
  moves: readonly MoveEvent[],
  absences: readonly AbsenceEvent[],
  period: Period,
  development: DevelopmentFacts = NO_DEVELOPMENT,
  asOf: string = period.to,
): Contribution {
  const atStart = employedOn(e, period.from) ? 1 : 0;
  const atEnd = employedOn(e, period.to) ? 1 : 0;
  const within = (day: string) => period.from <= day && day <= period.to;
  const first = later(e.startDate ?? period.from, period.from);
  const last = earlier(e.endDate ?? period.to, period.to);
  let daysLost = 0;
  let daysLostToStress = 0;
  for (const a of absences) {
    const overlap = weekdaysBetween(later(a.firstDay, period.from), earlier(a.lastDay, period.to));
    const spell = weekdaysBetween(a.firstDay, a.lastDay);
    // a spell of weekend days only counts wholly in the period it starts in
    const share = spell === 0 ? (within(a.firstDay) ? 1 : 0) : overlap / spell;
    daysLost += a.workingDaysLost * share;
    if (a.reason === 'stress-related') daysLostToStress += a.workingDaysLost * share;
  }
  return {
    atStart,
    stayed: atStart && atEnd ? 1 : 0,
    atEnd,
    monthEnds: monthEndsOf(period).filter((day) => employedOn(e, day)).length,
    started: moves.some((m) => m.kind === 'start' && within(m.on)) ? 1 : 0,
    left: moves.some((m) => m.kind === 'leave' && within(m.on)) ? 1 : 0,
    daysAvailable: weekdaysBetween(first, last),
    daysLost,
    daysLostToStress,
    absent: daysLost > 0 ? 1 : 0,
    placed: atEnd && development.placed ? 1 : 0,
    trained: atEnd && development.placed && development.met ? 1 : 0,
    planAgreed: atEnd && development.plans.some((p) => p.agreedOn <= period.to) ? 1 : 0,
    ...reviewsOf(e, development.plans, period, asOf),
  };
}

export const emptySums = (): Sums => Object.fromEntries(COMPONENTS.map((c) => [c, 0])) as Sums;

export function addInto(total: Sums, c: Contribution | Sums): Sums {
  for (const key of COMPONENTS) total[key] += c[key];
  return total;
}

export interface Indicators {
  headcount: number;
  averageHeadcount: number;
  starters: number;
  leavers: number;
  /** leavers ÷ average headcount; null when that headcount is under the minimum */
  turnover: number | null;
  /** still employed at the end ÷ employed at the start; null when those at the start are under the minimum, and over twelve months */
  stability: number | null;
  /** working days lost ÷ working days available */
  absenceRate: number | null;
  /** days lost to stress-related absence ÷ all days lost; null when fewer than the minimum were absent */
  stressShare: number | null;
  /** people who had completed the level asked of them ÷ people asked a level, on the last day */
  trainingCoverage: number | null;
  /** people with an agreed development plan ÷ headcount, on the last day */
  planCoverage: number | null;
  /** people whose every plan review due was met on time ÷ people with a review due */
  reviewsOnTime: number | null;
}

/** Every figure of a group, in the order pages show them. */
export const INDICATOR_KEYS = [
  'headcount',
  'averageHeadcount',
  'starters',
  'leavers',
  'turnover',
  'stability',
  'absenceRate',
  'stressShare',
  'trainingCoverage',
  'planCoverage',
  'reviewsOnTime',
] as const satisfies ReadonlyArray<keyof Indicators>;

const ratio = (top: number, bottom: number) => (bottom > 0 ? Math.round((top / bottom) * 10_000) / 10_000 : null);

/**
 * A group's figures for one quarter from its sums. A rate is left out (null) when the people
 * behind its denominator are fewer than `min`: a turnover over an average of three people says
 * too much about each of them, even when the group around them is large enough.
 */
export function quarterIndicators(sums: Sums, months: number, min: number): Indicators {
  const averageHeadcount = months > 0 ? Math.round((sums.monthEnds / months) * 100) / 100 : 0;
  return {
    headcount: sums.atEnd,
    averageHeadcount,
    starters: sums.started,
    leavers: sums.left,
    turnover: averageHeadcount >= min ? ratio(sums.left, averageHeadcount) : null,
    stability: sums.atStart >= min ? ratio(sums.stayed, sums.atStart) : null,
    absenceRate: ratio(sums.daysLost, sums.daysAvailable),
    stressShare: sums.absent >= min ? ratio(sums.daysLostToStress, sums.daysLost) : null,
    trainingCoverage: sums.placed >= min ? ratio(sums.trained, sums.placed) : null,
    planCoverage: sums.atEnd >= min ? ratio(sums.planAgreed, sums.atEnd) : null,
    reviewsOnTime: sums.reviewDue >= min ? ratio(sums.reviewedOnTime, sums.reviewDue) : null,
  };
}

/**
 * The twelve months ending with a quarter, made from its four quarters' sums, each figure only
 * where all four quarters show theirs: then it can be worked out from what is already shown and
 * tells nothing new — a year with one quarter hidden would give that quarter away as the year
 * minus the other three. Undefined when any quarter's group is hidden. Stability is a quarter's
 * figure only (who stayed from its first day to its last).
 */
export function twelveMonthIndicators(quarters: ReadonlyArray<{ sums: Sums; indicators: Indicators } | undefined>): Indicators | undefined {
  if (quarters.length !== 4 || quarters.some((q) => q === undefined)) return undefined;
  const shown = quarters as ReadonlyArray<{ sums: Sums; indicators: Indicators }>;
  const sums = shown.reduce((total, q) => addInto(total, q.sums), emptySums());
  const every = (key: keyof Indicators) => shown.every((q) => q.indicators[key] !== null);
  const averageHeadcount = Math.round((sums.monthEnds / 12) * 100) / 100;
  return {
    headcount: shown[3]!.indicators.headcount,
    averageHeadcount,
    starters: sums.started,
    leavers: sums.left,
    turnover: every('turnover') ? ratio(sums.left, averageHeadcount) : null,
    stability: null,
    absenceRate: every('absenceRate') ? ratio(sums.daysLost, sums.daysAvailable) : null,
    stressShare: every('stressShare') ? ratio(sums.daysLostToStress, sums.daysLost) : null,
    // standings on a day: the year's is its last quarter's
    trainingCoverage: shown[3]!.indicators.trainingCoverage,
    planCoverage: shown[3]!.indicators.planCoverage,
    reviewsOnTime: every('reviewsOnTime') ? ratio(sums.reviewedOnTime, sums.reviewDue) : null,
  };
}

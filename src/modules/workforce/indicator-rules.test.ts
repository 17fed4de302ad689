import { describe, expect, it } from 'vitest';
import {
  addInto,
  type Contribution,
  contributionOf,
  emptySums,
  inPopulation,
  quarter,
  quarterIndicators,
  quarterOf,
  shiftQuarter,
  twelveMonthIndicators,
  twelveMonthsTo,
  weekdaysBetween,
} from './indicator-rules.js';

const q3 = quarter('2026-Q3')!;
const employed = (personId: string, startDate: string | null = null, endDate: string | null = null) => ({ personId, startDate, endDate });

describe('periods', () => {
  it('reads calendar quarters, and steps between them', () => {
    expect(quarter('2026-Q3')).toEqual({ id: '2026-Q3', from: '2026-07-01', to: '2026-09-30' });
    expect(quarter('2024-Q1')).toEqual({ id: '2024-Q1', from: '2024-01-01', to: '2024-03-31' });
    expect(quarter('2026-Q4')!.to).toBe('2026-12-31');
    expect([quarter('2026-Q5'), quarter('26-Q1'), quarter('2026-3')]).toEqual([undefined, undefined, undefined]);
    expect(quarterOf('2026-08-15')).toBe('2026-Q3');
    expect([shiftQuarter('2026-Q1', -1), shiftQuarter('2026-Q4', 1)]).toEqual(['2025-Q4', '2027-Q1']);
    expect(twelveMonthsTo('2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('counts Monday to Friday days, both ends included', () => {
    // 2026-07-01 is a Wednesday
    expect(weekdaysBetween('2026-07-01', '2026-07-01')).toBe(1);
    expect(weekdaysBetween('2026-07-01', '2026-07-07')).toBe(5);
    expect(weekdaysBetween('2026-07-04', '2026-07-05')).toBe(0); // a weekend
    expect(weekdaysBetween('2026-07-01', '2026-09-30')).toBe(66);
    expect(weekdaysBetween('2026-07-02', '2026-07-01')).toBe(0);
  });
});

describe("one person's contribution to a quarter", () => {
  it('someone employed throughout, with a stress-related week off', () => {
    const c = contributionOf(employed('a', '2020-01-01'), [], [{ personId: 'a', firstDay: '2026-08-03', lastDay: '2026-08-07', workingDaysLost: 5, reason: 'stress-related' }], q3);
    expect(c).toEqual({
      ...{ atStart: 1, stayed: 1, atEnd: 1, monthEnds: 3, started: 0, left: 0, daysAvailable: 66, daysLost: 5, daysLostToStress: 5, absent: 1 },
      ...{ placed: 0, trained: 0, planAgreed: 0, reviewDue: 0, reviewedOnTime: 0 },
    });
  });

  it('a leaver on 14 August: employed at the start, not at the end, six weeks of working days', () => {
    const c = contributionOf(employed('b', '2021-05-01', '2026-08-14'), [{ personId: 'b', kind: 'leave', on: '2026-08-14' }], [], q3);
    // July: 23 weekdays; 1–14 August: 10
    expect(c).toMatchObject({ atStart: 1, stayed: 0, atEnd: 0, monthEnds: 1, left: 1, started: 0, daysAvailable: 33 });
  });

  it('a starter on 1 September', () => {
    const c = contributionOf(employed('c', '2026-09-01'), [{ personId: 'c', kind: 'start', on: '2026-09-01' }], [], q3);
    expect(c).toMatchObject({ atStart: 0, stayed: 0, atEnd: 1, monthEnds: 1, started: 1, left: 0, daysAvailable: 22 });
  });

  it('a spell across the quarter\'s end counts by its share of working days inside', () => {
    // Mon 28 Sep – Fri 9 Oct: 10 weekdays, 3 of them in Q3; 8 days lost (part-time)
    const spell = { personId: 'a', firstDay: '2026-09-28', lastDay: '2026-10-09', workingDaysLost: 8, reason: 'other-illness' };
    const inQ3 = contributionOf(employed('a'), [], [spell], q3);
    const inQ4 = contributionOf(employed('a'), [], [spell], quarter('2026-Q4')!);
    expect(inQ3.daysLost).toBeCloseTo(2.4);
    expect(inQ4.daysLost).toBeCloseTo(5.6);
    expect(inQ3.daysLost + inQ4.daysLost).toBeCloseTo(8);
    expect(inQ3.daysLostToStress).toBe(0);
  });

  it('belongs to the population when employed on any day of it', () => {
    expect(inPopulation(employed('x', '2026-09-30'), q3)).toBe(true);
    expect(inPopulation(employed('x', null, '2026-07-01'), q3)).toBe(true);
    expect(inPopulation(employed('x', '2026-10-01'), q3)).toBe(false);
    expect(inPopulation(employed('x', null, '2026-06-30'), q3)).toBe(false);
  });
});

describe('training and development plans in a quarter', () => {
  const plan = (agreedOn: string, reviewDate: string | null) => ({ agreedOn, reviewDate });

  it('counts a level asked and met as it stands on the last day, only for people employed then', () => {
    expect(contributionOf(employed('a'), [], [], q3, { placed: true, met: true, plans: [] })).toMatchObject({ placed: 1, trained: 1 });
    expect(contributionOf(employed('a'), [], [], q3, { placed: true, met: false, plans: [] })).toMatchObject({ placed: 1, trained: 0 });
    expect(contributionOf(employed('a'), [], [], q3, { placed: false, met: false, plans: [] })).toMatchObject({ placed: 0, trained: 0 });
    expect(contributionOf(employed('gone', null, '2026-08-14'), [], [], q3, { placed: true, met: true, plans: [] })).toMatchObject({ placed: 0, trained: 0 });
  });

  it('an agreed plan counts from the day both sides confirmed it', () => {
    expect(contributionOf(employed('a'), [], [], q3, { placed: false, met: false, plans: [plan('2026-09-30', null)] }).planAgreed).toBe(1);
    expect(contributionOf(employed('a'), [], [], q3, { placed: false, met: false, plans: [plan('2026-10-01', null)] }).planAgreed).toBe(0);
  });

  it('a review due in the quarter is on time when a newer plan was agreed by its date', () => {
    const dev = (plans: ReturnType<typeof plan>[]) => ({ placed: false, met: false, plans });
    // reviewed a week early
    expect(contributionOf(employed('a'), [], [], q3, dev([plan('2026-01-10', '2026-08-01'), plan('2026-07-25', '2027-02-01')]))).toMatchObject({ reviewDue: 1, reviewedOnTime: 1 });
    // reviewed a week late
    expect(contributionOf(employed('a'), [], [], q3, dev([plan('2026-01-10', '2026-08-01'), plan('2026-08-08', null)]))).toMatchObject({ reviewDue: 1, reviewedOnTime: 0 });
    // never reviewed
    expect(contributionOf(employed('a'), [], [], q3, dev([plan('2026-01-10', '2026-08-01')]))).toMatchObject({ reviewDue: 1, reviewedOnTime: 0 });
    // due next quarter: nothing due in this one
    expect(contributionOf(employed('a'), [], [], q3, dev([plan('2026-01-10', '2026-10-05')]))).toMatchObject({ reviewDue: 0, reviewedOnTime: 0 });
    // due later in the quarter than today: not late yet
    expect(contributionOf(employed('a'), [], [], q3, dev([plan('2026-01-10', '2026-09-20')]), '2026-09-10')).toMatchObject({ reviewDue: 0 });
    // left before the review date
    expect(contributionOf(employed('a', null, '2026-07-15'), [], [], q3, dev([plan('2026-01-10', '2026-08-01')]))).toMatchObject({ reviewDue: 0 });
    // two reviews in the quarter, one late: the person's reviews were not all on time
    const two = dev([plan('2026-01-10', '2026-07-10'), plan('2026-07-09', '2026-09-01'), plan('2026-09-15', null)]);
    expect(contributionOf(employed('a'), [], [], q3, two)).toMatchObject({ reviewDue: 1, reviewedOnTime: 0 });
  });

  it('makes coverage and reviews on time, each hidden when fewer than the minimum stand behind it', () => {
    const asked = (met: boolean, agreed: boolean) => contributionOf(employed('p'), [], [], q3, { placed: true, met, plans: agreed ? [plan('2026-05-01', '2026-08-01'), plan('2026-07-30', null)] : [] });
    const six = [asked(true, true), asked(true, true), asked(true, false), asked(false, true), asked(false, false), contributionOf(employed('p'), [], [], q3)];
    const sums = six.reduce((total, c) => addInto(total, c), emptySums());
    expect(sums).toMatchObject({ atEnd: 6, placed: 5, trained: 3, planAgreed: 3, reviewDue: 3, reviewedOnTime: 3 });
    expect(quarterIndicators(sums, 3, 5)).toMatchObject({ trainingCoverage: 0.6, planCoverage: 0.5, reviewsOnTime: null });
    expect(quarterIndicators(sums, 3, 3)).toMatchObject({ reviewsOnTime: 1 });
    expect(quarterIndicators(sums, 3, 6)).toMatchObject({ trainingCoverage: null, planCoverage: 0.5 });
  });
});

describe('figures of a group (a hand-worked team)', () => {
  // Ten people at the start of Q3; one leaves in August, one starts in September, so ten at the end.
  const contributions: Contribution[] = [
    ...Array.from({ length: 8 }, () => contributionOf(employed('s', '2020-01-01'), [], [], q3)),
    contributionOf(employed('stress', '2020-01-01'), [], [{ personId: 'stress', firstDay: '2026-08-03', lastDay: '2026-08-14', workingDaysLost: 10, reason: 'stress-related' }], q3),
    contributionOf(employed('leaver', '2020-01-01', '2026-08-14'), [{ personId: 'leaver', kind: 'leave', on: '2026-08-14' }], [{ personId: 'leaver', firstDay: '2026-07-06', lastDay: '2026-07-10', workingDaysLost: 5, reason: 'injury' }], q3),
    contributionOf(employed('starter', '2026-09-01'), [{ personId: 'starter', kind: 'start', on: '2026-09-01' }], [], q3),
  ];
  const sums = contributions.reduce((total, c) => addInto(total, c), emptySums());

  it('adds each part', () => {
    // month ends employed: 9 stayers × 3 + the leaver's July + the starter's September
    expect(sums).toMatchObject({ atStart: 10, stayed: 9, atEnd: 10, monthEnds: 29, started: 1, left: 1, daysLost: 15, daysLostToStress: 10, absent: 2 });
    expect(sums.daysAvailable).toBe(9 * 66 + 33 + 22);
  });

  it('makes the rates, each left out when fewer than the minimum stand behind its denominator', () => {
    const figures = quarterIndicators(sums, 3, 5);
    expect(figures).toEqual({
      headcount: 10,
      averageHeadcount: 9.67,
      starters: 1,
      leavers: 1,
      turnover: 0.1034, // 1 ÷ 9.67
      stability: 0.9, // 9 of the 10 at the start were still there at the end
      absenceRate: 0.0231, // 15 ÷ 649
      stressShare: null, // two people absent: fewer than 5
      trainingCoverage: null, // nobody asked a level
      planCoverage: 0,
      reviewsOnTime: null,
    });
    expect(quarterIndicators(sums, 3, 2).stressShare).toBe(0.6667);
    expect(quarterIndicators(sums, 3, 11)).toMatchObject({ turnover: null, stability: null });
  });

  it('gives twelve months only from four shown quarters, each rate only where all four show it', () => {
    const one = { sums, indicators: quarterIndicators(sums, 3, 5) };
    const year = twelveMonthIndicators([one, one, one, one])!;
    expect(year).toMatchObject({ headcount: 10, averageHeadcount: 9.67, starters: 4, leavers: 4, turnover: 0.4137, stability: null, absenceRate: 0.0231, stressShare: null });
    expect(twelveMonthIndicators([one, undefined, one, one])).toBeUndefined();
    const lessAbsence = { sums, indicators: { ...one.indicators, absenceRate: null } };
    expect(twelveMonthIndicators([one, one, lessAbsence, one])!.absenceRate).toBeNull();
  });
});

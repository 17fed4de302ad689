import { describe, expect, it } from 'vitest';
import { ZAbsenceInput, ZMoveInput } from './model.js';
import {
  absenceProblems,
  absenceShapeProblems,
  calendarDaysBetween,
  daysLostOf,
  earliestStart,
  employmentDatesAfter,
  moveProblems,
  workingDaysBetween,
} from './workforce-rules.js';

const TODAY = '2025-06-30';

describe('workingDaysBetween', () => {
  it.each([
    ['2025-03-03', '2025-03-03', 1, 'one Monday'],
    ['2025-03-08', '2025-03-09', 0, 'a weekend'],
    ['2025-03-07', '2025-03-10', 2, 'Friday to Monday'],
    ['2025-03-03', '2025-03-09', 5, 'a whole week'],
    ['2025-03-01', '2025-03-31', 21, 'March 2025'],
    ['2024-02-26', '2024-03-04', 6, 'across 29 February'],
    ['2024-12-23', '2025-01-10', 15, 'across the new year'],
    ['2025-03-10', '2025-03-07', 0, 'last before first'],
  ])('%s to %s is %i (%s)', (first, last, days) => {
    expect(workingDaysBetween(first, last)).toBe(days);
  });

  it('agrees with counting day by day over a long span', () => {
    let count = 0;
    for (let d = new Date('2020-01-01T00:00:00Z'); d <= new Date('2023-12-31T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) if (d.getUTCDay() % 6 !== 0) count++;
    expect(workingDaysBetween('2020-01-01', '2023-12-31')).toBe(count);
  });

  it('calendar days count both ends', () => {
    expect(calendarDaysBetween('2025-03-07', '2025-03-10')).toBe(4);
    expect(calendarDaysBetween('2025-03-07', '2025-03-06')).toBe(0);
  });
});

describe('a start or a leave', () => {
  const context = { today: TODAY, knownStart: '2020-01-06', recorded: [{ kind: 'start' as const, on: '2020-01-06' }] };

  it('a leave needs a reason and a start refuses one, naming leaveReason', () => {
    expect(moveProblems({ kind: 'leave', on: '2025-01-31' }, context)).toEqual([{ field: 'leaveReason', problem: 'say why the person left' }]);
    expect(moveProblems({ kind: 'start', on: '2025-01-31', leaveReason: 'resigned' }, context)).toEqual([{ field: 'leaveReason', problem: 'a start has no leave reason' }]);
    expect(moveProblems({ kind: 'leave', on: '2025-01-31', leaveReason: 'resigned' }, context)).toEqual([]);
  });

  it('refuses a day after today, and a leave before the person started', () => {
    expect(moveProblems({ kind: 'start', on: '2025-07-01' }, context)).toEqual([{ field: 'on', problem: 'must not be after today' }]);
    expect(moveProblems({ kind: 'leave', on: '2019-12-31', leaveReason: 'resigned' }, context)).toEqual([{ field: 'on', problem: 'is before the person started, on "2020-01-06"' }]);
    expect(moveProblems({ kind: 'start', on: '2019-12-31' }, context)).toEqual([]);
  });

  it('refuses the same move recorded again, or on an earlier line of a file', () => {
    expect(moveProblems({ kind: 'start', on: '2020-01-06' }, context)).toEqual([{ field: 'on', problem: 'this start is already recorded' }]);
    const inFile = { ...context, recorded: [{ kind: 'leave' as const, on: '2024-05-31', where: 'line 4' }] };
    expect(moveProblems({ kind: 'leave', on: '2024-05-31', leaveReason: 'retired' }, inFile)).toEqual([{ field: 'on', problem: 'repeats the leave on line 4' }]);
  });

  it('the zod input names leaveReason for the rules that need nothing else', () => {
    const result = ZMoveInput.safeParse({ kind: 'leave', on: '2025-01-31' });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['leaveReason', 'say why the person left']]);
  });

  it('the earliest known start is the earlier of the start date and the recorded starts', () => {
    expect(earliestStart('2021-01-01', [{ kind: 'start', on: '2019-05-01' }, { kind: 'leave', on: '2018-01-01' }])).toBe('2019-05-01');
    expect(earliestStart(null, [])).toBeNull();
  });
});

describe("the person's dates after their moves", () => {
  it('a start sets an empty or later start date, never a later one', () => {
    expect(employmentDatesAfter({ startDate: null, endDate: null }, [{ kind: 'start', on: '2024-02-01' }])).toEqual({ startDate: '2024-02-01', endDate: null });
    expect(employmentDatesAfter({ startDate: '2024-06-01', endDate: null }, [{ kind: 'start', on: '2024-02-01' }])).toEqual({ startDate: '2024-02-01', endDate: null });
    expect(employmentDatesAfter({ startDate: '2020-01-01', endDate: null }, [{ kind: 'start', on: '2024-02-01' }])).toEqual({ startDate: '2020-01-01', endDate: null });
  });

  it('a leave sets the end date; a start after it (a returner) clears it; a leave after that sets it again', () => {
    const left = [{ kind: 'start' as const, on: '2020-01-01' }, { kind: 'leave' as const, on: '2022-03-31' }];
    expect(employmentDatesAfter({ startDate: null, endDate: null }, left)).toEqual({ startDate: '2020-01-01', endDate: '2022-03-31' });
    const returned = [...left, { kind: 'start' as const, on: '2024-09-02' }];
    expect(employmentDatesAfter({ startDate: '2020-01-01', endDate: '2022-03-31' }, returned)).toEqual({ startDate: '2020-01-01', endDate: null });
    expect(employmentDatesAfter({ startDate: '2020-01-01', endDate: null }, [...returned, { kind: 'leave' as const, on: '2025-01-31' }])).toEqual({ startDate: '2020-01-01', endDate: '2025-01-31' });
  });

  it('an earlier leave recorded after a return does not end the returner', () => {
    const moves = [{ kind: 'start' as const, on: '2024-09-02' }, { kind: 'leave' as const, on: '2021-06-30' }];
    expect(employmentDatesAfter({ startDate: '2015-01-05', endDate: null }, moves)).toEqual({ startDate: '2015-01-05', endDate: null });
  });

  it('with no leave recorded, an end date set by hand stays', () => {
    expect(employmentDatesAfter({ startDate: '2015-01-05', endDate: '2025-01-31' }, [{ kind: 'start', on: '2015-01-05' }])).toEqual({ startDate: '2015-01-05', endDate: '2025-01-31' });
  });
});

describe('an absence spell', () => {
  const context = { today: TODAY, others: [{ firstDay: '2025-03-03', lastDay: '2025-03-07' }] };

  it('refuses a last day before the first, naming lastDay', () => {
    expect(absenceShapeProblems({ firstDay: '2025-04-10', lastDay: '2025-04-09' })).toEqual([{ field: 'lastDay', problem: 'must not be before the first day' }]);
  });

  it('refuses more days lost than the calendar days, or finer than tenths, naming workingDaysLost', () => {
    expect(absenceShapeProblems({ firstDay: '2025-04-07', lastDay: '2025-04-08', workingDaysLost: 3 })).toEqual([
      { field: 'workingDaysLost', problem: 'must not be more than the "2" calendar days from the first to the last day' },
    ]);
    expect(absenceShapeProblems({ firstDay: '2025-04-07', lastDay: '2025-04-08', workingDaysLost: 1.25 })[0]?.field).toBe('workingDaysLost');
    // a weekend worked counts: two calendar days may cost two working days
    expect(absenceShapeProblems({ firstDay: '2025-04-05', lastDay: '2025-04-06', workingDaysLost: 2 })).toEqual([]);
    expect(absenceShapeProblems({ firstDay: '2025-04-07', lastDay: '2025-04-08', workingDaysLost: 1.5 })).toEqual([]);
  });

  it('working days lost default to the weekdays of the spell; a figure given is kept', () => {
    expect(daysLostOf({ firstDay: '2025-03-07', lastDay: '2025-03-10' })).toBe(2);
    expect(daysLostOf({ firstDay: '2025-03-07', lastDay: '2025-03-10', workingDaysLost: 1.5 })).toBe(1.5);
    expect(daysLostOf({ firstDay: '2025-03-07', lastDay: '2025-03-10', workingDaysLost: 0 })).toBe(0);
  });

  it('refuses days after today and an overlap with another spell of the person', () => {
    expect(absenceProblems({ firstDay: '2025-06-30', lastDay: '2025-07-02' }, context)).toEqual([{ field: 'lastDay', problem: 'must not be after today' }]);
    expect(absenceProblems({ firstDay: '2025-03-07', lastDay: '2025-03-12' }, context)).toEqual([
      { field: 'firstDay', problem: 'overlaps an absence already recorded, which began on "2025-03-03"' },
    ]);
    expect(absenceProblems({ firstDay: '2025-03-08', lastDay: '2025-03-12' }, context)).toEqual([]);
    expect(absenceProblems({ firstDay: '2025-03-01', lastDay: '2025-03-03' }, { ...context, others: [{ firstDay: '2025-03-03', lastDay: '2025-03-03', where: 'line 7' }] })).toEqual([
      { field: 'firstDay', problem: 'overlaps the absence on line 7' },
    ]);
  });

  it('the zod input names each field the rules refuse', () => {
    const result = ZAbsenceInput.safeParse({ firstDay: '2025-04-10', lastDay: '2025-04-09', reason: 'stress-related' });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['lastDay']);
    expect(ZAbsenceInput.safeParse({ firstDay: '2025-04-07', lastDay: '2025-04-08', reason: 'stress-related', workingDaysLost: 1 }).success).toBe(true);
  });
});

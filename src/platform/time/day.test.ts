import { describe, expect, it } from 'vitest';
import { addDays, endOfDayIn, startOfDayIn, todayIn } from './day.js';

// The two edges the issue names: UTC−8 (California in winter) and UTC+13 (Auckland in summer).
const LA = 'America/Los_Angeles';
const AUCKLAND = 'Pacific/Auckland';

describe('todayIn', () => {
  it('is still the 30th in California after 16:00 UTC, when UTC is already on the 1st', () => {
    const at = new Date('2026-12-01T07:59:00Z'); // 23:59 on 30 November in California
    expect(todayIn('UTC', at)).toBe('2026-12-01');
    expect(todayIn(LA, at)).toBe('2026-11-30');
    expect(todayIn(LA, new Date('2026-12-01T08:00:00Z'))).toBe('2026-12-01');
  });

  it('is already tomorrow in Auckland from 11:00 UTC', () => {
    expect(todayIn(AUCKLAND, new Date('2026-11-30T10:59:00Z'))).toBe('2026-11-30');
    expect(todayIn(AUCKLAND, new Date('2026-11-30T11:00:00Z'))).toBe('2026-12-01');
  });
});

describe('day boundaries', () => {
  it('starts and ends a day at local midnight', () => {
    expect(startOfDayIn(LA, '2026-11-30').toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(endOfDayIn(LA, '2026-11-30').toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(startOfDayIn(AUCKLAND, '2026-12-01').toISOString()).toBe('2026-11-30T11:00:00.000Z');
    expect(startOfDayIn('UTC', '2026-12-01').toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('keeps a day whole across a daylight-saving change (23 and 25 hours long)', () => {
    const hours = (day: string) => (endOfDayIn(LA, day).getTime() - startOfDayIn(LA, day).getTime()) / 3_600_000;
    expect(hours('2026-03-08')).toBe(23);
    expect(hours('2026-11-01')).toBe(25);
  });

  it('adds calendar days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

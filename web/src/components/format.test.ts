import { describe, expect, it } from 'vitest';
import { formatDate, formatDateLong, formatMonth } from './format';

describe('formatDate', () => {
  it('writes English dates day first, never in the US month-first order', () => {
    expect(formatDate('2026-03-04', 'en')).toBe('4 Mar 2026');
  });

  it('writes Spanish dates in Spanish, and keeps the calendar day whatever the time zone', () => {
    expect(formatDate('2026-03-04', 'es')).toMatch(/^4 mar 2026$/);
    expect(formatDate('2026-12-31', 'en')).toBe('31 Dec 2026');
  });

  it('gives nothing for no date', () => {
    expect(formatDate(null, 'en')).toBe('');
  });
});

describe('dates written in full, as charts and sentences show them', () => {
  it('writes the whole month and year by locale, never "Jan 26"', () => {
    expect(formatMonth('2026-01-31', 'en')).toBe('January 2026');
    expect(formatMonth('2026-01', 'en')).toBe('January 2026');
    expect(formatMonth('2026-01-31', 'es')).toBe('enero de 2026');
  });

  it('writes a day in full, day first in English and in Spanish order in Spanish', () => {
    expect(formatDateLong('2026-03-04', 'en')).toBe('4 March 2026');
    expect(formatDateLong('2026-03-04', 'es')).toBe('4 de marzo de 2026');
    expect(formatDateLong('2026-12-31', 'en')).toBe('31 December 2026');
  });
});

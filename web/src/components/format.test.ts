import { describe, expect, it } from 'vitest';
import { formatDate } from './format';

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

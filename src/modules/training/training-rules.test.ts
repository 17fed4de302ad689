import { describe, expect, it } from 'vitest';
import { addMonths, expiryOf } from './training-rules.js';

describe('addMonths', () => {
  it.each([
    ['2024-01-15', 12, '2025-01-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-12-01', 1, '2025-01-01'],
    ['2024-05-10', 120, '2034-05-10'],
  ])('%s + %i months → %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe('expiryOf', () => {
  it('keeps a given expiry, else counts the course validity, else none', () => {
    expect(expiryOf('2024-01-01', '2024-06-30', 12)).toBe('2024-06-30');
    expect(expiryOf('2024-01-01', null, 24)).toBe('2026-01-01');
    expect(expiryOf('2024-01-01', undefined, null)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { safetyItemsCalling } from '../instruments/safety-items.js';
import { scoreCheckIn, supportReason } from './score-check-in.js';
import { TEST_CHECK } from './test-world.js';

/** w.b is TEST_CHECK's safety item, marked at 3; the total's upper band (6–12) suggests support. */

describe('safety items and the reason for support', () => {
  it('calls at the mark and above, not below, and not when skipped', () => {
    expect(safetyItemsCalling(TEST_CHECK, { 'w.a': 4, 'w.b': 3, 'w.c': 0 })).toEqual(['w.b']);
    expect(safetyItemsCalling(TEST_CHECK, { 'w.b': 4 })).toEqual(['w.b']);
    expect(safetyItemsCalling(TEST_CHECK, { 'w.a': 4, 'w.b': 2 })).toEqual([]);
    expect(safetyItemsCalling(TEST_CHECK, { 'w.a': 4, 'w.b': null })).toEqual([]);
  });

  it('an answer comes before a score; a settled total with a calling answer is still a reason', () => {
    const reason = (answers: Record<string, number | null>) => supportReason(TEST_CHECK, answers, scoreCheckIn(TEST_CHECK, answers));
    expect(reason({ 'w.a': 0, 'w.b': 3, 'w.c': 4 })).toBe('answer');
    expect(reason({ 'w.a': 4, 'w.b': 4, 'w.c': 0 })).toBe('answer');
    expect(reason({ 'w.a': 4, 'w.b': 2, 'w.c': 0 })).toBe('score');
    expect(reason({ 'w.a': 0, 'w.b': 2, 'w.c': 4 })).toBeNull();
  });
});

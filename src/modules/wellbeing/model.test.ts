import { describe, expect, it } from 'vitest';
import { answerProblems, completeAnswers } from './check-in-rules.js';
import { expiryProblem, grantStatus, nextDueOn, retentionCutoff } from './model.js';
import { TEST_CHECK } from './test-world.js';

describe('nextDueOn', () => {
  it.each([
    ['off', '2026-11-02', null],
    ['weekly', null, '2026-11-05'],
    ['weekly', '2026-11-02', '2026-11-09'],
    ['fortnightly', '2026-11-02', '2026-11-16'],
    ['monthly', '2026-01-31', '2026-02-28'],
    ['monthly', '2026-12-15', '2027-01-15'],
  ] as const)('%s after %s is %s (today 2026-11-05)', (rhythm, last, due) => {
    expect(nextDueOn(rhythm, last, '2026-11-05')).toBe(due);
  });
});

describe('grants', () => {
  const now = new Date('2026-11-05T12:00:00Z');
  it('status: revoked wins, then expired at the very moment, else active', () => {
    expect(grantStatus({ expiresAt: new Date('2026-11-06T00:00:00Z'), revokedAt: now }, now)).toBe('revoked');
    expect(grantStatus({ expiresAt: now, revokedAt: null }, now)).toBe('expired');
    expect(grantStatus({ expiresAt: new Date('2026-11-05T12:00:01Z'), revokedAt: null }, now)).toBe('active');
  });
  it('expiry: in the future and at most a year away', () => {
    expect(expiryProblem(new Date('2026-11-05T11:59:59Z'), now)).toBe('must be in the future');
    expect(expiryProblem(new Date('2027-11-05T12:00:00Z'), now)).toBeUndefined();
    expect(expiryProblem(new Date('2027-11-07T12:00:00Z'), now)).toBe('must be at most one year from now');
  });
});

describe('retentionCutoff', () => {
  it('keeps the last N months: older days are before the cutoff', () => {
    expect(retentionCutoff(1, '2026-03-31')).toBe('2026-02-28');
    expect(retentionCutoff(12, '2026-11-05')).toBe('2025-11-05');
  });
});

describe('check-in answers', () => {
  it('names every unknown item and every value outside its answer set; skips are fine', () => {
    expect(answerProblems(TEST_CHECK, { 'w.a': null, 'w.b': 4 })).toEqual([]);
    expect(answerProblems(TEST_CHECK, { 'w.x': 1, 'w.a': 5, 'w.b': 1.5 }).map((p) => p.field)).toEqual(['answers.w.x', 'answers.w.a', 'answers.w.b']);
  });
  it('stores one entry per item, null where skipped', () => {
    expect(completeAnswers(TEST_CHECK, { 'w.b': 2 })).toEqual({ 'w.a': null, 'w.b': 2, 'w.c': null });
  });
});

import { describe, expect, it } from 'vitest';
import { allowed, allowedIf, denied, hidden } from '../access/policy.js';
import { AppError } from '../http/errors.js';
import { authorize } from './authorize.js';

const statusOf = (fn: () => void) => {
  try {
    fn();
    return 'passed';
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${error.message}` : 'other';
  }
};

describe('authorize', () => {
  it('lets an allowed decision through', () => {
    expect(statusOf(() => authorize(allowed, 'The plan'))).toBe('passed');
  });
  it('answers a hidden resource as not found, naming it', () => {
    expect(statusOf(() => authorize(hidden, 'The plan'))).toBe('404 The plan was not found.');
  });
  it("answers a denied one 403 with the policy's reason", () => {
    expect(statusOf(() => authorize(denied('Only the lead confirms.'), 'The cycle'))).toBe('403 Only the lead confirms.');
  });
  it('allowedIf hides by default and denies with a reason when given one', () => {
    expect(allowedIf(true)).toEqual(allowed);
    expect(allowedIf(false)).toEqual(hidden);
    expect(allowedIf(false, denied('no'))).toEqual(denied('no'));
  });
});

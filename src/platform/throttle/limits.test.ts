import { describe, expect, it } from 'vitest';
import { counterKey, LIMITS, waitFor } from './limits.js';

const now = new Date('2026-12-04T12:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('waitFor', () => {
  const limit = LIMITS.signInAccount;

  it('lets a key try while under the limit, or with no counter', () => {
    expect(waitFor(limit, undefined, now)).toBe(0);
    expect(waitFor(limit, { count: limit.max - 1, windowEndsAt: later(60_000) }, now)).toBe(0);
  });

  it('at the limit, asks to wait exactly the rest of the window', () => {
    expect(waitFor(limit, { count: limit.max, windowEndsAt: later(60_000) }, now)).toBe(60_000);
    expect(waitFor(limit, { count: limit.max + 40, windowEndsAt: later(1) }, now)).toBe(1);
  });

  it('once the window has ended, lets the key try again', () => {
    expect(waitFor(limit, { count: 99, windowEndsAt: now }, now)).toBe(0);
    expect(waitFor(limit, { count: 99, windowEndsAt: later(-1) }, now)).toBe(0);
  });
});

describe('the limits', () => {
  it('are the ones decision 003 promises', () => {
    const minutes = (ms: number) => ms / 60_000;
    expect([LIMITS.signInAccount.max, minutes(LIMITS.signInAccount.windowMs)]).toEqual([5, 15]);
    expect([LIMITS.signInClient.max, minutes(LIMITS.signInClient.windowMs)]).toEqual([30, 15]);
    expect([LIMITS.signInDevice.max, minutes(LIMITS.signInDevice.windowMs)]).toEqual([5, 15]);
    expect([LIMITS.resetAddress.max, minutes(LIMITS.resetAddress.windowMs)]).toEqual([3, 60]);
    expect([LIMITS.resetClient.max, minutes(LIMITS.resetClient.windowMs)]).toEqual([10, 60]);
  });

  it('keys name their limit, and cannot be made to collide by what is counted', () => {
    expect(counterKey(LIMITS.signInAccount, 'a@example.org')).not.toBe(counterKey(LIMITS.resetAddress, 'a@example.org'));
    expect(counterKey(LIMITS.signInDevice, 'a', 'b:c')).not.toBe(counterKey(LIMITS.signInDevice, 'a:b', 'c'));
  });
});

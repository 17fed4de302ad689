import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './rate-limit.js';

const WINDOW = 15 * 60 * 1000;

/** A limiter of 5 attempts per 15 minutes on a clock the test moves by hand. */
function limiterWithClock(limit = 5) {
  const clock = { now: 1_700_000_000_000 };
  const limiter = new AttemptLimiter(limit, WINDOW, () => clock.now);
  return { limiter, clock };
}

describe('AttemptLimiter', () => {
  it('lets a key try until it reaches the limit', () => {
    const { limiter, clock } = limiterWithClock();
    expect(limiter.retryAfter('a@example.org')).toBe(0);
    for (let i = 1; i < 5; i++) {
      limiter.recordFailure('a@example.org');
      clock.now += 1000;
      expect(limiter.retryAfter('a@example.org'), `after ${i} failures`).toBe(0);
    }
    limiter.recordFailure('a@example.org');
    expect(limiter.retryAfter('a@example.org')).toBeGreaterThan(0);
  });

  it('once over, asks to wait exactly the rest of the window', () => {
    const { limiter, clock } = limiterWithClock();
    const started = clock.now;
    for (let i = 0; i < 5; i++) limiter.recordFailure('k');
    expect(limiter.retryAfter('k')).toBe(WINDOW);
    clock.now = started + 4 * 60 * 1000;
    expect(limiter.retryAfter('k')).toBe(WINDOW - 4 * 60 * 1000);
    clock.now = started + WINDOW - 1;
    expect(limiter.retryAfter('k')).toBe(1);
  });

  it('lets the key try again once the window has passed, with a fresh count', () => {
    const { limiter, clock } = limiterWithClock();
    for (let i = 0; i < 5; i++) limiter.recordFailure('k');
    clock.now += WINDOW;
    expect(limiter.retryAfter('k')).toBe(0);
    // the new window counts from its first failure: four more are still allowed
    for (let i = 0; i < 4; i++) limiter.recordFailure('k');
    expect(limiter.retryAfter('k')).toBe(0);
    limiter.recordFailure('k');
    expect(limiter.retryAfter('k')).toBe(WINDOW);
  });

  it('failures spread past the window start a new one rather than adding up', () => {
    const { limiter, clock } = limiterWithClock();
    for (let i = 0; i < 4; i++) limiter.recordFailure('k');
    clock.now += WINDOW;
    limiter.recordFailure('k');
    expect(limiter.retryAfter('k')).toBe(0);
  });

  it('reset clears the count', () => {
    const { limiter } = limiterWithClock();
    for (let i = 0; i < 5; i++) limiter.recordFailure('k');
    expect(limiter.retryAfter('k')).toBeGreaterThan(0);
    limiter.reset('k');
    expect(limiter.retryAfter('k')).toBe(0);
    for (let i = 0; i < 4; i++) limiter.recordFailure('k');
    expect(limiter.retryAfter('k')).toBe(0);
  });

  it('keeps keys independent', () => {
    const { limiter } = limiterWithClock();
    for (let i = 0; i < 5; i++) limiter.recordFailure('a');
    limiter.recordFailure('b');
    expect(limiter.retryAfter('a')).toBeGreaterThan(0);
    expect(limiter.retryAfter('b')).toBe(0);
    expect(limiter.retryAfter('c')).toBe(0);
    limiter.reset('b');
    expect(limiter.retryAfter('a')).toBeGreaterThan(0);
  });
});

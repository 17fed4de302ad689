import { vi } from 'vitest';

/**
 * Stops the wall clock at `instant` for the rules that ask for "today" (`todayIn(zone)` reads
 * `new Date()`; the code has no clock of its own to inject). Only `Date` is faked: timers, the
 * connection pool and PostgreSQL's own `now()` run as usual.
 *
 * Choose instants in the past. A session stays alive while the time since it was made or last
 * used is under its limits; a clock put back makes those differences negative, so sessions signed
 * in before freezing keep working (a clock put forward past 30 minutes would sign them out).
 */
export function freezeDateAt(instant: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
}

/** Lets the wall clock run again (call in afterEach/afterAll of a file that froze it). */
export function unfreezeDate(): void {
  vi.useRealTimers();
}

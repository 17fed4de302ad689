/**
 * Calendar days in an organisation's time zone. Everything a person sees as "today" (a survey's
 * closing day, a check-in's day, an overdue flag, a training expiry, the retention cut-off) is the
 * date on a wall clock where the organisation works, not in UTC: a survey closing on 30 November
 * stays open until midnight in California, and a check-in at 08:00 in Auckland belongs to that
 * day there. Days are ISO `YYYY-MM-DD` text, as the database stores them.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** en-CA formats a date as YYYY-MM-DD; one formatter per zone, built once (they are costly). */
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The date on the wall clock in `timeZone` at the instant `at`. */
export function todayIn(timeZone: string, at: Date = new Date()): string {
  return dayFormatter(timeZone).format(at);
}

/** The day `days` after an ISO day (negative goes back); calendar arithmetic, no time zone involved. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `at`, in minutes. */
function offsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a day begins in `timeZone` (its local midnight). Found by correcting a first guess
 * with the zone's offset twice, which settles across a daylight-saving change on either side.
 */
export function startOfDayIn(timeZone: string, day: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  let guess = midnightUtc - offsetMinutes(timeZone, new Date(midnightUtc)) * 60_000;
  guess = midnightUtc - offsetMinutes(timeZone, new Date(guess)) * 60_000;
  return new Date(guess);
}

/** The instant the next day begins in `timeZone`: a day is [startOfDayIn(day), endOfDayIn(day)). */
export function endOfDayIn(timeZone: string, day: string): Date {
  return startOfDayIn(timeZone, addDays(day, 1));
}

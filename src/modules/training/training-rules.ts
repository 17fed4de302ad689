import { isRealDate } from '../people/model.js';

/** Small pure rules of training records that the development rules do not cover. No I/O. */

/**
 * The day `months` calendar months after an ISO day, kept within the month: a course valid for
 * 12 months completed on 2024-02-29 ends on 2025-02-28, and one month after 31 January is the
 * last day of February.
 */
export function addMonths(isoDay: string, months: number): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  const result = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isRealDate(result)) throw new Error(`addMonths produced ${result}`);
  return result;
}

/** The expiry a record gets: the one given, else the course's validity counted from completion, else none. */
export function expiryOf(completedOn: string, given: string | null | undefined, validForMonths: number | null | undefined): string | null {
  if (given) return given;
  return validForMonths ? addMonths(completedOn, validForMonths) : null;
}

/**
 * The locale dates are written in for a page language: English pages read day, month, year
 * (Tend's English is British), never the US month-first order that makes 03/04 ambiguous.
 */
export const dateLocale = (lng: string) => (lng === 'en' ? 'en-GB' : lng);

/** Dates and times in the page's language; the server sends ISO strings. */
export function formatDateTime(iso: string, lng: string): string {
  return new Intl.DateTimeFormat(dateLocale(lng), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) shown without moving it across time zones. */
export function formatDate(isoDate: string | null, lng: string): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(dateLocale(lng), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

const utcDay = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d ?? 1));
};

/**
 * A calendar date written out in full ("5 January 2026", "5 de enero de 2026"): charts and
 * sentences read it aloud, where "05/01/26" or "Jan 26" (a month, or the 26th?) would mislead.
 */
export function formatDateLong(isoDate: string, lng: string): string {
  return new Intl.DateTimeFormat(dateLocale(lng), { dateStyle: 'long', timeZone: 'UTC' }).format(utcDay(isoDate));
}

/** A month written out in full ("January 2026", "enero de 2026") from a YYYY-MM or YYYY-MM-DD date. */
export function formatMonth(isoDate: string, lng: string): string {
  return new Intl.DateTimeFormat(dateLocale(lng), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcDay(isoDate));
}

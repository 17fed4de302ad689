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

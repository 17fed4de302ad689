/** A stored month ('2026-03') as words in the page's language ("March 2026"); never a day. */
export function formatMonth(period: string | null | undefined, lng: string): string {
  if (!period) return '';
  const [year, month] = period.split('-').map(Number);
  if (!year || !month) return period;
  return new Intl.DateTimeFormat(lng, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

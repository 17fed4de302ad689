/**
 * Monday to Friday days from `first` to `last` (ISO days), both counted: what the server records
 * as working days lost when the form leaves them empty (workforce-rules.ts workingDaysBetween),
 * shown beside the field so the admin sees the figure before saving.
 */
export function weekdaysBetween(first: string, last: string): number {
  let count = 0;
  const day = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`);
  // a spell is days or weeks long; a mistyped year must not hang the page, so ten years at most
  for (let steps = 0; day <= end && steps < 3700; steps++) {
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) count++;
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return count;
}

/**
 * How many reports one person may hold at a time: each holds its PDF in the database until it
 * expires, so without a cap one person could fill the disk by asking again and again.
 */
export const REPORT_CAP = { jobs: 3, bytes: 30 * 1024 * 1024 } as const;

/** Why a new report is refused given the person's live ones (running or waiting to be downloaded), or null. */
export function reportCapProblem(live: { count: number; bytes: number }): string | null {
  if (live.count >= REPORT_CAP.jobs) {
    return `You already have ${live.count} reports being made or waiting to be downloaded, which is the most at one time. Download them, or wait an hour for them to expire, then ask again.`;
  }
  if (live.bytes >= REPORT_CAP.bytes) {
    return 'Your reports waiting to be downloaded already take up the space one person may use. Download them, or wait an hour for them to expire, then ask again.';
  }
  return null;
}

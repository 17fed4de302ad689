import { getPack } from '../content/pack-store.js';
import type { Queryable } from '../platform/db/client.js';
import { addDays } from '../platform/time/day.js';
import { addCheckIn } from '../modules/wellbeing/check-in-store.js';

export const DEMO_CHECK_IN_INSTRUMENT = 'tend.sts-self-check';

/**
 * The demo worker's own STS self-checks over the last four months, about one a fortnight, the
 * signs easing as the months go on: her results page shows a trend from the first sign-in. The
 * last is nine days old, so a weekly rhythm she sets finds a check-in due. Totals (0–40) by
 * date, oldest first; deterministic for a given day.
 */
export function demoCheckIns(today: string): Array<{ day: string; total: number }> {
  const totals = [24, 26, 22, 21, 19, 17, 16, 13];
  return totals.map((total, i) => ({ day: addDays(today, -(9 + (totals.length - 1 - i) * 15)), total }));
}

/** Ten answers (0–4 each) adding up to `total`. */
export function answersFor(total: number): Record<string, number> {
  const answers: Record<string, number> = {};
  for (let n = 1; n <= 10; n++) answers[`sts.${n}`] = Math.floor(total / 10) + (n <= total % 10 ? 1 : 0);
  return answers;
}

/** Adds the check-ins to `personId`'s private space; skipped when the instrument is not installed. */
export async function addDemoCheckIns(q: Queryable, orgId: string, personId: string, today: string): Promise<number> {
  const found = await getPack(q, DEMO_CHECK_IN_INSTRUMENT);
  if (!found) return 0;
  const checkIns = demoCheckIns(today);
  for (const { day, total } of checkIns) {
    await addCheckIn(q, orgId, personId, { instrumentId: found.pack.id, instrumentVersion: found.pack.version, answers: answersFor(total), submittedOn: day, submittedAt: new Date(`${day}T17:30:00Z`) });
  }
  return checkIns.length;
}

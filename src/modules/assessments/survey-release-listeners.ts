import type { Tx } from '../../platform/db/client.js';
import type { ReleasedSurvey } from './survey-release.js';
import type { SurveyCycle } from './survey-store.js';

/**
 * What other modules do when a staff survey's results have just been released through the
 * cycle-wide gate, in the same transaction (a collaborative's contribution to its hub, say). The
 * survey knows nothing of who listens: the app registers listeners where it is composed
 * (src/app.ts), so dependencies point from those modules to this one, never back.
 */
export type SurveyReleaseListener = (tx: Tx, cycle: SurveyCycle, released: ReleasedSurvey) => Promise<unknown>;

const listeners = new Set<SurveyReleaseListener>();

/** Adds a listener; adding the same one again (a second app in one process, as tests build) changes nothing. */
export function onSurveyReleased(listener: SurveyReleaseListener): void {
  listeners.add(listener);
}

/** Tells every listener, one after another, inside the releasing transaction. */
export async function surveyReleased(tx: Tx, cycle: SurveyCycle, released: ReleasedSurvey): Promise<void> {
  for (const listener of listeners) await listener(tx, cycle, released);
}

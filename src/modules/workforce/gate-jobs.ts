import type { Tx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { type Budget, runIsolated } from '../../platform/isolate/run-isolated.js';
import { earlierFigures, lockReleaseLog, recordFigures } from '../../platform/privacy/release-log-store.js';
import type { GateJobInput } from './gate-work.js';
import type { DecidedGroup, GroupsRelease } from './indicator-gate.js';

/**
 * The gate's decisions for the data families one request shows (four quarters, each instrument's
 * bands), worked out in a worker thread: the exact rank test over a large organisation's groups and
 * earlier releases can take seconds — minutes after a big restructure — and must not hold up every
 * other request on the server's thread. Each family's release-log lock is taken first, in the order
 * given (callers give families in one fixed order, so two requests cannot wait on each other), and
 * held with the transaction while the worker decides; what is shown is then recorded.
 */

export interface GateJob {
  family: string;
  members: Array<{ personId: string; path: string[] }>;
  /** what a refusal names: "Figures shown earlier for 2026-Q3" */
  what: string;
}

const WORK = new URL('./gate-work.ts', import.meta.url);
/** Long enough for 20,000 people in 400 units on a slow machine; a request never waits longer. */
export const GATE_BUDGET: Budget = { timeoutMs: 60_000, memoryMb: 512 };

export async function decideFamilies(tx: Tx, orgId: string, jobs: readonly GateJob[], minGroupSize: number, budget: Budget = GATE_BUDGET): Promise<DecidedGroup[][]> {
  const inputs: GateJobInput[] = [];
  for (const job of jobs) {
    await lockReleaseLog(tx, orgId, job.family);
    inputs.push({ members: job.members, earlier: await earlierFigures(tx, orgId, job.family), minGroupSize });
  }
  const result = await runIsolated<GroupsRelease[]>(WORK, 'releaseMany', inputs, budget, { warm: true });
  if (!result.ok) {
    if (result.reason === 'threw') throw new Error(`the privacy gate failed: ${result.message}`);
    throw new AppError(503, 'figures-too-slow', 'Working out which figures can be shown safely took too long, so none are shown. Choose another quarter, or ask the people who run Tend.');
  }
  const decided: DecidedGroup[][] = [];
  for (const [i, release] of result.value.entries()) {
    const job = jobs[i]!;
    if (!release.ok) throw new AppError(422, 'privacy-refused', `${job.what}, together with any figure now, could point at individuals, so none can be shown.`);
    await recordFigures(tx, orgId, job.family, release.figures, inputs[i]!.earlier);
    decided.push(release.groups);
  }
  return decided;
}

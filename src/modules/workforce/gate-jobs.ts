import { createHash } from 'node:crypto';
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

/**
 * The gate's last decisions, by their exact input: the gate is a pure function of the members
 * (with their paths, in order), every earlier release of the family and the minimum, so the same
 * input gives the same decision. A dashboard opened again for the same quarter, with nothing
 * changed in the people, their events or the release log, then needs no worker; anything changed
 * (an HR event, a person's dates or unit, a release of the family since) changes the input, and
 * the gate decides afresh. Per process, the last few families only.
 */
const KEPT_DECISIONS = 10;
const decisions = new Map<string, GroupsRelease>();
const inputKey = (orgId: string, family: string, input: GateJobInput) =>
  createHash('sha256').update(orgId).update('\u0000').update(family).update('\u0000').update(JSON.stringify(input)).digest('base64url');

function keep(key: string, release: GroupsRelease) {
  decisions.delete(key);
  decisions.set(key, release);
  while (decisions.size > KEPT_DECISIONS) decisions.delete(decisions.keys().next().value!);
}

export async function decideFamilies(tx: Tx, orgId: string, jobs: readonly GateJob[], minGroupSize: number, budget: Budget = GATE_BUDGET): Promise<DecidedGroup[][]> {
  const inputs: GateJobInput[] = [];
  for (const job of jobs) {
    await lockReleaseLog(tx, orgId, job.family);
    // in one order whatever order the rows came in (the gate's decision does not depend on it),
    // so the same people and log give the same input
    const members = [...job.members].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
    const earlier = (await earlierFigures(tx, orgId, job.family)).map((e) => ({ e, key: `${e.shown !== false}|${e.item}|${e.members.join(',')}` }));
    earlier.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    inputs.push({ members, earlier: earlier.map(({ e }) => e), minGroupSize });
  }
  const keys = inputs.map((input, i) => inputKey(orgId, jobs[i]!.family, input));
  const releases: Array<GroupsRelease | undefined> = keys.map((key) => decisions.get(key));
  const missing = releases.flatMap((release, i) => (release ? [] : [i]));
  if (missing.length > 0) {
    const result = await runIsolated<GroupsRelease[]>(
      WORK,
      'releaseMany',
      missing.map((i) => inputs[i]!),
      budget,
      { warm: true },
    );
    if (!result.ok) {
      if (result.reason === 'threw') throw new Error(`the privacy gate failed: ${result.message}`);
      throw new AppError(503, 'figures-too-slow', 'Working out which figures can be shown safely took too long, so none are shown. Choose another quarter, or ask the people who run Tend.');
    }
    for (const [n, i] of missing.entries()) releases[i] = result.value[n]!;
  }
  const decided: DecidedGroup[][] = [];
  for (const [i, release] of releases.entries()) {
    const job = jobs[i]!;
    keep(keys[i]!, release!);
    if (!release!.ok) throw new AppError(422, 'privacy-refused', `${job.what}, together with any figure now, could point at individuals, so none can be shown.`);
    await recordFigures(tx, orgId, job.family, release!.figures, inputs[i]!.earlier);
    decided.push(release!.groups);
  }
  return decided;
}

import type { EarlierFigure } from '../../platform/privacy/release-system.js';
import { type GroupsRelease, releaseGroups } from './indicator-gate.js';

/**
 * What gate-jobs.ts runs in a worker thread: the gate's decisions for several data families at
 * once (one worker per request, not one per family). Structured-cloneable in and out.
 */
export interface GateJobInput {
  members: Array<{ personId: string; path: string[] }>;
  earlier: EarlierFigure[];
  minGroupSize: number;
}

export const releaseMany = (jobs: readonly GateJobInput[]): GroupsRelease[] => jobs.map((job) => releaseGroups(job));

import { randomUUID } from 'node:crypto';
import { AppError } from '../../../platform/http/errors.js';
import type { ImportProgress } from './import-store.js';

/**
 * Running imports, kept in memory. That is enough because one process serves an organisation,
 * and an import is one transaction: a job lost to a restart wrote either nothing (it had not
 * committed) or everything (it had), which the people list shows either way. A job is found by
 * organisation and id together, so another organisation's job is invisible.
 */

export type ImportJobStatus = 'running' | 'done' | 'failed';

/** What the progress bar reads. */
export interface ImportJobView {
  status: ImportJobStatus;
  processed: number;
  total: number;
  created: number;
  updated: number;
  message: string | null;
}

/** Finished jobs are forgotten an hour after they finish. */
export const JOB_TTL_MS = 60 * 60 * 1000;

/** The work of a job: writes, reporting progress; resolves to the counts or a failure message. */
export type ImportWork = (onProgress: ImportProgress) => Promise<{ created: number; updated: number } | { failed: string }>;

interface Job extends ImportJobView {
  finishedAt: number | null;
}

/**
 * A registry of import jobs. `start` runs the work in the background and returns its id at
 * once; `find` returns a copy of its state, or undefined for an unknown, expired or other
 * organisation's job. `settled` resolves when a job has finished (for the CLI and tests).
 */
export function createImportJobs(options: { now?: () => number; log?: (message: string) => void } = {}) {
  const now = options.now ?? Date.now;
  const jobs = new Map<string, Job>();
  const running = new Map<string, Promise<void>>();
  const key = (orgId: string, jobId: string) => `${orgId}/${jobId}`;

  function sweep() {
    const cutoff = now() - JOB_TTL_MS;
    for (const [k, job] of jobs) if (job.finishedAt !== null && job.finishedAt < cutoff) jobs.delete(k);
  }

  return {
    start(orgId: string, total: number, work: ImportWork): string {
      sweep();
      const jobId = randomUUID();
      const job: Job = { status: 'running', processed: 0, total, created: 0, updated: 0, message: null, finishedAt: null };
      jobs.set(key(orgId, jobId), job);
      const finish = (status: ImportJobStatus, message: string) => {
        Object.assign(job, { status, message, finishedAt: now() });
      };
      const done = work(({ processed }) => {
        job.processed = processed;
      })
        .then((result) => {
          if ('failed' in result) finish('failed', result.failed);
          else {
            Object.assign(job, { created: result.created, updated: result.updated, processed: job.total });
            finish('done', `Imported: ${result.created} added, ${result.updated} updated.`);
          }
        })
        .catch((error: unknown) => {
          if (error instanceof AppError) finish('failed', error.message);
          else {
            options.log?.(`People import ${jobId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
            finish('failed', 'The import failed on our side, so nothing was written. Please try again.');
          }
        })
        .finally(() => running.delete(key(orgId, jobId)));
      running.set(key(orgId, jobId), done);
      return jobId;
    },

    find(orgId: string, jobId: string): ImportJobView | undefined {
      sweep();
      const job = jobs.get(key(orgId, jobId));
      if (!job) return undefined;
      // the fields that leave, listed: work results never reach the wire by accident
      const { status, processed, total, created, updated, message } = job;
      return { status, processed, total, created, updated, message };
    },

    async settled(orgId: string, jobId: string): Promise<void> {
      await running.get(key(orgId, jobId));
    },
  };
}

export type ImportJobs = ReturnType<typeof createImportJobs>;

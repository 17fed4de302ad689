import type { Database } from '../../../platform/db/client.js';
import { createJobRunner } from '../../../platform/jobs/job-runner.js';
import { findJob, type JobOwner } from '../../../platform/jobs/job-store.js';
import type { ImportProgress } from './import-store.js';

/**
 * Import jobs (people, and training and HR events through the same registry), kept in the jobs table so any
 * Tend process on the database answers the progress bar's polls. The import itself is one
 * transaction; its progress is written beside it, on another connection, at most every 250 ms.
 * Only the person who started a job reads it: another admin's, another organisation's, an
 * unknown or an expired job is not found.
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

export { JOB_TTL_MS } from '../../../platform/jobs/job-store.js';

/** The work of a job: writes, reporting progress; resolves to the counts or a failure message. */
export type ImportWork = (onProgress: ImportProgress) => Promise<{ created: number; updated: number } | { failed: string }>;

export function createImportJobs(database: Database, kind: 'people-import' | 'training-import' | 'workforce-import', options: { log?: (message: string) => void; progressIntervalMs?: number } = {}) {
  const runner = createJobRunner(database, {
    ...options,
    failureMessage: 'The import failed on our side, so nothing was written. Please try again.',
  });

  return {
    /** Records the job, starts the work in the background and returns the job's id. */
    start(owner: JobOwner, total: number, work: ImportWork): Promise<string> {
      return runner.start(owner, { kind, total }, async (progress) => {
        const result = await work(({ processed }) => progress(processed));
        if ('failed' in result) return { status: 'failed', message: result.failed };
        return {
          status: 'done',
          done: total,
          result: { created: result.created, updated: result.updated },
          message: `Imported: ${result.created} added, ${result.updated} updated.`,
        };
      });
    },

    /** The job's state for the person who started it; undefined for anyone else. */
    async find(owner: Pick<JobOwner, 'orgId' | 'personId'>, jobId: string): Promise<ImportJobView | undefined> {
      const job = await findJob(database.db, owner, kind, jobId);
      if (!job) return undefined;
      // the fields that leave, listed: nothing else of the row reaches the wire
      const count = (name: string) => (typeof job.result[name] === 'number' ? (job.result[name] as number) : 0);
      return { status: job.status, processed: job.done, total: job.total, created: count('created'), updated: count('updated'), message: job.message };
    },

    settled: (jobId: string) => runner.settled(jobId),
  };
}

export type ImportJobs = ReturnType<typeof createImportJobs>;

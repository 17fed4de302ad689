import type { Database } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/http/errors.js';
import { createJobRunner } from '../../../platform/jobs/job-runner.js';
import { findJob, jobFile, type JobOwner, liveJobsOf } from '../../../platform/jobs/job-store.js';
import { reportCapProblem } from './report-cap.js';

/**
 * Report jobs, kept in the jobs table with their PDF (bytea), so any Tend process on the
 * database answers the poll and the download. A job is found by organisation, requester and id
 * together: another person's or organisation's job is not found. A finished report expires an
 * hour later and is then never served; one person holds at most REPORT_CAP at a time.
 */

export type ReportJobStatus = 'running' | 'done' | 'failed';

export interface ReportJobView {
  status: ReportJobStatus;
  /** 0–100. */
  progress: number;
  cycleId: string;
  message: string | null;
}

export { JOB_TTL_MS as REPORT_TTL_MS } from '../../../platform/jobs/job-store.js';

const KIND = 'assessment-report';

export function createReportJobs(database: Database, options: { log?: (message: string) => void; progressIntervalMs?: number } = {}) {
  const runner = createJobRunner(database, { ...options, failureMessage: 'The report could not be made. Please try again.' });

  return {
    /** Starts `work` in the background and returns the job's id; 429 when the requester holds too many reports. */
    start(owner: JobOwner, cycleId: string, fileName: string, work: (onProgress: (percent: number) => void) => Promise<Buffer>): Promise<string> {
      return runner.start(
        owner,
        { kind: KIND, total: 100, result: { cycleId } },
        async (progress) => {
          let highest = 0;
          const pdf = await work((percent) => {
            highest = Math.max(highest, Math.min(99, Math.round(percent)));
            progress(highest);
          });
          return { status: 'done', done: 100, message: null, file: pdf, fileName };
        },
        async (tx) => {
          const problem = reportCapProblem(await liveJobsOf(tx, owner, KIND));
          if (problem) throw new AppError(429, 'too-many-reports', problem);
        },
      );
    },

    /** The job's state for its requester; undefined for anyone else, or once expired. */
    async find(owner: Pick<JobOwner, 'orgId' | 'personId'>, jobId: string): Promise<ReportJobView | undefined> {
      const job = await findJob(database.db, owner, KIND, jobId);
      if (!job) return undefined;
      return { status: job.status, progress: job.done, cycleId: String(job.result.cycleId ?? ''), message: job.message };
    },

    /** The finished PDF and its file name, for its requester. */
    async file(owner: Pick<JobOwner, 'orgId' | 'personId'>, jobId: string): Promise<{ pdf: Buffer; fileName: string } | undefined> {
      const found = await jobFile(database.db, owner, KIND, jobId);
      return found ? { pdf: found.file, fileName: found.fileName } : undefined;
    },

    settled: (jobId: string) => runner.settled(jobId),
  };
}

export type ReportJobs = ReturnType<typeof createReportJobs>;

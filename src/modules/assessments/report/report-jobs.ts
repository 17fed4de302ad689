import { randomUUID } from 'node:crypto';

/**
 * Report jobs, kept in memory like the people import's (one process serves an installation): a
 * report is a read, so a job lost to a restart loses nothing but the wait. A job is found by
 * organisation, requester and id together: another person's or organisation's job is invisible.
 */

export type ReportJobStatus = 'running' | 'done' | 'failed';

export interface ReportJobView {
  status: ReportJobStatus;
  /** 0–100. */
  progress: number;
  cycleId: string;
  message: string | null;
}

/** Finished reports are forgotten an hour after they finish. */
export const REPORT_TTL_MS = 60 * 60 * 1000;

interface Job extends ReportJobView {
  owner: string;
  pdf: Buffer | null;
  fileName: string;
  finishedAt: number | null;
}

export function createReportJobs(options: { now?: () => number; log?: (message: string) => void } = {}) {
  const now = options.now ?? Date.now;
  const jobs = new Map<string, Job>();
  const running = new Map<string, Promise<void>>();
  const key = (orgId: string, jobId: string) => `${orgId}/${jobId}`;
  const sweep = () => {
    for (const [k, job] of jobs) if (job.finishedAt !== null && job.finishedAt < now() - REPORT_TTL_MS) jobs.delete(k);
  };
  const visible = (orgId: string, personId: string, jobId: string) => {
    sweep();
    const job = jobs.get(key(orgId, jobId));
    return job && job.owner === personId ? job : undefined;
  };

  return {
    /** Starts `work` in the background and returns the job's id at once. */
    start(orgId: string, personId: string, cycleId: string, fileName: string, work: (onProgress: (percent: number) => void) => Promise<Buffer>): string {
      sweep();
      const jobId = randomUUID();
      const job: Job = { status: 'running', progress: 0, cycleId, message: null, owner: personId, pdf: null, fileName, finishedAt: null };
      jobs.set(key(orgId, jobId), job);
      const done = Promise.resolve()
        .then(() => work((percent) => (job.progress = Math.max(job.progress, Math.min(99, percent)))))
        .then((pdf) => Object.assign(job, { status: 'done', progress: 100, pdf, finishedAt: now() }))
        .catch((error: unknown) => {
          options.log?.(`Assessment report ${jobId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          Object.assign(job, { status: 'failed', message: 'The report could not be made. Please try again.', finishedAt: now() });
        })
        .then(() => {
          running.delete(key(orgId, jobId));
        });
      running.set(key(orgId, jobId), done);
      return jobId;
    },

    /** The job's state for its requester; undefined for anyone else, or once forgotten. */
    find(orgId: string, personId: string, jobId: string): ReportJobView | undefined {
      const job = visible(orgId, personId, jobId);
      if (!job) return undefined;
      const { status, progress, cycleId, message } = job;
      return { status, progress, cycleId, message };
    },

    /** The finished PDF and its file name, for its requester. */
    file(orgId: string, personId: string, jobId: string): { pdf: Buffer; fileName: string } | undefined {
      const job = visible(orgId, personId, jobId);
      return job?.pdf ? { pdf: job.pdf, fileName: job.fileName } : undefined;
    },

    async settled(orgId: string, jobId: string): Promise<void> {
      await running.get(key(orgId, jobId));
    },
  };
}

export type ReportJobs = ReturnType<typeof createReportJobs>;

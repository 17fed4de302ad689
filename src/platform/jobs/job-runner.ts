import { sql } from 'drizzle-orm';
import type { Database, Queryable } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { deleteExpiredJobs, finishJob, insertJob, type JobKind, type JobOutcome, type JobOwner, recordJobProgress } from './job-store.js';
import { throttleProgress } from './progress-throttle.js';

/** What a job's work returns; a thrown AppError fails the job with its message and problems. */
export type JobWork = (progress: (done: number) => void) => Promise<JobOutcome>;

/**
 * Runs jobs in this process and keeps their state in the jobs table, so that any process on
 * the database answers their polls. `start` records the job (after `admit`, which may refuse,
 * inside a transaction locked per owner so that two processes cannot both admit past a cap),
 * starts the work in the background and returns the id at once. Progress is written on the
 * pool, outside whatever transaction the work holds, so other connections see it while it runs.
 * `settled` (for the CLI and tests) waits for a job this process runs.
 */
export function createJobRunner(database: Database, options: { log?: (message: string) => void; failureMessage: string; progressIntervalMs?: number }) {
  const db = database.db;
  const running = new Map<string, Promise<void>>();
  const log = options.log ?? (() => {});

  return {
    async start(owner: JobOwner, job: { kind: JobKind; total: number; result?: Record<string, unknown> }, work: JobWork, admit?: (q: Queryable) => Promise<void>): Promise<string> {
      await deleteExpiredJobs(db).catch((error: unknown) => log(`Could not delete expired jobs: ${String(error)}`));
      const id = await db.transaction(async (tx) => {
        await tx.execute(sqlLock(owner));
        await admit?.(tx);
        return insertJob(tx, owner, job);
      });
      const progress = throttleProgress((done) => recordJobProgress(db, owner.orgId, id, done), {
        ...(options.progressIntervalMs === undefined ? {} : { intervalMs: options.progressIntervalMs }),
        onError: (error) => log(`Could not record progress of job ${id}: ${String(error)}`),
      });
      const done = Promise.resolve()
        .then(() => work(progress.report))
        .catch((error: unknown): JobOutcome => {
          if (error instanceof AppError) return { status: 'failed', message: error.message, problems: error.errors };
          log(`Job ${job.kind} ${id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          return { status: 'failed', message: options.failureMessage };
        })
        .then(async (outcome) => {
          await progress.flush();
          await finishJob(db, owner.orgId, id, outcome);
        })
        .catch((error: unknown) => log(`Could not record the end of job ${id}: ${String(error)}`))
        .finally(() => running.delete(id));
      running.set(id, done);
      return id;
    },

    async settled(id: string): Promise<void> {
      await running.get(id);
    },
  };
}

/** One admission at a time per owner, across processes. */
const sqlLock = (owner: JobOwner) => sql`SELECT pg_advisory_xact_lock(hashtextextended(${`jobs:${owner.orgId}:${owner.personId}`}, 0))`;

export type JobRunner = ReturnType<typeof createJobRunner>;

/**
 * Deletes expired jobs (and their files) every quarter hour for as long as the process lives
 * (the timer does not keep it alive); every job start also deletes them first.
 */
export function scheduleJobCleanup(database: Database, log: (message: string) => void): NodeJS.Timeout {
  const run = () => void deleteExpiredJobs(database.db).catch((error: unknown) => log(`Could not delete expired jobs (tried again later): ${String(error)}`));
  run();
  return setInterval(run, 15 * 60 * 1000).unref();
}

import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../access/policy.js';
import type { Queryable } from '../db/client.js';
import type { FieldProblem } from '../http/errors.js';
import { jobs } from './schema.js';

/** The jobs table's queries. Times are the database's (`now()`), so processes' clocks never disagree. */

export type JobKind = 'people-import' | 'training-import' | 'workforce-import' | 'assessment-report';
export type JobStatus = 'running' | 'done' | 'failed';
export type JobOwner = Pick<Actor, 'orgId' | 'accountId' | 'personId'>;

/**
 * How long a job is kept after it finishes, and how long a running job lives without reporting
 * progress (its process may have stopped: the row then expires instead of showing "running" for
 * ever). Expired rows are never served and are deleted by `deleteExpiredJobs`.
 */
export const JOB_TTL_MS = 60 * 60 * 1000;
const ttl = () => sql`now() + ${`${JOB_TTL_MS} milliseconds`}::interval`;

export interface JobOutcome {
  status: 'done' | 'failed';
  done?: number;
  result?: Record<string, unknown>;
  message: string | null;
  problems?: FieldProblem[];
  file?: Buffer;
  fileName?: string;
}

export async function insertJob(q: Queryable, owner: JobOwner, job: { kind: JobKind; total: number; result?: Record<string, unknown> }): Promise<string> {
  const id = uuidv7();
  await q.insert(jobs).values({
    orgId: owner.orgId,
    id,
    ownerAccountId: owner.accountId,
    ownerPersonId: owner.personId,
    kind: job.kind,
    status: 'running',
    total: job.total,
    result: job.result ?? {},
    expiresAt: ttl(),
  });
  return id;
}

/** Progress of a running job; also keeps it alive (see JOB_TTL_MS). */
export async function recordJobProgress(q: Queryable, orgId: string, id: string, done: number): Promise<void> {
  await q
    .update(jobs)
    .set({ done, updatedAt: sql`now()`, expiresAt: ttl() })
    .where(and(eq(jobs.orgId, orgId), eq(jobs.id, id), eq(jobs.status, 'running')));
}

export async function finishJob(q: Queryable, orgId: string, id: string, outcome: JobOutcome): Promise<void> {
  await q
    .update(jobs)
    .set({
      status: outcome.status,
      ...(outcome.done === undefined ? {} : { done: outcome.done }),
      // the result recorded at the start (a report's cycle) stays; the outcome's is added
      ...(outcome.result ? { result: sql`${jobs.result} || ${JSON.stringify(outcome.result)}::jsonb` } : {}),
      message: outcome.message,
      problems: outcome.problems ?? null,
      file: outcome.file ?? null,
      fileName: outcome.fileName ?? null,
      updatedAt: sql`now()`,
      expiresAt: ttl(),
    })
    .where(and(eq(jobs.orgId, orgId), eq(jobs.id, id)));
}

const ownJob = (owner: Pick<JobOwner, 'orgId' | 'personId'>, kind: JobKind, id: string) =>
  and(eq(jobs.orgId, owner.orgId), eq(jobs.id, id), eq(jobs.ownerPersonId, owner.personId), eq(jobs.kind, kind), gt(jobs.expiresAt, sql`now()`));

/** A job of `kind` its owner may read; undefined for anyone else's, another organisation's or an expired one. The file is left out. */
export async function findJob(q: Queryable, owner: Pick<JobOwner, 'orgId' | 'personId'>, kind: JobKind, id: string) {
  const [row] = await q
    .select({ status: jobs.status, done: jobs.done, total: jobs.total, result: jobs.result, message: jobs.message })
    .from(jobs)
    .where(ownJob(owner, kind, id));
  return row ? { ...row, status: row.status as JobStatus, result: row.result as Record<string, unknown> } : undefined;
}

/** A finished job's file for its owner, or undefined. */
export async function jobFile(q: Queryable, owner: Pick<JobOwner, 'orgId' | 'personId'>, kind: JobKind, id: string) {
  const [row] = await q
    .select({ file: jobs.file, fileName: jobs.fileName })
    .from(jobs)
    .where(and(ownJob(owner, kind, id), eq(jobs.status, 'done')));
  return row?.file && row.fileName ? { file: row.file, fileName: row.fileName } : undefined;
}

/** The owner's jobs of `kind` still running or waiting to be downloaded: how many, and the bytes they hold. */
export async function liveJobsOf(q: Queryable, owner: Pick<JobOwner, 'orgId' | 'personId'>, kind: JobKind): Promise<{ count: number; bytes: number }> {
  const [row] = await q
    .select({ count: sql<number>`count(*)::int`, bytes: sql<number>`coalesce(sum(octet_length(${jobs.file})), 0)::bigint` })
    .from(jobs)
    .where(and(eq(jobs.orgId, owner.orgId), eq(jobs.ownerPersonId, owner.personId), eq(jobs.kind, kind), inArray(jobs.status, ['running', 'done']), gt(jobs.expiresAt, sql`now()`)));
  return { count: Number(row?.count ?? 0), bytes: Number(row?.bytes ?? 0) };
}

/** Deletes every expired job (with its file); returns how many. */
export async function deleteExpiredJobs(q: Queryable): Promise<number> {
  const deleted = await q.delete(jobs).where(lt(jobs.expiresAt, sql`now()`)).returning({ id: jobs.id });
  return deleted.length;
}

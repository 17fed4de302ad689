import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/http/errors.js';
import { deleteExpiredJobs } from '../../../platform/jobs/job-store.js';
import { buildOrg } from '../../../test-support/factories.js';
import { createTestDatabase } from '../../../test-support/test-database.js';
import { createImportJobs } from './import-jobs.js';

let database: Database;
let owner: { orgId: string; accountId: string; personId: string };
let otherOrgId: string;
const anotherAdmin = () => ({ orgId: owner.orgId, personId: '00000000-0000-7000-8000-000000000002' });

beforeAll(async () => {
  database = await createTestDatabase();
  const org = await buildOrg(database);
  otherOrgId = await buildOrg(database);
  owner = { orgId: org, accountId: '00000000-0000-7000-8000-00000000000a', personId: '00000000-0000-7000-8000-000000000001' };
});
afterAll(() => database.close());

describe('import jobs in the database', () => {
  it('shows progress while the work runs (written outside its transaction) and the counts when done', async () => {
    const jobs = createImportJobs(database, 'people-import');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reported!: () => void;
    const progressed = new Promise<void>((resolve) => {
      reported = resolve;
    });
    const id = await jobs.start(owner, 1000, async (onProgress) =>
      database.db.transaction(async () => {
        onProgress({ processed: 500, total: 1000 });
        reported();
        await gate;
        return { created: 700, updated: 300 };
      }),
    );
    await progressed;
    // the progress write is asynchronous: poll until it lands while the transaction is still open
    let seen = await jobs.find(owner, id);
    for (let i = 0; i < 100 && seen?.processed !== 500; i++) {
      await new Promise((r) => setTimeout(r, 10));
      seen = await jobs.find(owner, id);
    }
    expect(seen).toEqual({ status: 'running', processed: 500, total: 1000, created: 0, updated: 0, message: null });
    release();
    await jobs.settled(id);
    expect(await jobs.find(owner, id)).toEqual({ status: 'done', processed: 1000, total: 1000, created: 700, updated: 300, message: 'Imported: 700 added, 300 updated.' });
  });

  it('hides a job from another admin of the organisation, from another organisation, from another kind and from unknown ids', async () => {
    const jobs = createImportJobs(database, 'people-import');
    const id = await jobs.start(owner, 1, async () => ({ created: 1, updated: 0 }));
    await jobs.settled(id);
    expect(await jobs.find(anotherAdmin(), id)).toBeUndefined();
    expect(await jobs.find({ orgId: otherOrgId, personId: owner.personId }, id)).toBeUndefined();
    expect(await createImportJobs(database, 'training-import').find(owner, id)).toBeUndefined();
    expect(await jobs.find(owner, '00000000-0000-7000-8000-0000000000ff')).toBeUndefined();
    expect((await jobs.find(owner, id))?.status).toBe('done');
  });

  it.each([
    ['a failure the work reports', async () => ({ failed: '2 rows have problems' }), '2 rows have problems', 0],
    ['an AppError, whose message is for people', async () => Promise.reject(new AppError(400, 'x', 'The unit was removed')), 'The unit was removed', 0],
    ['an unexpected error, logged and not shown', async () => Promise.reject(new Error('connection reset')), 'The import failed on our side, so nothing was written. Please try again.', 1],
  ])('marks the job failed on %s', async (_label, work, message, logged) => {
    const logs: string[] = [];
    const jobs = createImportJobs(database, 'people-import', { log: (m) => logs.push(m) });
    const id = await jobs.start(owner, 3, work);
    await jobs.settled(id);
    expect(await jobs.find(owner, id)).toMatchObject({ status: 'failed', message, created: 0, updated: 0 });
    expect(logs).toHaveLength(logged);
  });

  it('never serves an expired job, and the clean-up deletes it', async () => {
    const jobs = createImportJobs(database, 'people-import');
    const id = await jobs.start(owner, 1, async () => ({ created: 1, updated: 0 }));
    await jobs.settled(id);
    await database.db.execute(sql`UPDATE jobs SET expires_at = now() - interval '1 second' WHERE id = ${id}`);
    expect(await jobs.find(owner, id)).toBeUndefined();
    expect(await deleteExpiredJobs(database.db)).toBeGreaterThanOrEqual(1);
    const left = await database.db.execute(sql`SELECT count(*)::int AS n FROM jobs WHERE id = ${id}`);
    expect(left.rows[0]).toEqual({ n: 0 });
  });
});

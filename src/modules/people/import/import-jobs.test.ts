import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/http/errors.js';
import { createImportJobs, JOB_TTL_MS } from './import-jobs.js';

const ORG = 'org-a';

describe('import jobs', () => {
  it('reports progress while running and the counts when done', async () => {
    const jobs = createImportJobs();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const id = jobs.start(ORG, 1000, async (onProgress) => {
      onProgress({ processed: 500, total: 1000 });
      await gate;
      return { created: 700, updated: 300 };
    });
    expect(jobs.find(ORG, id)).toEqual({ status: 'running', processed: 500, total: 1000, created: 0, updated: 0, message: null });
    release();
    await jobs.settled(ORG, id);
    expect(jobs.find(ORG, id)).toEqual({ status: 'done', processed: 1000, total: 1000, created: 700, updated: 300, message: 'Imported: 700 added, 300 updated.' });
  });

  it("hides a job from another organisation and from unknown ids", async () => {
    const jobs = createImportJobs();
    const id = jobs.start(ORG, 1, async () => ({ created: 1, updated: 0 }));
    await jobs.settled(ORG, id);
    expect(jobs.find('org-b', id)).toBeUndefined();
    expect(jobs.find(ORG, 'no-such-job')).toBeUndefined();
    expect(jobs.find(ORG, id)?.status).toBe('done');
  });

  it.each([
    ['a failure the work reports', async () => ({ failed: '2 rows have problems' }), '2 rows have problems', 0],
    ['an AppError, whose message is for people', async () => Promise.reject(new AppError(400, 'x', 'The unit was removed')), 'The unit was removed', 0],
    ['an unexpected error, logged and not shown', async () => Promise.reject(new Error('connection reset')), 'The import failed on our side, so nothing was written. Please try again.', 1],
  ])('marks the job failed on %s', async (_label, work, message, logged) => {
    const logs: string[] = [];
    const jobs = createImportJobs({ log: (m) => logs.push(m) });
    const id = jobs.start(ORG, 3, work);
    await jobs.settled(ORG, id);
    expect(jobs.find(ORG, id)).toMatchObject({ status: 'failed', message, created: 0, updated: 0 });
    expect(logs).toHaveLength(logged);
  });

  it('forgets a finished job an hour after it finished, never a running one', async () => {
    let clock = 0;
    const jobs = createImportJobs({ now: () => clock });
    const finished = jobs.start(ORG, 1, async () => ({ created: 1, updated: 0 }));
    await jobs.settled(ORG, finished);
    const running = jobs.start(ORG, 1, () => new Promise(() => {}));
    clock = JOB_TTL_MS;
    expect(jobs.find(ORG, finished)?.status).toBe('done');
    clock = JOB_TTL_MS + 1;
    expect(jobs.find(ORG, finished)).toBeUndefined();
    expect(jobs.find(ORG, running)?.status).toBe('running');
  });
});

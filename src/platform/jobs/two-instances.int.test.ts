import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentWorld } from '../../modules/assessments/test-world.js';
import { buildOrg, buildPerson, type Client, clientWith, signIn } from '../../test-support/factories.js';
import { createTwoInstances } from '../../test-support/two-instances.js';

/**
 * Two Tend instances (two apps, two pools, nothing shared in memory) on one database behave as
 * one: a job started on one is read, with its progress and result, on the other.
 */

let instances: Awaited<ReturnType<typeof createTwoInstances>>;
/** The same signed-in person, talking to each instance. */
const onB = (client: Client) => clientWith(instances.b.app, client.cookie, client.csrfToken);

beforeAll(async () => {
  instances = await createTwoInstances();
});
afterAll(() => instances.close());

type Job = { status: string; processed: number; total: number; created: number; updated: number; message: string | null };

describe('two instances on one database', () => {
  it('an import started on one instance is read on the other: progress while it runs, then the result; only by whoever started it', async () => {
    const { first, a } = instances;
    const orgId = await buildOrg(first);
    const admin = await signIn(a.app, (await buildPerson(first, orgId, { roles: ['org_admin'] })).email);
    const otherAdmin = onB(await signIn(a.app, (await buildPerson(first, orgId, { roles: ['org_admin'] })).email));
    const foreign = onB(await signIn(a.app, (await buildPerson(first, await buildOrg(first), { roles: ['org_admin'] })).email));
    const rows = Array.from({ length: 1200 }, (_, i) => `Person ${i},person.${i}@two.example.org`);
    const csv = `name,email\n${rows.join('\n')}\n`;

    // hold the import just before its end (its one audit event) so its progress can be watched
    const blocker = await first.pool.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE audit_events IN EXCLUSIVE MODE');
      const started = await admin.request('POST', '/api/v1/people/imports', { csv, mapping: { name: 'name', email: 'email' }, dateFormat: 'iso', goodRowsOnly: false });
      expect(started.status).toBe(202);
      const { jobId } = (await started.json()) as { jobId: string };
      const path = `/api/v1/people/imports/${jobId}`;
      let seen: Job | undefined;
      for (let i = 0; i < 500 && !(seen && seen.processed > 0); i++) {
        const response = await onB(admin).request('GET', path);
        expect(response.status).toBe(200);
        seen = (await response.json()) as Job;
        if (seen.processed === 0) await new Promise((r) => setTimeout(r, 10));
      }
      expect(seen).toMatchObject({ status: 'running', total: 1200 });
      expect(seen!.processed).toBeGreaterThan(0);
      expect(seen!.processed).toBeLessThanOrEqual(1200);
      // nobody else reads it, on either instance
      expect((await otherAdmin.request('GET', path)).status).toBe(404);
      expect((await foreign.request('GET', path)).status).toBe(404);
      await blocker.query('COMMIT');

      let job: Job | undefined;
      for (let i = 0; i < 500 && job?.status !== 'done'; i++) {
        job = (await (await onB(admin).request('GET', path)).json()) as Job;
        if (job.status === 'running') await new Promise((r) => setTimeout(r, 10));
      }
      expect(job).toEqual({ status: 'done', processed: 1200, total: 1200, created: 1200, updated: 0, message: 'Imported: 1200 added, 0 updated.' });
      expect((await admin.request('GET', path)).status).toBe(200);
    } finally {
      await blocker.query('ROLLBACK').catch(() => {});
      blocker.release();
    }
  });

  it('a report started on one instance is downloaded from the other, only by its requester, and not after it expires', async () => {
    const world = await assessmentWorld(instances.first);
    const cycleId = await world.openCycle('Two instance review');
    const lead = world.clients.lead;
    const started = await lead.request('POST', `/api/v1/assessments/cycles/${cycleId}/report`, { locale: 'en' });
    expect(started.status).toBe(202);
    const { jobId } = (await started.json()) as { jobId: string };
    let job: { status: string; progress: number; downloadUrl: string | null } | undefined;
    for (let i = 0; i < 500 && job?.status !== 'done'; i++) {
      job = (await (await onB(lead).request('GET', `/api/v1/assessments/reports/${jobId}`)).json()) as typeof job;
      if (job!.status === 'running') await new Promise((r) => setTimeout(r, 10));
    }
    expect(job).toMatchObject({ status: 'done', progress: 100 });
    const download = await onB(lead).request('GET', job!.downloadUrl!);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).subarray(0, 4).toString()).toBe('%PDF');
    expect((await onB(world.clients.contributor).request('GET', job!.downloadUrl!)).status).toBe(404);
    expect((await onB(world.clients.admin).request('GET', `/api/v1/assessments/reports/${jobId}`)).status).toBe(404);
    expect((await onB(world.clients.foreign).request('GET', job!.downloadUrl!)).status).toBe(404);

    await instances.second.db.execute(sql`UPDATE jobs SET expires_at = now() - interval '1 second' WHERE id = ${jobId}`);
    expect((await onB(lead).request('GET', job!.downloadUrl!)).status).toBe(404);
    expect((await lead.request('GET', `/api/v1/assessments/reports/${jobId}`)).status).toBe(404);
  });

  it('counts one person’s reports across both instances: the fourth live one is refused with 429, naming why', async () => {
    const world = await assessmentWorld(instances.first);
    const cycleId = await world.openCycle('Cap review');
    const lead = world.clients.lead;
    const path = `/api/v1/assessments/cycles/${cycleId}/report`;
    const statuses = [];
    for (const client of [lead, onB(lead), lead]) statuses.push((await client.request('POST', path, {})).status);
    expect(statuses).toEqual([202, 202, 202]);
    const refused = await onB(lead).request('POST', path, {});
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(await refused.json()).toMatchObject({ type: 'https://tend.local/problems/too-many-reports', status: 429, detail: expect.stringMatching(/3 reports/) });
    // another person is not held back by the lead's reports
    expect((await onB(world.clients.contributor).request('POST', path, {})).status).toBe(202);
  });

  it('admits no more than the cap when requests race on both instances at once', async () => {
    const world = await assessmentWorld(instances.first);
    const cycleId = await world.openCycle('Race review');
    const lead = world.clients.lead;
    const path = `/api/v1/assessments/cycles/${cycleId}/report`;
    const statuses = await Promise.all([lead, onB(lead), lead, onB(lead), lead, onB(lead)].map(async (client) => (await client.request('POST', path, {})).status));
    expect(statuses.filter((s) => s === 202)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
  });
});

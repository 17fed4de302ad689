import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { countRows } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { openSameDatabase } from '../../test-support/two-instances.js';
import { REMINDERS_LOCK, runRemindersRound } from './reminder-job.js';
import { sendDueReminders } from './use-cases/send-reminders.js';
import { buildWorld, roundDeps, WORLD_KINDS } from './test-world.js';

let first: Database & { name: string };
let second: Database;
beforeAll(async () => {
  first = await createTestDatabase();
  second = await openSameDatabase(first);
});
afterAll(async () => {
  await second.close();
  await first.close();
});

describe('each reminder is sent once', () => {
  it('a second round sends nothing again', async () => {
    const w = await buildWorld(first, [...WORLD_KINDS]);
    const one = roundDeps(first);
    await sendDueReminders(one.deps);
    const sentFirst = one.mailer.sent.length;
    expect(sentFirst).toBeGreaterThanOrEqual(WORLD_KINDS.length);
    const again = roundDeps(first);
    expect(await sendDueReminders(again.deps)).toEqual({ sent: 0, failed: 0 });
    expect(again.mailer.sent).toEqual([]);
    expect(await countRows(first, 'notifications', w.orgId)).toBe(await countRows(first, 'reminders_sent', w.orgId));
  });

  it('two processes sending at the same moment, even past the lock, send each reminder once', async () => {
    const w = await buildWorld(first, [...WORLD_KINDS]);
    const a = roundDeps(first);
    const b = roundDeps(second);
    // straight to the sending, both at once: the sent log's key alone must keep them apart
    await Promise.all([sendDueReminders(a.deps), sendDueReminders(b.deps), sendDueReminders(a.deps), sendDueReminders(b.deps)]);
    const mails = [...a.mailer.sent, ...b.mailer.sent];
    const logged = await countRows(first, 'reminders_sent', w.orgId);
    expect(logged).toBeGreaterThanOrEqual(WORLD_KINDS.length);
    // every kind defaults to email: one mail per logged reminder, whichever process sent it
    expect(mails.filter((m) => m.to === w.worker.email).length).toBe(await countRows(first, 'notifications', w.orgId) - (await notificationsOfOthers()));
    expect(mails).toHaveLength(logged);
    expect(await countRows(first, 'notifications', w.orgId)).toBe(logged);
    async function notificationsOfOthers() {
      const result = await first.pool.query('SELECT count(*)::int AS n FROM notifications WHERE org_id = $1 AND person_id <> $2', [w.orgId, w.worker.personId]);
      return (result.rows[0] as { n: number }).n;
    }
  });

  it('a round skips while another process holds the lock, and runs once it is let go', async () => {
    const holder = await first.pool.connect();
    try {
      await holder.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [REMINDERS_LOCK]);
      expect(await runRemindersRound(roundDeps(second).deps)).toEqual({ ran: false });
      await holder.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [REMINDERS_LOCK]);
    } finally {
      holder.release();
    }
    expect(await runRemindersRound(roundDeps(second).deps)).toMatchObject({ ran: true });
  });

  it('a failed email leaves the reminder unsent, and the next round sends it', async () => {
    const w = await buildWorld(first, ['training-expiring']);
    const broken = roundDeps(first);
    broken.deps.mailer.send = async () => {
      throw new Error('SMTP down');
    };
    const result = await sendDueReminders(broken.deps);
    expect(result.failed).toBeGreaterThan(0);
    expect(broken.logs.join('\n')).toContain('tried again next round');
    expect(await countRows(first, 'notifications', w.orgId)).toBe(0);
    const next = roundDeps(first);
    await sendDueReminders(next.deps);
    expect(next.mailer.sent.filter((m) => m.to === w.worker.email).map((m) => m.subject)).toEqual([expect.stringMatching(/^Your training/)]);
  });
});

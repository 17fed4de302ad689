import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { updateOrgSettings } from '../../platform/tenancy/org-store.js';
import { ZWellbeingSettings } from './settings.js';
import { buildOrg } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { openSameDatabase } from '../../test-support/two-instances.js';
import { RETENTION_LOCK, runCheckInRetentionRound } from './retention.js';

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

describe('the retention runner across processes', () => {
  it('skips the round while another process holds the retention lock, and runs once it is let go', async () => {
    // the first process is in the middle of a round: it holds the lock on a connection of its own
    const holder = await first.pool.connect();
    try {
      await holder.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [RETENTION_LOCK]);
      expect(await runCheckInRetentionRound(second)).toEqual({ ran: false });
      await holder.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [RETENTION_LOCK]);
    } finally {
      holder.release();
    }
    expect(await runCheckInRetentionRound(second)).toMatchObject({ ran: true });
  });

  it('lets go of the lock after its round, so the other process runs the next one', async () => {
    expect(await runCheckInRetentionRound(first)).toMatchObject({ ran: true });
    expect(await runCheckInRetentionRound(second)).toMatchObject({ ran: true });
  });

  it('while one process is inside a round, a round started on the other process skips', async () => {
    const orgId = await buildOrg(first);
    await updateOrgSettings(first.db, orgId, ZWellbeingSettings, { checkInRetentionMonths: 12 });
    // hold the first process's round inside its delete: a third connection locks the table
    const blocker = await first.pool.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE wellbeing_check_ins IN ACCESS EXCLUSIVE MODE');
      const running = runCheckInRetentionRound(first);
      // wait until the first round holds the retention lock
      let held = false;
      for (let i = 0; i < 200 && !held; i++) {
        const locks = await blocker.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = (hashtextextended($1, 0) & 4294967295)::oid",
          [RETENTION_LOCK],
        );
        held = locks.rows[0]!.n > 0;
        if (!held) await new Promise((r) => setTimeout(r, 10));
      }
      expect(held).toBe(true);
      expect(await runCheckInRetentionRound(second)).toEqual({ ran: false });
      await blocker.query('COMMIT');
      expect(await running).toMatchObject({ ran: true });
    } finally {
      blocker.release();
    }
  });
});

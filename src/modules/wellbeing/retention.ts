import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Database } from '../../platform/db/client.js';
import { listOrganisationSettings } from '../../platform/tenancy/org-store.js';
import { deleteCheckInsBefore } from './check-in-store.js';
import { ZTenancySettings } from '../../platform/tenancy/settings.js';
import { todayIn } from '../../platform/time/day.js';
import { retentionCutoff } from './model.js';
import { ZWellbeingSettings } from './settings.js';

/** What retention reads of each organisation: its own setting, and the zone its days are counted in. */
const ZRetentionSettings = ZWellbeingSettings.extend({ timeZone: ZTenancySettings.shape.timeZone });

const DAY_MS = 86_400_000;

/**
 * Deletes check-ins older than each organisation's `checkInRetentionMonths` (organisations that
 * keep them, null, are left alone), one transaction per organisation with an audit event that
 * says how many (never whose). Returns the count per organisation that lost any.
 */
export async function applyCheckInRetention(database: Database, today?: string): Promise<Map<string, number>> {
  const deleted = new Map<string, number>();
  for (const org of await listOrganisationSettings(database.db, ZRetentionSettings)) {
    const months = org.settings.checkInRetentionMonths;
    if (months === null) continue;
    const count = await database.db.transaction(async (tx) => {
      const n = await deleteCheckInsBefore(tx, org.id, retentionCutoff(months, today ?? todayIn(org.settings.timeZone)));
      if (n > 0) await recordAudit(tx, null, { orgId: org.id, type: 'wellbeing.check-ins-expired', data: { count: n, months } });
      return n;
    });
    if (count > 0) deleted.set(org.id, count);
  }
  return deleted;
}

/** The advisory lock key of the retention round: one number, the same in every Tend process. */
export const RETENTION_LOCK = 'tend:check-in-retention';

/**
 * One retention round, by at most one process at a time across every Tend process on the
 * database: the round holds a session advisory lock on a connection of its own while the
 * per-organisation transactions run on others. A process that cannot take the lock skips the
 * round (`ran: false`): the process holding it is doing the same work.
 */
export async function runCheckInRetentionRound(database: Database, today?: string): Promise<{ ran: false } | { ran: true; deleted: Map<string, number> }> {
  const client = await database.pool.connect();
  try {
    const locked = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [RETENTION_LOCK]);
    if (!locked.rows[0]?.locked) return { ran: false };
    try {
      return { ran: true, deleted: await applyCheckInRetention(database, today) };
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [RETENTION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/**
 * Runs the retention now and then once a day, for as long as the process lives (the timer does
 * not keep it alive). A failed run is logged and tried again the next day; a round another
 * process is running is skipped.
 */
export function scheduleCheckInRetention(database: Database, log: (message: string) => void): NodeJS.Timeout {
  const run = () =>
    runCheckInRetentionRound(database)
      .then((round) => {
        if (!round.ran) return log('Check-in retention is running in another Tend process; this one skipped the round');
        const total = [...round.deleted.values()].reduce((a, b) => a + b, 0);
        if (total > 0) log(`Deleted ${total} well-being check-ins past their organisation's retention period`);
      })
      .catch((error: unknown) => log(`Check-in retention failed (tried again tomorrow): ${error instanceof Error ? error.message : String(error)}`));
  void run();
  return setInterval(run, DAY_MS).unref();
}

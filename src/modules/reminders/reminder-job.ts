import type { Database } from '../../platform/db/client.js';
import { type ReminderDeps, sendDueReminders } from './use-cases/send-reminders.js';

/** The advisory lock key of the reminders round: one number, the same in every Tend process. */
export const REMINDERS_LOCK = 'tend:reminders';

/** How often a round runs: hourly, so a reminder comes the morning it is due in any time zone. */
const ROUND_MS = 60 * 60 * 1000;

/**
 * One reminders round, by at most one process at a time across every Tend process on the
 * database (as check-in retention does): the round holds a session advisory lock on a connection
 * of its own; a process that cannot take it skips the round (`ran: false`). Even without the lock
 * a reminder goes once: the sent log's key decides (notification-store.ts `logSent`).
 */
export async function runRemindersRound(deps: ReminderDeps, now?: Date): Promise<{ ran: false } | { ran: true; sent: number; failed: number }> {
  const database: Database = deps.database;
  const client = await database.pool.connect();
  try {
    const locked = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [REMINDERS_LOCK]);
    if (!locked.rows[0]?.locked) return { ran: false };
    try {
      return { ran: true, ...(await sendDueReminders(deps, now)) };
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [REMINDERS_LOCK]);
    }
  } finally {
    client.release();
  }
}

/**
 * A minute after start, then every hour, for as long as the process lives (the timers do not keep
 * it alive). Not at once: the first round can print many mails to the log where no SMTP is set
 * (about a hundred for the demo), which would bury the start-up message with its sign-ins.
 */
const FIRST_ROUND_AFTER_MS = 60 * 1000;

export function scheduleReminders(deps: ReminderDeps): NodeJS.Timeout {
  const run = () =>
    runRemindersRound(deps)
      .then((round) => {
        if (round.ran && round.sent > 0) deps.log(`Sent ${round.sent} reminders`);
      })
      .catch((error: unknown) => deps.log(`The reminders round failed (tried again in an hour): ${error instanceof Error ? error.message : String(error)}`));
  setTimeout(run, FIRST_ROUND_AFTER_MS).unref();
  return setInterval(run, ROUND_MS).unref();
}

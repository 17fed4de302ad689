import type { Database } from '../../../platform/db/client.js';
import type { Mailer } from '../../../platform/mail/mailer.js';
import { listOrganisationSettings } from '../../../platform/tenancy/org-store.js';
import { ZTenancySettings } from '../../../platform/tenancy/settings.js';
import { todayIn } from '../../../platform/time/day.js';
import { emailOf } from '../email-texts.js';
import { DEFAULT_PREFERENCE, type DueReminder, type Preference } from '../model.js';
import { addNotification, logSent } from '../notification-store.js';
import { preferencesOfOrg } from '../preference-store.js';
import { type Recipient, recipientsOf } from '../recipient-store.js';
import { collectDue } from './collect-due.js';

/** What a sending round needs: the database, the mailer and the address links point at. */
export interface ReminderDeps {
  database: Database;
  mailer: Mailer;
  publicUrl: string;
  log: (message: string) => void;
}

const ZZone = ZTenancySettings.pick({ timeZone: true });

/**
 * Sends every reminder due today that was not sent before, in every organisation: in-app and by
 * email as each person chose per kind. Each reminder is one transaction — log row, notification,
 * email — so a failed email leaves it unsent (tried again next round), and the log row's key means
 * it is never sent twice. `now` is for tests. Returns how many went.
 */
export async function sendDueReminders(deps: ReminderDeps, now: Date = new Date()): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const org of await listOrganisationSettings(deps.database.db, ZZone)) {
    const today = todayIn(org.settings.timeZone, now);
    const due = await collectDue(deps.database.db, org.id, today, org.settings.timeZone, now);
    if (due.length === 0) continue;
    const [preferences, recipients] = await Promise.all([preferencesOfOrg(deps.database.db, org.id), recipientsOf(deps.database.db, org.id)]);
    for (const reminder of due) {
      const outcome = await deliverChosen(deps, reminder, preferences, recipients);
      if (outcome === 'sent') sent++;
      if (outcome === 'failed') failed++;
    }
  }
  return { sent, failed };
}

/**
 * Delivers one reminder the ways its person chose for its kind: 'skipped' when they cannot sign
 * in, switched the kind off both ways (then nothing is logged: it comes if switched on while still
 * due) or already had it; 'failed' when the email could not go (tried again next round).
 */
export async function deliverChosen(deps: ReminderDeps, reminder: DueReminder, preferences: Map<string, Preference>, recipients: Map<string, Recipient>): Promise<'sent' | 'skipped' | 'failed'> {
  const recipient = recipients.get(reminder.personId);
  if (!recipient) return 'skipped';
  const choice = preferences.get(`${reminder.personId}:${reminder.kind}`) ?? DEFAULT_PREFERENCE;
  const channels = [...(choice.inApp ? ['in-app'] : []), ...(choice.email ? ['email'] : [])];
  if (channels.length === 0) return 'skipped';
  try {
    return (await deliver(deps, reminder, channels, recipient)) ? 'sent' : 'skipped';
  } catch (error) {
    deps.log(`A reminder could not be sent (tried again next round): ${error instanceof Error ? error.message : String(error)}`);
    return 'failed';
  }
}

async function deliver(deps: ReminderDeps, reminder: DueReminder, channels: string[], recipient: { email: string; locale: string }): Promise<boolean> {
  return deps.database.db.transaction(async (tx) => {
    if (!(await logSent(tx, reminder, channels))) return false;
    if (channels.includes('in-app')) await addNotification(tx, reminder);
    // last, inside the transaction: if the mail fails, the log row goes too and the next round tries again
    if (channels.includes('email')) await deps.mailer.send(emailOf(reminder, recipient.email, recipient.locale, deps.publicUrl));
    return true;
  });
}

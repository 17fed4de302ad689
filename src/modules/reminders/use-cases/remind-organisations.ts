import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import { AppError, conflict, notFound } from '../../../platform/http/errors.js';
import { getOrganisation } from '../../../platform/tenancy/org-store.js';
import { ZTenancySettings } from '../../../platform/tenancy/settings.js';
import { todayIn } from '../../../platform/time/day.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { timepointWithOrgsAwaiting } from '../../collaboratives/reminder-reads.js';
import { hubPolicy } from '../../hub/policy.js';
import { collaborativeSubject } from '../model.js';
import { preferencesOfOrg } from '../preference-store.js';
import { orgAdminIds, recipientsOf } from '../recipient-store.js';
import { claimHubRequest, releaseHubRequest, settleHubRequest } from '../hub-request-store.js';
import { collaborativeReminder } from './collect-due.js';
import { deliverChosen, type ReminderDeps } from './send-reminders.js';

const ZZone = ZTenancySettings.pick({ timeZone: true });

/**
 * A hub admin reminds, now, the admins of every member organisation (consent in force) that has
 * shared no figures for a staff-survey timepoint — the same reminder the hourly round sends, each
 * admin once that day. At most once per timepoint per hub day (429 after), so the hub cannot
 * flood an organisation's inbox — unless some could not be reached, when it may try again. The hub
 * learns only how many organisations were reached, and how many could not be.
 */
export async function remindOrganisationsNow(deps: ReminderDeps, actor: Actor, timepointId: string, now = new Date()): Promise<{ organisations: number; notReached: number }> {
  authorize(hubPolicy(actor, 'change', { hubId: actor.orgId }), 'The hub');
  const db = deps.database.db;
  const found = await timepointWithOrgsAwaiting(db, actor.orgId, timepointId);
  if (!found) throw notFound('The timepoint');
  if (!found.timepoint.kinds.includes('staff-survey')) throw conflict('This timepoint asks for no staff survey, so there is nothing to remind organisations of.');
  const hub = await getOrganisation(db, actor.orgId, ZZone);
  const today = todayIn(hub.settings.timeZone, now);
  if (!(await claimHubRequest(db, { hubId: actor.orgId, timepointId, onDay: today, requestedByPersonId: actor.personId }))) {
    throw new AppError(429, 'already-reminded', 'The organisations were already reminded of this timepoint today. You can remind them again tomorrow.');
  }
  let reached = 0;
  let notReached = 0;
  try {
    for (const org of found.awaiting) {
      const [admins, preferences, recipients] = await Promise.all([orgAdminIds(db, org.orgId), preferencesOfOrg(db, org.orgId), recipientsOf(db, org.orgId)]);
      const subject = collaborativeSubject(timepointId, { askedOn: today });
      const outcomes = [];
      for (const personId of admins) outcomes.push(await deliverChosen(deps, { orgId: org.orgId, ...collaborativeReminder(personId, org, subject) }, preferences, recipients));
      if (outcomes.includes('sent')) reached++;
      else if (outcomes.includes('failed')) notReached++;
    }
  } catch (error) {
    await releaseHubRequest(db, actor.orgId, timepointId, today);
    throw error;
  }
  await db.transaction(async (tx) => {
    // an organisation none of whose admins could be reached (the mail server said no) is tried
    // again if the hub presses again today: the claim is given back, and those already reminded
    // are not reminded twice (each reminder is logged once per person and day)
    if (notReached > 0) await releaseHubRequest(tx, actor.orgId, timepointId, today);
    else await settleHubRequest(tx, actor.orgId, timepointId, today, reached);
    await recordAudit(tx, actor, { type: 'collaborative.reminded', data: { timepointId, organisations: reached, ...(notReached > 0 ? { notReached } : {}) } });
  });
  return { organisations: reached, notReached };
}

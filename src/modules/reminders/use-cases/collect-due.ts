import type { Queryable } from '../../../platform/db/client.js';
import { addDays } from '../../../platform/time/day.js';
import { openSurveysAwaiting } from '../../assessments/survey-reminder-reads.js';
import { type TimepointAwaiting, timepointsAwaitingOrg } from '../../collaboratives/reminder-reads.js';
import { agreedPlansWithReview } from '../../development/plan-store.js';
import { supervisionDueDates } from '../../supervision/use-cases/due-dates.js';
import { recordsExpiringBetween } from '../../training/training-store.js';
import { grantsEndingBefore, rhythmsForReminders } from '../../wellbeing/reminder-reads.js';
import {
  checkInReminderDue,
  collaborativeSubject,
  collaborativeTimepointDue,
  type DueReminder,
  grantExpiryDue,
  LEAD_DAYS,
  planReviewDue,
  supervisionDue,
  surveyClosingDue,
  surveyOpenDue,
  trainingExpiryDue,
} from '../model.js';
import { orgAdminIds } from '../recipient-store.js';

/**
 * Every reminder due today in one organisation, read from the modules that own each thing through
 * their own read functions. Each reminder goes to the person it is about (and, for a plan review,
 * their line manager; for supervision, both of the pair); a well-being reminder goes to its owner
 * and nobody else.
 */
export async function collectDue(q: Queryable, orgId: string, today: string, timeZone: string, now: Date): Promise<DueReminder[]> {
  const due: DueReminder[] = [];
  const add = (r: Omit<DueReminder, 'orgId'>) => due.push({ orgId, ...r });

  for (const r of await rhythmsForReminders(q, orgId, timeZone)) {
    const dueOn = checkInReminderDue(r.rhythm, r.lastOn, r.setOn, today);
    if (dueOn) add({ personId: r.personId, kind: 'check-in-due', subject: 'check-in', dueOn, link: '/me/wellbeing/check-in', params: {} });
  }

  // a day after the lead, so a grant ending late on its last day in the zone is within reach
  for (const g of await grantsEndingBefore(q, orgId, now, new Date(now.getTime() + (LEAD_DAYS.grantExpiry + 1) * 86_400_000), timeZone)) {
    const dueOn = grantExpiryDue(g.endsOn, today);
    if (dueOn) add({ personId: g.ownerId, kind: 'grant-expiring', subject: `grant:${g.id}`, dueOn, link: '/me/wellbeing/sharing', params: { name: g.granteeName } });
  }

  for (const plan of await agreedPlansWithReview(q, orgId, today)) {
    const dueOn = planReviewDue(plan.reviewDate, today);
    if (!dueOn) continue;
    const subject = `plan:${plan.versionId}`;
    add({ personId: plan.personId, kind: 'plan-review-due', subject, dueOn, link: '/me/self-assessment', params: { role: 'self' } });
    if (plan.managerId && plan.managerId !== plan.personId) {
      add({ personId: plan.managerId, kind: 'plan-review-due', subject, dueOn, link: `/team/plans/${plan.personId}`, params: { role: 'manager', name: plan.personName } });
    }
  }

  for (const record of await recordsExpiringBetween(q, orgId, today, addDays(today, LEAD_DAYS.trainingExpiry))) {
    const dueOn = trainingExpiryDue(record.expiresOn, today);
    if (dueOn) add({ personId: record.personId, kind: 'training-expiring', subject: `training:${record.id}`, dueOn, link: '/me/development', params: { title: record.title } });
  }

  for (const survey of await openSurveysAwaiting(q, orgId, today)) {
    const link = `/assessments/${survey.cycleId}/survey`;
    const opened = surveyOpenDue(survey.opensOn, survey.closesOn, today);
    const closing = surveyClosingDue(survey.closesOn, today);
    for (const personId of survey.awaiting) {
      if (opened) add({ personId, kind: 'survey-open', subject: `survey:${survey.cycleId}`, dueOn: survey.closesOn, link, params: { title: survey.title } });
      if (closing) add({ personId, kind: 'survey-closing', subject: `survey:${survey.cycleId}`, dueOn: closing, link, params: { title: survey.title } });
    }
  }

  for (const pair of await supervisionDueDates(q, orgId, today)) {
    const found = supervisionDue(pair.dueBy, pair.planned, today);
    if (!found) continue;
    const subject = `supervision:${pair.workerId}:${pair.supervisorId}:${found.overdue ? 'overdue' : 'soon'}`;
    add({ personId: pair.workerId, kind: 'supervision-due', subject, dueOn: found.dueOn, link: '/me/supervision', params: { role: 'self', name: pair.supervisorName } });
    add({ personId: pair.supervisorId, kind: 'supervision-due', subject, dueOn: found.dueOn, link: `/supervision/supervisees/${pair.workerId}`, params: { role: 'supervisor', name: pair.workerName } });
  }

  const awaiting = await timepointsAwaitingOrg(q, orgId, today, addDays(today, LEAD_DAYS.collaborativeTimepoint));
  const admins = awaiting.length > 0 ? await orgAdminIds(q, orgId) : [];
  for (const tp of awaiting) {
    const found = collaborativeTimepointDue(tp.dueOn, today);
    if (!found) continue;
    for (const personId of admins) add(collaborativeReminder(personId, tp, collaborativeSubject(tp.timepointId, found.step)));
  }
  return due;
}

/** A collaborative timepoint's reminder to one of the organisation's admins: it opens their Collaboratives page. */
export function collaborativeReminder(personId: string, tp: Pick<TimepointAwaiting, 'collaborativeName' | 'label' | 'dueOn'>, subject: string): Omit<DueReminder, 'orgId'> {
  return { personId, kind: 'collaborative-timepoint-due', subject, dueOn: tp.dueOn, link: '/collaboratives', params: { title: tp.label, name: tp.collaborativeName } };
}

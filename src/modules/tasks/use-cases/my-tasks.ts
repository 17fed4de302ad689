import type { Actor } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import { todayIn } from '../../../platform/time/day.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { finishTask, isOverdue, orderTasks, type Task } from '../model.js';
import { ownTasks, taskListPolicy } from '../policy.js';
import { reviewsToContribute, surveysToAnswer } from '../sources/assessments.js';
import { plansToConfirmOrReview } from '../sources/development.js';
import { placementReviewsToAnswer } from '../sources/framework.js';
import { hardEventCheckIns } from '../sources/hard-events.js';
import type { TaskSource } from '../sources/sources.js';
import { mySupervisionTasks, superviseeTasks } from '../sources/supervision.js';
import { announcementsToRead, concernsToAnswer } from '../sources/voice.js';
import { hubInvitations } from '../sources/hub.js';
import { collaborativeTimepointsDue } from '../sources/collaboratives.js';
import { checkInDue, sharedWithMe } from '../sources/wellbeing.js';

/** Every source of tasks; each decides for itself whether the actor's roles give it anything to say. */
export const TASK_SOURCES: readonly TaskSource[] = [
  surveysToAnswer,
  reviewsToContribute,
  plansToConfirmOrReview,
  sharedWithMe,
  checkInDue,
  hardEventCheckIns,
  mySupervisionTasks,
  superviseeTasks,
  announcementsToRead,
  concernsToAnswer,
  hubInvitations,
  collaborativeTimepointsDue,
  placementReviewsToAnswer,
];

export type PresentedTask = Task & { overdue: boolean };

/**
 * What waits on the actor, most urgent first. Built only for the signed-in person from their own
 * things (and counts that name nobody), so it writes nothing to anyone's access log. Sources run
 * one after another: a Home visit holds one pooled connection, not eleven.
 */
export async function myTasks(db: Db, actor: Actor, sources: readonly TaskSource[] = TASK_SOURCES): Promise<PresentedTask[]> {
  authorize(taskListPolicy(actor, 'list', ownTasks(actor)), 'Your tasks');
  const today = todayIn(actor.timeZone);
  const drafts = [];
  for (const source of sources) drafts.push(...(await source(db, actor, today)));
  return orderTasks(drafts.map(finishTask), today).map((task) => ({ ...task, overdue: isOverdue(task, today) }));
}

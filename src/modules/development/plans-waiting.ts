import { type Actor, hasRole } from '../../platform/access/policy.js';
import type { Db } from '../../platform/db/client.js';
import { listPeople } from '../people/people-store.js';
import { latestVersions } from './plan-store.js';

/**
 * What waits on the actor in development plans, for their Home:
 * - their own latest plan, when their manager has confirmed it and they have not yet;
 * - how many of their direct reports handed in a self-assessment their manager has not yet
 *   confirmed (a count, no names: Home shows nobody's record, so nobody's access log fills up
 *   each time their manager opens Home; the list itself is read, and logged, at /team/plans).
 */
export async function plansWaitingOn(db: Db, actor: Actor) {
  const own = (await latestVersions(db, actor.orgId, [actor.personId])).get(actor.personId);
  const toConfirm = own?.managerConfirmedAt && !own.workerConfirmedAt ? { version: own.version, reviewDate: own.reviewDate } : null;
  let toReview = 0;
  if (hasRole(actor, 'supervisor') || hasRole(actor, 'org_admin')) {
    const { rows } = await listPeople(db, actor.orgId, { managerId: actor.personId, limit: 5000, offset: 0 });
    const latest = await latestVersions(db, actor.orgId, rows.map((r) => r.id));
    toReview = [...latest.values()].filter((v) => v.submittedAt !== null && v.managerConfirmedAt === null).length;
  }
  return { toConfirm, toReview };
}

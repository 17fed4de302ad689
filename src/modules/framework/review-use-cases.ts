import { type Actor, hasRole } from '../../platform/access/policy.js';
import { recordAudit, recordListRead } from '../../platform/audit/audit-store.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { findPerson, listPeople } from '../people/people-store.js';
import { namesOf } from '../people/person-names.js';
import { presentReview } from './placement-present.js';
import { answerReview, findReview, listReviews, openReview, openReviewCount } from './placement-store.js';
import { placementReviewPolicy, reviewListScope } from './policy.js';

/** A worker asks for their placement to be looked at again; their line manager or an admin answers. */

/** Opens the actor's own request (one open at a time: the store answers 409 otherwise). */
export async function requestPlacementReview(db: Db, actor: Actor, reason: string): Promise<{ id: string }> {
  authorize(placementReviewPolicy(actor, 'create', { person: { id: actor.personId, orgId: actor.orgId, managerId: null } }), 'Your placement');
  return db.transaction(async (tx) => {
    const id = await openReview(tx, actor.orgId, actor.personId, reason);
    await recordAudit(tx, actor, { type: 'placement.review-requested', subjectPersonId: actor.personId, data: { reviewId: id } });
    return { id };
  });
}

/** The requests the actor answers (direct reports' for supervisors, everyone's for admins), each person's read logged. */
export async function listPlacementReviews(db: Db, actor: Actor) {
  const scope = reviewListScope(actor);
  let personIds: string[] | undefined;
  if (scope !== 'everyone') {
    const { rows } = await listPeople(db, actor.orgId, { managerId: scope.managerId, limit: 10_000, offset: 0 });
    personIds = rows.map((r) => r.id);
  }
  const rows = await listReviews(db, actor.orgId, personIds);
  await recordListRead(db, actor, personIds ? 'placement-reviews:direct-reports' : 'placement-reviews', [...new Set(rows.map((r) => r.personId))]);
  const names = await namesOf(db, actor.orgId, rows.flatMap((r) => [r.personId, r.resolvedByPersonId]));
  return rows.map((r) => presentReview(r, names));
}

/** Answers and closes a request, with its audit event; a request the actor may not answer does not exist to them. */
export async function answerPlacementReview(db: Db, actor: Actor, reviewId: string, response: string): Promise<void> {
  await db.transaction(async (tx) => {
    const review = await findReview(tx, actor.orgId, reviewId);
    const person = review ? await findPerson(tx, actor.orgId, review.personId) : undefined;
    if (!review || !person) throw notFound('The request');
    authorize(placementReviewPolicy(actor, 'change', { person }), 'The request');
    await answerReview(tx, actor.orgId, reviewId, response, actor.personId);
    await recordAudit(tx, actor, { type: 'placement.review-answered', subjectPersonId: review.personId, data: { reviewId } });
  });
}

/**
 * How many review requests wait on the actor's answer (direct reports' for supervisors, everyone's
 * for admins), for their Home: a count without names, so it reads nobody's record.
 */
export async function placementReviewsWaiting(db: Db, actor: Actor) {
  if (!hasRole(actor, 'supervisor') && !hasRole(actor, 'org_admin')) return { count: 0, oldest: null };
  const scope = reviewListScope(actor);
  if (scope === 'everyone') return openReviewCount(db, actor.orgId);
  const { rows } = await listPeople(db, actor.orgId, { managerId: scope.managerId, limit: 10_000, offset: 0 });
  return openReviewCount(db, actor.orgId, rows.map((r) => r.id));
}

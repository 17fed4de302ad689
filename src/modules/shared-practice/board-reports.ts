import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Db } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { postOf, presentAll } from './board-use-cases.js';
import type { ReportKind } from './model.js';
import { isAuthor, practicePolicy } from './policy.js';
import type { Place } from './practice-seat.js';
import * as reports from './report-store.js';

/**
 * Reports of board posts: anyone who reads the board asks the hub's moderators to look at a post
 * that is not their own; the hub's admins see how many open reports a post has and their reasons,
 * and dismiss them (or hide the post, which closes them too).
 *
 * Who reported is never shown, not even to the hub's admins: a moderator decides on the post's
 * words, which the reasons point to, and does not need a name — while a reporter named to the hub
 * (and so, in a small collaborative, guessable by the author) would think twice before reporting.
 * The reporter is kept only to hold one open report per person per post; the report is in the
 * reporter's own trail, and in the hub's trail without who made it when it came from a member
 * organisation. The post's author is told nothing.
 */

const POST = 'The post';

export async function reportPost(db: Db, actor: Actor, place: Place, postId: string, input: { kind: ReportKind; reason: string }) {
  const { seat, post } = await postOf(db, actor, place, postId);
  authorize(practicePolicy(actor, 'see', { seat }), POST);
  // a hidden post has already been dealt with by the hub's admins; for the reader it has no words to report
  if (post.hiddenAt) throw notFound(POST);
  if (isAuthor(actor, post)) throw conflict('You cannot report your own post; you can edit or delete it.', [{ field: 'postId', problem: 'is your own post' }]);
  await db.transaction(async (tx) => {
    const row = await reports.insertReport(tx, seat.hubId, seat.collaborativeId, { postId, reporterOrgId: actor.orgId, reporterPersonId: actor.personId, ...input });
    if (!row) throw conflict("You have already reported this post; the hub's moderators will look at it.", [{ field: 'postId', problem: 'is already reported by you' }]);
    const data = { hubId: seat.hubId, collaborativeId: seat.collaborativeId, postId, kind: input.kind };
    await recordAudit(tx, actor, { type: 'shared-practice.post-reported', data });
    if (actor.orgId !== seat.hubId) await recordAudit(tx, null, { orgId: seat.hubId, type: 'shared-practice.post-reported', data: { ...data, via: 'member' } });
  });
  const [shown] = await presentAll(db, actor, seat, [post]);
  return shown!;
}

/** A hub admin closes a post's open reports without hiding it (nothing to close: nothing changes, nothing recorded). */
export async function dismissReports(db: Db, actor: Actor, place: Place, postId: string) {
  const { seat, post } = await postOf(db, actor, place, postId);
  authorize(practicePolicy(actor, 'manage', { seat }), POST);
  await db.transaction(async (tx) => {
    const closed = await reports.closeReports(tx, seat.hubId, postId, actor.personId);
    if (closed > 0) await recordAudit(tx, actor, { type: 'shared-practice.reports-dismissed', data: { hubId: seat.hubId, collaborativeId: seat.collaborativeId, postId, count: closed } });
  });
  const [shown] = await presentAll(db, actor, seat, [post]);
  return shown!;
}

import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Db, Queryable } from '../../platform/db/client.js';
import { conflict, invalid, notFound } from '../../platform/http/errors.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { isAuthor, type PracticeSeat, practicePolicy } from './policy.js';
import { type Place, seatOf, sourceFactsFor } from './practice-seat.js';
import * as store from './practice-store.js';
import { presentPost } from './present.js';
import * as reports from './report-store.js';
import { sourceOf } from './source-rules.js';

/**
 * A collaborative's discussion board: threads and one level of replies, written by the hub's
 * admins and member organisations' admins, read by everyone with a seat, moderated by the hub's
 * admins (hide with a reason shown in the post's place, restore).
 */

const BOARD = 'The board';
const POST = 'The post';

const isModerator = (actor: Actor, seat: PracticeSeat) => practicePolicy(actor, 'manage', { seat }).kind === 'allowed';

/** The posts as this reader sees them, with their open reports (board-reports.ts decides who sees what of those). */
export async function presentAll(q: Queryable, actor: Actor, seat: PracticeSeat, rows: store.PostRow[]) {
  const facts = await sourceFactsFor(q, seat, rows);
  const moderator = isModerator(actor, seat);
  const open = await reports.openReports(q, seat.hubId, seat.collaborativeId, rows.map((row) => row.id));
  return rows.map((row) => {
    const ofPost = open.filter((r) => r.postId === row.id);
    const byMe = ofPost.some((r) => r.reporterOrgId === actor.orgId && r.reporterPersonId === actor.personId);
    return presentPost(row, sourceOf(facts, row), isAuthor(actor, row), moderator, { byMe, open: ofPost });
  });
}

/** The board: threads oldest first, each with its replies oldest first. */
export async function readBoard(db: Db, actor: Actor, place: Place) {
  const seat = await seatOf(db, actor, place);
  authorize(practicePolicy(actor, 'list', { seat }), BOARD);
  const rows = await store.listPosts(db, seat.hubId, seat.collaborativeId);
  const shown = await presentAll(db, actor, seat, rows);
  const byId = new Map(rows.map((row, i) => [row.id, shown[i]!]));
  const threads = rows
    .filter((row) => row.threadId === null)
    .map((thread) => ({ ...byId.get(thread.id)!, replies: rows.filter((r) => r.threadId === thread.id).map((r) => byId.get(r.id)!) }));
  return { threads, mayWrite: practicePolicy(actor, 'create', { seat }).kind === 'allowed', mayModerate: isModerator(actor, seat) };
}

async function write(db: Db, actor: Actor, place: Place, post: { threadId: string | null; title: string | null; body: string }) {
  const seat = await seatOf(db, actor, place);
  authorize(practicePolicy(actor, 'create', { seat }), BOARD);
  if (post.threadId && !(await store.findOpenThread(db, seat.hubId, seat.collaborativeId, post.threadId))) throw notFound('The thread');
  const row = await store.insertPost(db, seat.hubId, seat.collaborativeId, { ...post, authorOrgId: actor.orgId, authorPersonId: actor.personId });
  const [shown] = await presentAll(db, actor, seat, [row]);
  return shown!;
}

export const startThread = (db: Db, actor: Actor, place: Place, input: { title: string; body: string }) => write(db, actor, place, { threadId: null, ...input });
export const reply = (db: Db, actor: Actor, place: Place, threadId: string, input: { body: string }) => write(db, actor, place, { threadId, title: null, body: input.body });

export async function postOf(db: Db, actor: Actor, place: Place, postId: string) {
  const seat = await seatOf(db, actor, place);
  const post = await store.findPost(db, seat.hubId, seat.collaborativeId, postId);
  if (!post || post.deletedAt) throw notFound(POST);
  return { seat, post };
}

/** Its author edits a post (a thread's title too); a hidden post stays as the hub's admins left it. */
export async function editPost(db: Db, actor: Actor, place: Place, postId: string, input: { body: string; title?: string | undefined }) {
  const { seat, post } = await postOf(db, actor, place, postId);
  authorize(practicePolicy(actor, 'change', { seat, item: post }), POST);
  if (post.hiddenAt) throw conflict("A hidden post cannot be edited; ask the hub's admins.");
  if (input.title !== undefined && post.threadId !== null) throw invalid('title', 'a reply has no title');
  const changed = await store.updatePost(db, seat.hubId, postId, { body: input.body, ...(input.title !== undefined ? { title: input.title } : {}), editedAt: new Date() });
  const [shown] = await presentAll(db, actor, seat, [changed]);
  return shown!;
}

/**
 * Its author deletes a post: its words go, the row stays so the replies of others keep their
 * place ("deleted by its author"); its open reports close with it.
 */
export async function deletePost(db: Db, actor: Actor, place: Place, postId: string) {
  const { seat, post } = await postOf(db, actor, place, postId);
  authorize(practicePolicy(actor, 'change', { seat, item: post }), POST);
  await db.transaction(async (tx) => {
    await store.updatePost(tx, seat.hubId, postId, { body: '', title: null, deletedAt: new Date() });
    // its words are gone, so reports of them have nothing left to look at
    await reports.closeReports(tx, seat.hubId, postId, actor.personId);
    await recordAudit(tx, actor, { type: 'shared-practice.post-deleted', data: { hubId: seat.hubId, collaborativeId: seat.collaborativeId, postId } });
  });
}

/**
 * A hub admin hides a post with a reason everyone reads in its place, or shows it again. In the
 * hub's trail, and in the author's organisation's trail when the post was theirs. Hiding answers
 * the post's open reports, so it closes them (data.closedReports).
 */
export async function moderatePost(db: Db, actor: Actor, place: Place, postId: string, reason: string | null) {
  const { seat, post } = await postOf(db, actor, place, postId);
  authorize(practicePolicy(actor, 'manage', { seat }), POST);
  const changed = await db.transaction(async (tx) => {
    const row = await store.updatePost(tx, seat.hubId, postId, reason === null ? { hiddenAt: null, hiddenReason: null, hiddenByPersonId: null } : { hiddenAt: new Date(), hiddenReason: reason, hiddenByPersonId: actor.personId });
    const type = reason === null ? 'shared-practice.post-restored' : 'shared-practice.post-hidden';
    const data = { hubId: seat.hubId, collaborativeId: seat.collaborativeId, postId };
    const closedReports = reason === null ? 0 : await reports.closeReports(tx, seat.hubId, postId, actor.personId);
    await recordAudit(tx, actor, { type, data: closedReports ? { ...data, closedReports } : data });
    if (post.authorOrgId !== actor.orgId) await recordAudit(tx, null, { orgId: post.authorOrgId, type, data: { ...data, via: 'hub' } });
    return row;
  });
  const [shown] = await presentAll(db, actor, seat, [changed]);
  return shown!;
}

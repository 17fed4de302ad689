import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import { invalid, notFound } from '../../../platform/http/errors.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { personCards } from '../../people/person-cards.js';
import { findPost, insertNote, insertPost, isTopLevelPost, notesOf, type PostRow, postsOf, reportPost, setPostHidden } from '../community-store.js';
import { boardPolicy } from '../policy.js';
import { presentColleague, type ZMeetingNote, type ZPost } from '../present.js';
import { loadCommunity } from './communities.js';

/**
 * A community's discussion board and meeting notes: members only. To anyone else, an org admin and
 * a hub analyst included, they answer 404, exactly as an id that does not exist.
 */

const BOARD = 'The community';
const POST = 'The post';

async function memberOf(db: Db, actor: Actor, communityId: string, ability: 'list' | 'create' | 'manage') {
  const found = await loadCommunity(db, actor, communityId);
  authorize(boardPolicy(actor, ability, found.ref), BOARD);
  return found;
}

async function cardsOf(db: Db, orgId: string, ids: string[]) {
  return new Map((await personCards(db, orgId, { ids })).map((p) => [p.id, p]));
}

/** Every post of the board, oldest first; a hidden post's words only for the starters. */
export async function boardOf(db: Db, actor: Actor, communityId: string): Promise<z.infer<typeof ZPost>[]> {
  const { ref } = await memberOf(db, actor, communityId, 'list');
  const starter = boardPolicy(actor, 'manage', ref).kind === 'allowed';
  const rows = await postsOf(db, actor.orgId, communityId);
  const cards = await cardsOf(db, actor.orgId, rows.map((r) => r.post.authorId));
  return rows.map(({ post, reported }) => presentPost(post, actor, cards, starter, reported));
}

function presentPost(post: PostRow, actor: Actor, cards: Awaited<ReturnType<typeof cardsOf>>, starter: boolean, reported: boolean): z.infer<typeof ZPost> {
  const hidden = post.hiddenAt !== null;
  return {
    id: post.id,
    author: presentColleague(cards.get(post.authorId), post.authorId),
    mine: post.authorId === actor.personId,
    replyTo: post.replyTo,
    body: hidden && !starter ? null : post.body,
    hidden,
    reported: starter ? reported : null,
    createdAt: post.createdAt.toISOString(),
  };
}

/** A member writes a post, or a reply to a top-level post of the same board. */
export async function writePost(db: Db, actor: Actor, communityId: string, input: { body: string; replyTo?: string | null | undefined }) {
  const { ref } = await memberOf(db, actor, communityId, 'create');
  const replyTo = input.replyTo ?? null;
  if (replyTo && !(await isTopLevelPost(db, actor.orgId, communityId, replyTo))) throw invalid('replyTo', 'no such post on this board to reply to');
  const post = await insertPost(db, actor.orgId, communityId, actor.personId, { body: input.body, replyTo });
  const starter = boardPolicy(actor, 'manage', ref).kind === 'allowed';
  return presentPost(post, actor, await cardsOf(db, actor.orgId, [actor.personId]), starter, false);
}

/** A member reports a post for the starters to look at; reporting twice keeps one report. */
export async function reportPostAs(db: Db, actor: Actor, communityId: string, postId: string, reason: string | null): Promise<void> {
  await memberOf(db, actor, communityId, 'create');
  const post = await findPost(db, actor.orgId, communityId, postId);
  if (!post) throw notFound(POST);
  await reportPost(db, actor.orgId, postId, actor.personId, reason);
}

/** A starter hides a post (or shows it again). */
export async function hidePostAs(db: Db, actor: Actor, communityId: string, postId: string, hidden: boolean) {
  await memberOf(db, actor, communityId, 'manage');
  const post = await findPost(db, actor.orgId, communityId, postId);
  if (!post) throw notFound(POST);
  const changed = await setPostHidden(db, actor.orgId, postId, hidden, actor.personId);
  return presentPost(changed, actor, await cardsOf(db, actor.orgId, [changed.authorId]), true, false);
}

/** The community's meeting notes, latest meeting first. */
export async function notesFor(db: Db, actor: Actor, communityId: string): Promise<z.infer<typeof ZMeetingNote>[]> {
  await memberOf(db, actor, communityId, 'list');
  const rows = await notesOf(db, actor.orgId, communityId);
  const cards = await cardsOf(db, actor.orgId, rows.map((r) => r.authorId));
  return rows.map((n) => ({
    id: n.id,
    metOn: n.metOn,
    body: n.body,
    author: presentColleague(cards.get(n.authorId), n.authorId),
    mine: n.authorId === actor.personId,
    createdAt: n.createdAt.toISOString(),
  }));
}

/** A member writes the notes of a meeting. */
export async function writeNote(db: Db, actor: Actor, communityId: string, input: { metOn: string; body: string }) {
  await memberOf(db, actor, communityId, 'create');
  const n = await insertNote(db, actor.orgId, communityId, actor.personId, input);
  const cards = await cardsOf(db, actor.orgId, [actor.personId]);
  return { id: n.id, metOn: n.metOn, body: n.body, author: presentColleague(cards.get(actor.personId), actor.personId), mine: true, createdAt: n.createdAt.toISOString() };
}

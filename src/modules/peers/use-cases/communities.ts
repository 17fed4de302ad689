import type { Actor } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import { invalid, notFound } from '../../../platform/http/errors.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { personCards, searchPersonCards } from '../../people/person-cards.js';
import { todayIn } from '../../../platform/time/day.js';
import { findCommunity, insertCommunity, inviteToCommunity, joinCommunity, leaveCommunity, listCommunities, membersOf } from '../community-store.js';
import type { TCommunityInput } from '../model.js';
import { boardPolicy, communityPolicy } from '../policy.js';
import { presentColleague, presentCommunitySummary } from '../present.js';

/**
 * Communities of practice (S.ind.5): anyone starts one, anyone of the organisation joins, starters
 * invite. Their names and purposes are the organisation's; who is in them is for the members.
 */

const WHAT = 'The community';

/** Loads a community with the actor's place in it; 404 for another organisation's or an unknown id. */
export async function loadCommunity(db: Db, actor: Actor, id: string) {
  const found = await findCommunity(db, actor.orgId, id, actor.personId);
  if (!found) throw notFound(WHAT);
  return found;
}

/** The organisation's communities, each with the caller's place in it. */
export async function communitiesFor(db: Db, actor: Actor) {
  authorize(communityPolicy(actor, 'list', { orgId: actor.orgId, membership: null }), WHAT);
  const rows = await listCommunities(db, actor.orgId, actor.personId);
  return rows.map((r) => presentCommunitySummary(r.community, r.status ? { status: r.status, isStarter: r.isStarter ?? false } : null));
}

/** One community; its members only for its members. */
export async function seeCommunity(db: Db, actor: Actor, id: string) {
  const { community, ref } = await loadCommunity(db, actor, id);
  authorize(communityPolicy(actor, 'see', ref), WHAT);
  let members = null;
  if (boardPolicy(actor, 'list', ref).kind === 'allowed') {
    const rows = await membersOf(db, actor.orgId, id);
    const cards = new Map((await personCards(db, actor.orgId, { ids: rows.map((m) => m.personId) })).map((p) => [p.id, p]));
    members = rows.map((m) => ({ ...presentColleague(cards.get(m.personId), m.personId), isStarter: m.isStarter }));
  }
  return { ...presentCommunitySummary(community, ref.membership), members };
}

/** Starts a community with the caller as its starter and first member. */
export async function startCommunity(db: Db, actor: Actor, input: TCommunityInput) {
  authorize(communityPolicy(actor, 'create', { orgId: actor.orgId, membership: null }), WHAT);
  const id = await db.transaction((tx) => insertCommunity(tx, actor.orgId, input, actor.personId));
  return seeCommunity(db, actor, id);
}

/** Joins (or accepts an invitation to) a community; joining twice changes nothing. */
export async function joinCommunityAs(db: Db, actor: Actor, id: string) {
  const { ref } = await loadCommunity(db, actor, id);
  authorize(communityPolicy(actor, 'create', ref), WHAT);
  if (ref.membership?.status !== 'member') await joinCommunity(db, actor.orgId, id, actor.personId);
  return seeCommunity(db, actor, id);
}

/** Leaves a community (or declines an invitation). Anything the person wrote stays, for the others. */
export async function leaveCommunityAs(db: Db, actor: Actor, id: string) {
  const { ref } = await loadCommunity(db, actor, id);
  authorize(communityPolicy(actor, 'remove', ref), WHAT);
  await leaveCommunity(db, actor.orgId, id, actor.personId);
  return seeCommunity(db, actor, id);
}

/** A starter invites someone of the organisation; they become a member only when they join. */
export async function inviteToCommunityAs(db: Db, actor: Actor, id: string, personId: string) {
  const { ref } = await loadCommunity(db, actor, id);
  authorize(communityPolicy(actor, 'share', ref), WHAT);
  const [person] = await personCards(db, actor.orgId, { ids: [personId] });
  if (!person) throw invalid('personId', 'no such person in your organisation');
  const invited = await inviteToCommunity(db, actor.orgId, id, personId, actor.personId);
  return { invited, person: presentColleague(person, personId) };
}

/**
 * Colleagues whose name matches, for a starter choosing whom to invite: name, job title and team
 * only (what colleagues know of each other), at most 20, people who have left never shown.
 */
export async function findColleagues(db: Db, actor: Actor, search: string) {
  authorize(communityPolicy(actor, 'list', { orgId: actor.orgId, membership: null }), WHAT);
  const found = await searchPersonCards(db, actor.orgId, search, todayIn(actor.timeZone), 20);
  return found.filter((p) => p.id !== actor.personId).map((p) => presentColleague(p, p.id));
}

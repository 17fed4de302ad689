import type { Actor } from '../../../platform/access/policy.js';
import type { Db, Queryable } from '../../../platform/db/client.js';
import { conflict, invalid, notFound } from '../../../platform/http/errors.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { personCards } from '../../people/person-cards.js';
import { currentBuddyIds, findPairing, insertPairing, movePairing, openPeople, opennessOf, pairingsOf, setOpenness } from '../buddy-store.js';
import { buddyRequestProblem, nextPairingStatus, suggestBuddy, type TPairingMove } from '../model.js';
import { pairingPolicy, peerDirectoryPolicy } from '../policy.js';
import { presentColleague, presentPairing } from '../present.js';

/**
 * Peer buddies (S.ind.5, W.peers): opt-in pairing. Who is open is seen by the organisation (that is
 * what opting in means); a pairing is seen by its two people only, and either ends it, no reason asked.
 */

const PAIRING = 'The pairing';

const cardMap = async (db: Queryable, orgId: string, ids: string[]) => new Map((await personCards(db, orgId, { ids })).map((p) => [p.id, p]));

/** The caller's openness and every pairing they are in. */
export async function myBuddies(db: Db, actor: Actor) {
  const [openness, pairings] = await Promise.all([opennessOf(db, actor.orgId, actor.personId), pairingsOf(db, actor.orgId, actor.personId)]);
  const cards = await cardMap(db, actor.orgId, pairings.flatMap((p) => [p.requesterId, p.partnerId]));
  return {
    openness: { open: openness?.open ?? false, note: openness?.note ?? null },
    pairings: pairings.map((p) => presentPairing(p, actor.personId, cards)),
  };
}

/** Says whether the caller is open to a buddy; closing does not end a pairing already agreed. */
export async function setMyOpenness(db: Db, actor: Actor, input: { open: boolean; note: string | null }) {
  authorize(peerDirectoryPolicy(actor, 'change', { orgId: actor.orgId, personId: actor.personId }), 'Your entry');
  await setOpenness(db, actor.orgId, actor.personId, input);
  return myBuddies(db, actor);
}

/** Everyone else who is open to a buddy (people who have left are not shown). */
export async function openBuddies(db: Db, actor: Actor) {
  authorize(peerDirectoryPolicy(actor, 'list', { orgId: actor.orgId }), 'The list');
  const open = (await openPeople(db, actor.orgId)).filter((o) => o.personId !== actor.personId);
  const [cards, mine] = await Promise.all([cardMap(db, actor.orgId, open.map((o) => o.personId)), currentBuddyIds(db, actor.orgId, actor.personId)]);
  return open
    .filter((o) => cards.has(o.personId) && cards.get(o.personId)!.endDate === null)
    .map((o) => ({ ...presentColleague(cards.get(o.personId), o.personId), note: o.note, since: o.updatedAt.toISOString(), alreadyAsked: mine.has(o.personId) }));
}

/** One open person from another team to suggest, or null when there is nobody. */
export async function suggestedBuddy(db: Db, actor: Actor) {
  const open = await openBuddies(db, actor);
  const [me] = await personCards(db, actor.orgId, { ids: [actor.personId] });
  const cards = await cardMap(db, actor.orgId, open.map((o) => o.id));
  const candidates = open.map((o) => ({ personId: o.id, unitId: cards.get(o.id)?.unitId ?? null, since: new Date(o.since) }));
  const pick = suggestBuddy(candidates, { personId: actor.personId, unitId: me?.unitId ?? null }, new Set(open.filter((o) => o.alreadyAsked).map((o) => o.id)));
  return pick ? (open.find((o) => o.id === pick.personId) ?? null) : null;
}

/** Asks one open person to be the caller's buddy. */
export async function askBuddy(db: Db, actor: Actor, input: { partnerId: string; message: string | null }) {
  return db.transaction(async (tx) => {
    const [partner] = await personCards(tx, actor.orgId, { ids: [input.partnerId] });
    if (!partner && input.partnerId !== actor.personId) throw invalid('partnerId', 'no such person in your organisation');
    const openness = await opennessOf(tx, actor.orgId, input.partnerId);
    const paired = await currentBuddyIds(tx, actor.orgId, actor.personId);
    const problem = buddyRequestProblem({ me: actor.personId, partnerId: input.partnerId, partnerIsOpen: openness?.open === true && partner?.endDate == null, alreadyPaired: paired.has(input.partnerId) });
    if (problem) throw invalid('partnerId', problem);
    const row = await insertPairing(tx, actor.orgId, { requesterId: actor.personId, partnerId: input.partnerId, message: input.message });
    return presentPairing(row, actor.personId, await cardMap(tx, actor.orgId, [input.partnerId]));
  });
}

async function loadPairing(db: Db, actor: Actor, id: string) {
  const row = await findPairing(db, actor.orgId, id);
  if (!row) throw notFound(PAIRING);
  authorize(pairingPolicy(actor, 'see', row), PAIRING);
  return row;
}

/** One pairing, for its two people only. */
export async function seePairing(db: Db, actor: Actor, id: string) {
  const row = await loadPairing(db, actor, id);
  return presentPairing(row, actor.personId, await cardMap(db, actor.orgId, [row.requesterId, row.partnerId]));
}

/** Agree, decline or end: what the pair can do with their pairing. */
export async function movePairingAs(db: Db, actor: Actor, id: string, move: TPairingMove) {
  const row = await loadPairing(db, actor, id);
  authorize(pairingPolicy(actor, 'change', row), PAIRING);
  const next = nextPairingStatus(row, actor.personId, move);
  if ('problem' in next) throw conflict(next.problem, [{ field: 'move', problem: next.problem }]);
  const moved = await movePairing(db, actor.orgId, id, next.status);
  return presentPairing(moved, actor.personId, await cardMap(db, actor.orgId, [moved.requesterId, moved.partnerId]));
}

import type { Actor } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import { todayIn } from '../../../platform/time/day.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { personCards } from '../../people/person-cards.js';
import { isListedSupporter } from '../model.js';
import { peerDirectoryPolicy } from '../policy.js';
import { presentColleague } from '../present.js';
import { setSupporterChoice, supporterChoiceOf, supporterChoices } from '../supporter-store.js';

/**
 * Trained peer supporters (W.peers): every peer worker, and anyone else who offers, listed for the
 * whole organisation with how they like to be reached. Each person decides for themselves.
 */

/** The organisation's peer supporters, by name. */
export async function peerSupporters(db: Db, actor: Actor) {
  authorize(peerDirectoryPolicy(actor, 'list', { orgId: actor.orgId }), 'The list');
  const choices = new Map((await supporterChoices(db, actor.orgId)).map((c) => [c.personId, c]));
  const [peerWorkers, volunteers] = await Promise.all([
    personCards(db, actor.orgId, { kind: 'peer_worker' }),
    personCards(db, actor.orgId, { ids: [...choices.values()].filter((c) => c.listed).map((c) => c.personId) }),
  ]);
  const today = todayIn(actor.timeZone);
  const everyone = new Map([...peerWorkers, ...volunteers].map((p) => [p.id, p]));
  return [...everyone.values()]
    .filter((p) => isListedSupporter(p, choices.get(p.id), today))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((p) => ({ ...presentColleague(p, p.id), peerWorker: p.kind === 'peer_worker', contactNote: choices.get(p.id)?.contactNote ?? null }));
}

/** The caller's own entry: listed or not, and their contact note. */
export async function mySupporterEntry(db: Db, actor: Actor) {
  const [me] = await personCards(db, actor.orgId, { ids: [actor.personId] });
  const choice = await supporterChoiceOf(db, actor.orgId, actor.personId);
  const peerWorker = me?.kind === 'peer_worker';
  return { listed: me ? isListedSupporter(me, choice, todayIn(actor.timeZone)) : false, contactNote: choice?.contactNote ?? null, peerWorker };
}

/** Opts in or out of the list, and says how to be reached. */
export async function setMySupporterEntry(db: Db, actor: Actor, input: { listed: boolean; contactNote: string | null }) {
  authorize(peerDirectoryPolicy(actor, 'change', { orgId: actor.orgId, personId: actor.personId }), 'Your entry');
  await setSupporterChoice(db, actor.orgId, actor.personId, input);
  return mySupporterEntry(db, actor);
}

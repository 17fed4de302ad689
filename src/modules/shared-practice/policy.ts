import { type Actor, allowed, type Decision, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';

/**
 * Who may do what with a collaborative's shared practice, once the use-case has found the
 * actor's seat in it (share-seat.ts: a hub's own people, or the admins of a member organisation
 * whose consent is in force; everyone else never gets a seat and finds nothing).
 */
export interface PracticeSeat {
  hubId: string;
  collaborativeId: string;
  side: 'hub' | 'organisation';
}

/** Something written for the collaborative: whose tenant and which person of it. */
export interface Authored {
  authorOrgId: string;
  authorPersonId: string;
}

export const isAuthor = (actor: Actor, item: Authored) => actor.orgId === item.authorOrgId && actor.personId === item.authorPersonId;
const isHubAdmin = (actor: Actor, seat: PracticeSeat) => seat.side === 'hub' && actor.orgId === seat.hubId && hasRole(actor, 'hub_admin');

/**
 * - see, list: everyone with a seat (the hub's admins and analysts, member organisations' admins);
 * - create (add to the library, write on the board): hub admins and member organisations' admins,
 *   not the hub's analysts, who read released figures and nothing they could be asked to vouch for;
 * - change (edit a post, rename or unname a story): its author only;
 * - remove: its author, or a hub admin (the collaborative is the hub's to keep tidy);
 * - manage (hide a post with a reason, restore it): hub admins only.
 */
export const practicePolicy: Policy<{ seat: PracticeSeat | null; item?: Authored }> = (actor, ability, { seat, item }): Decision => {
  if (!seat) return hidden;
  if (ability === 'see' || ability === 'list') return allowed;
  if (ability === 'create') {
    if (seat.side === 'organisation' && hasRole(actor, 'org_admin')) return allowed;
    return isHubAdmin(actor, seat) ? allowed : denied("Only the hub's admins and member organisations' admins add to shared practice; analysts read it.");
  }
  if (ability === 'change') return item && isAuthor(actor, item) ? allowed : denied('Only its author can change this.');
  if (ability === 'remove') return (item && isAuthor(actor, item)) || isHubAdmin(actor, seat) ? allowed : denied("Only its author or the hub's admins can remove this.");
  if (ability === 'manage') return isHubAdmin(actor, seat) ? allowed : denied("Only the hub's admins moderate the board.");
  return denied('This is not possible here.');
};

import { type Actor, allowed, allowedIf, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';

/**
 * Who may do what after a hard event.
 * - Recording: anyone of the organisation may record that people they name met a hard event (a
 *   colleague may be the first to notice); for a whole team, its members, a supervisor who line-
 *   manages someone in it, or an org admin.
 * - An event and its offers, as managers see them: the person who recorded it, and a supervisor
 *   for the affected people they line-manage. They learn who was offered and whether each offer
 *   is still open — never whether it was taken or declined, nor any answer.
 * - An offer, its status and its check-in: the affected person alone, whatever anyone's roles
 *   (the well-being space's rule). Everyone else is answered "hidden" (404), never "denied".
 * - Referral requests: the one thing others learn; the recorder, the person's line manager and
 *   org admins see them.
 * - Counts per unit and period: org admins, and only through the privacy gate.
 */

/** A team an event would be recorded for, seen from the actor's side. */
export interface TeamTarget {
  orgId: string;
  /** the actor's own unit is this team */
  isMember: boolean;
  /** the actor line-manages at least one of the team's members */
  managesMember: boolean;
}

/** Recording an event for a whole team (`create`). Another organisation's team is hidden. */
export const teamEventPolicy: Policy<TeamTarget> = (actor, ability, team) => {
  if (team.orgId !== actor.orgId) return hidden;
  if (ability !== 'create') return denied('an event is recorded, then left as it is');
  if (hasRole(actor, 'org_admin') || team.isMember) return allowed;
  if (hasRole(actor, 'supervisor') && team.managesMember) return allowed;
  return denied('you can record an event for your own team or a team you manage; for anyone else, name the people');
};

/** Recording an event for named people of the organisation (`create`): anyone of it. */
export const namedEventPolicy: Policy<{ orgId: string }> = (actor, ability, target) => {
  if (target.orgId !== actor.orgId) return hidden;
  return allowedIf(ability === 'create', denied('an event is recorded, then left as it is'));
};

/** An event as managers see it. */
export interface EventRef {
  orgId: string;
  recordedBy: string | null;
  /** line managers of the people it affected */
  managerIds: readonly string[];
}

const recorded = (actor: Actor, event: EventRef) => event.orgId === actor.orgId && event.recordedBy === actor.personId;
const managesAffected = (actor: Actor, event: EventRef) => event.orgId === actor.orgId && hasRole(actor, 'supervisor') && event.managerIds.includes(actor.personId);

/** Seeing an event and who was offered (`see`): its recorder, or a line manager of someone it affected. */
export const eventPolicy: Policy<EventRef> = (actor, ability, event) => {
  if (ability !== 'see' && ability !== 'list') return hidden;
  return allowedIf(recorded(actor, event) || managesAffected(actor, event));
};

/**
 * Whose offers on an event the actor is shown: all of them to its recorder; a line manager only
 * their own direct reports'. Pure: the affected people come with their line manager.
 */
export function visibleAffected<P extends { personId: string; managerId: string | null }>(actor: Actor, event: EventRef, affected: readonly P[]): P[] {
  if (recorded(actor, event)) return [...affected];
  if (!managesAffected(actor, event)) return [];
  return affected.filter((p) => p.managerId === actor.personId);
}

/** An offer (and its check-in) from the policy's side: whose it is. */
export interface OfferRef {
  orgId: string;
  personId: string;
}

/** An offer, its status, its answers and the referral it may lead to: the affected person only, whatever their roles. */
export const offerPolicy: Policy<OfferRef> = (actor, _ability, offer) => allowedIf(offer.orgId === actor.orgId && offer.personId === actor.personId);

/**
 * Which referral requests the actor is shown: an org admin every one of the organisation;
 * anyone else those on events they recorded and those of people they line-manage (supervisors).
 */
export function referralScope(actor: Actor): { all: true } | { all: false; recordedBy: string; managerId: string | null } {
  if (hasRole(actor, 'org_admin')) return { all: true };
  return { all: false, recordedBy: actor.personId, managerId: hasRole(actor, 'supervisor') ? actor.personId : null };
}

/** Counts of events and offers per unit and period (`see`): org admins, through the privacy gate only. */
export const figuresPolicy: Policy<{ orgId: string }> = (actor, ability, org) => {
  if (org.orgId !== actor.orgId) return hidden;
  return allowedIf(ability === 'see' && hasRole(actor, 'org_admin'), denied('only an organisation admin sees these counts'));
};

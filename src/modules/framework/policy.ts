import type { PersonRef } from '../people/policy.js';
import { type Actor, allowed, allowedIf, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';

/**
 * Who may do what in the practice framework. Pure: the resource is loaded first, no I/O here.
 * Placements and review requests are professional data (DESIGN.md): the person, their line
 * manager and org admins of the same organisation; never across organisations, where every id
 * is simply not found.
 */

/**
 * A person's professional record (placement, plans, training): the person, their line manager
 * (a supervisor whose report they are) and org admins may see it and change it, every ability
 * alike; anyone else is told it does not exist. Development and training share this rule.
 */
export const professionalRecordPolicy: Policy<PersonRef> = (actor, _ability, person) => {
  if (actor.orgId !== person.orgId) return hidden;
  if (actor.personId === person.id || hasRole(actor, 'org_admin')) return allowed;
  return allowedIf(hasRole(actor, 'supervisor') && person.managerId === actor.personId);
};

/** A unit as the policies see it: its organisation, and it with its ancestors nearest first. */
export interface UnitRef {
  orgId: string;
  id: string;
  chain: readonly string[];
}

/** The unit the actor belongs to, which is what makes a supervisor answer for a unit. */
export interface UnitAccess {
  unit: UnitRef;
  actorUnitId: string | null;
}

export const OWN_UNITS_ONLY = 'You can look after only your own unit and the teams inside it.';

/**
 * Does the actor look after this unit? Org admins look after every unit; a supervisor looks after
 * the unit they belong to and every unit inside it (a service lead answers for the service's teams).
 */
export const looksAfterUnit = (actor: Actor, { unit, actorUnitId }: UnitAccess) =>
  actor.orgId === unit.orgId &&
  (hasRole(actor, 'org_admin') || (hasRole(actor, 'supervisor') && actorUnitId !== null && unit.chain.includes(actorUnitId)));

/**
 * A unit's placement: anyone in the organisation sees it (it says what everyone inside must
 * reach); only those who look after the unit place it, others are told why not.
 */
export const unitPlacementPolicy: Policy<UnitAccess> = (actor, ability, access) => {
  if (actor.orgId !== access.unit.orgId) return hidden;
  if (ability === 'see' || ability === 'list') return allowed;
  return allowedIf(looksAfterUnit(actor, access), denied(OWN_UNITS_ONLY));
};

/** A person's placement: the professional-record rule for seeing and for placing them. */
export const personPlacementPolicy: Policy<PersonRef> = professionalRecordPolicy;

/** A review request about `person`'s placement. */
export interface ReviewRef {
  person: PersonRef;
}

/**
 * Review requests: only the person asks (create) for their own; their line manager or an org
 * admin answers (change). Answering needs no supervisor role beyond the route's: whoever the
 * person reports to answers for them.
 */
export const placementReviewPolicy: Policy<ReviewRef> = (actor, ability, { person }) => {
  if (actor.orgId !== person.orgId) return hidden;
  if (ability === 'create') return allowedIf(actor.personId === person.id);
  return allowedIf(hasRole(actor, 'org_admin') || person.managerId === actor.personId);
};

/** Whose review requests a manager lists: everyone's for org admins, their direct reports' otherwise. */
export const reviewListScope = (actor: Actor): { managerId: string } | 'everyone' =>
  hasRole(actor, 'org_admin') ? 'everyone' : { managerId: actor.personId };

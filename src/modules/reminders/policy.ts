import { type Actor, allowedIf, type Policy } from '../../platform/access/policy.js';

/**
 * Reminders and notifications are their person's alone: roles grant nothing here, so an org
 * admin, a hub analyst, a line manager and another organisation all find nothing (404), as for an
 * unknown id. Pure.
 */
export interface OwnRef {
  orgId: string;
  personId: string;
}

export const ownPolicy: Policy<OwnRef> = (actor, _ability, ref) => allowedIf(ref.orgId === actor.orgId && ref.personId === actor.personId);

/** The actor's own notifications and choices, as a resource of the policy. */
export const own = (actor: Actor): OwnRef => ({ orgId: actor.orgId, personId: actor.personId });

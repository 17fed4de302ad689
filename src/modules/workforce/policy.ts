import { type Actor, allowed, allowedIf, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';
import { canReadProfessionalRecord, type PersonRef } from '../people/policy.js';

/**
 * Who may do what with HR events (starts, leaves, absence spells). Pure: the person is loaded
 * first, no I/O here. They are professional records of the person, but narrower than training:
 * why someone left and why they were off sick is between them and the organisation's HR, so a
 * line manager does not read them here (team figures come only through the privacy gate).
 * - org admins of the person's organisation record, read and remove them;
 * - the person reads their own (and cannot record or remove them: they are HR's record);
 * - the person's line manager may know the person, so is told why not (403);
 * - anyone else — other workers, other supervisors, hub analysts, another organisation — is
 *   told nothing exists (404), as for an id that does not.
 */

export const HR_ADMINS_ONLY = 'Only organisation admins record and remove HR events.';
export const HR_NOT_FOR_MANAGERS = 'HR events are read by organisation admins and the person only.';

export const hrEventPolicy: Policy<PersonRef> = (actor, ability, person) => {
  if (actor.orgId !== person.orgId) return hidden;
  if (hasRole(actor, 'org_admin')) return allowed;
  if (actor.personId === person.id) return allowedIf(ability === 'see' || ability === 'list', denied(HR_ADMINS_ONLY));
  // someone who may see the person's other records (their line manager) learns nothing new from a 403
  return canReadProfessionalRecord(actor, person) ? denied(HR_NOT_FOR_MANAGERS) : hidden;
};

/** The organisation's HR events as a whole: the period list and the import. */
export interface HrEventsRef {
  orgId: string;
}

export const ownHrEvents = (actor: Actor): HrEventsRef => ({ orgId: actor.orgId });

/** Org admins only; anyone else in the organisation is told why, another organisation finds nothing. */
export const hrEventsPolicy: Policy<HrEventsRef> = (actor, _ability, events) => {
  if (actor.orgId !== events.orgId) return hidden;
  return allowedIf(hasRole(actor, 'org_admin'), denied(HR_ADMINS_ONLY));
};

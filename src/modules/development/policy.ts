import type { PersonRef } from '../people/policy.js';
import { type Actor, allowedIf, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';
import { looksAfterUnit, OWN_UNITS_ONLY, professionalRecordPolicy, type UnitAccess } from '../framework/policy.js';

/**
 * Who may do what with development records. Pure: the resource is loaded first, no I/O here.
 * - A unit's training needs assessments: those who look after the unit (org admins; supervisors
 *   for their own unit and the units inside it). Others do not learn the assessments exist;
 *   assessing a unit they can see but do not look after is refused with the reason.
 * - A worker's self-assessment and plans: professional records (the person, their line manager,
 *   org admins). Only the person answers and submits their self-assessment (create); both sides
 *   write the plan (change) and confirm it (manage).
 */

export const needsPolicy: Policy<UnitAccess> = (actor, ability, access) => {
  if (actor.orgId !== access.unit.orgId) return hidden;
  return allowedIf(looksAfterUnit(actor, access), ability === 'create' ? denied(OWN_UNITS_ONLY) : hidden);
};

export const planPolicy: Policy<PersonRef> = (actor, ability, person) => {
  if (ability === 'create') return allowedIf(actor.orgId === person.orgId && actor.personId === person.id);
  return professionalRecordPolicy(actor, ability, person);
};

/** Whose plans a manager lists: everyone's for org admins, their direct reports' otherwise. */
export const teamPlansScope = (actor: Actor): { managerId: string } | 'everyone' => (hasRole(actor, 'org_admin') ? 'everyone' : { managerId: actor.personId });

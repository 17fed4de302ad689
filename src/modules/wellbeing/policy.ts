import { type Ability, type Actor, allowed, allowedIf, type Decision, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';
import type { FieldProblem } from '../../platform/http/errors.js';
import { expiryProblem, type GrantScope, grantStatus } from './model.js';

/**
 * Who may do what with a well-being space (personal data, DESIGN.md):
 * - the owner, everything, and only through addresses under /me: no route takes an owner's id,
 *   so a supervisor, an admin or an analyst has no address that names someone else's space;
 * - a grantee, exactly the granted part while the grant is in force, each read in the owner's
 *   access log. Roles grant nothing here: an org admin is no more a grantee than anyone else.
 * Everyone else is answered "hidden" (404), never "denied": that a colleague keeps a space, or
 * shared it with someone, is itself personal.
 */

/** A space seen from the policy's side: whose it is. */
export interface SpaceRef {
  orgId: string;
  personId: string;
}

/** The caller's own space: the only one any /me address names. */
export const ownSpace = (actor: Actor): SpaceRef => ({ orgId: actor.orgId, personId: actor.personId });

const isOwner = (actor: Actor, space: SpaceRef) => space.orgId === actor.orgId && space.personId === actor.personId;

/** A space, and everything in it (check-ins, profile, coping plan, reflections): the owner only, whatever their roles. */
export const spacePolicy: Policy<SpaceRef> = (actor, _ability, space) => allowedIf(isOwner(actor, space));

/** A grant seen from the policy's side. */
export interface GrantRef extends SpaceRef {
  granteePersonId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

/**
 * A grant. The owner makes (`create`), lists and revokes (`remove`) their own, and cannot edit one
 * (`change`: revoke and share again, so the grantee's access is never silently widened). `see` is
 * reading the granted part through the grant: only the named grantee of the same organisation,
 * only while it is in force (the owner reads their own space directly). `now` is for tests.
 */
export function grantPolicy(now = new Date()): Policy<GrantRef> {
  return (actor, ability, grant) => {
    if (isOwner(actor, grant)) {
      if (ability === 'change') return denied('a grant cannot be changed: revoke it and share again');
      return allowedIf(ability === 'create' || ability === 'list' || ability === 'remove');
    }
    const isGrantee = grant.orgId === actor.orgId && grant.granteePersonId === actor.personId;
    return allowedIf(isGrantee && ability === 'see' && grantStatus(grant, now) === 'active');
  };
}

const READ: readonly Ability[] = ['see', 'list'];

/**
 * An organisation's support contacts (S.ind.7): everyone of the organisation reads them (a worker
 * must find help without asking anyone); only its org admins keep them. Another organisation's are hidden.
 */
export const supportContactPolicy: Policy<{ orgId: string }> = (actor, ability, contacts): Decision => {
  if (contacts.orgId !== actor.orgId) return hidden;
  if (READ.includes(ability)) return allowed;
  return allowedIf(hasRole(actor, 'org_admin'), denied('only an organisation admin keeps the support contacts'));
};

export interface GrantRequest {
  granteePersonId: string;
  scope: GrantScope;
  checkInId?: string | null | undefined;
  expiresAt: Date;
}

/**
 * Every reason a grant cannot be made as asked, each naming its field. `grantee` is the person
 * looked up in the owner's organisation (undefined when there is none); `ownCheckIn` whether
 * checkInId names one of the owner's own check-ins.
 */
export function grantProblems(actor: Actor, input: GrantRequest, grantee: { id: string } | undefined, ownCheckIn: boolean, now = new Date()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.granteePersonId === actor.personId) problems.push({ field: 'granteePersonId', problem: 'you already see your own space: choose someone else' });
  else if (!grantee) problems.push({ field: 'granteePersonId', problem: 'no such person in your organisation' });
  if (input.scope === 'check-in' && !input.checkInId) problems.push({ field: 'checkInId', problem: 'choose the check-in to share' });
  else if (input.scope === 'check-in' && !ownCheckIn) problems.push({ field: 'checkInId', problem: 'not one of your check-ins' });
  if (input.scope !== 'check-in' && input.checkInId) problems.push({ field: 'checkInId', problem: `only for the "check-in" scope` });
  const expiry = expiryProblem(input.expiresAt, now);
  if (expiry) problems.push({ field: 'expiresAt', problem: expiry });
  return problems;
}

import type { Actor } from '../../platform/access/policy.js';
import type { FieldProblem } from '../../platform/http/errors.js';
import { expiryProblem, type GrantScope, grantStatus } from './model.js';

/**
 * Who may do what with a well-being space (personal data, DESIGN.md):
 * - the owner, everything, and only through addresses under /me: no route takes an owner's id,
 *   so a supervisor, an admin or an analyst has no address that names someone else's space;
 * - a grantee, exactly the granted part while the grant is in force, each read in the owner's
 *   access log. Roles grant nothing here: an org admin is no more a grantee than anyone else.
 */

/** May `actor` read through this grant now? Only the named grantee of a grant in force, same organisation. */
export function canReadThroughGrant(actor: Actor, grant: { orgId: string; granteePersonId: string; expiresAt: Date; revokedAt: Date | null }, now = new Date()) {
  return grant.orgId === actor.orgId && grant.granteePersonId === actor.personId && grantStatus(grant, now) === 'active';
}

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

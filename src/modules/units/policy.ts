import { type Actor, allowed, allowedIf, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';

/** The unit tree seen from the policy's side: whose organisation it belongs to. */
export interface UnitTreeRef {
  orgId: string;
}

/** The unit tree of the actor's own organisation (units are only ever read within it). */
export const ownTree = (actor: Actor): UnitTreeRef => ({ orgId: actor.orgId });

/**
 * Who may do what to the services and teams:
 * - another organisation's tree is hidden from everyone (404, as if it did not exist);
 * - anyone signed in sees and lists their own organisation's structure (people are placed in it);
 * - only an org admin creates, changes or removes units.
 */
export const unitPolicy: Policy<UnitTreeRef> = (actor, ability, tree) => {
  if (tree.orgId !== actor.orgId) return hidden;
  if (ability === 'see' || ability === 'list') return allowed;
  return allowedIf(hasRole(actor, 'org_admin'), denied('Only an organisation admin can change services and teams.'));
};

import { type Actor, allowed, type Decision, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';

/**
 * Who may do what with a hub and its memberships. The route rules already keep each kind of
 * tenant to its own routes (404 across the wall); these rules are the fine ones about one hub or
 * one organisation's membership, so a use-case never trusts an id it was handed.
 */

/** A hub seen from its own side: its id is its tenant's id. */
export interface HubRef {
  hubId: string;
}

/**
 * The hub's own pages: its admins and analysts read (`see`, `list`); only admins invite
 * organisations, add people and change settings (`create`, `change`, `manage`), and an analyst
 * is told so (403). Anyone not of this hub — an organisation's people, another hub's — finds nothing.
 */
export const hubPolicy: Policy<HubRef> = (actor, ability, hub) => {
  if (actor.tenantKind !== 'hub' || actor.orgId !== hub.hubId) return hidden;
  const reads = ability === 'see' || ability === 'list';
  if (reads && (hasRole(actor, 'hub_admin') || hasRole(actor, 'hub_analyst'))) return allowed;
  if (hasRole(actor, 'hub_admin')) return allowed;
  if (hasRole(actor, 'hub_analyst')) return denied("Only the hub's admins can do this; analysts read the hub's pages.");
  return hidden;
};

/** A membership seen from the organisation's side. */
export interface MembershipRef {
  orgId: string;
  hubId: string;
}

/**
 * An organisation's memberships: only its own org admins see them and answer them (consent,
 * decline, revoke), since the consent speaks for the whole organisation. Its other people are
 * told why (403); another organisation's admin and any hub find nothing (404).
 */
export const membershipPolicy: Policy<MembershipRef> = (actor: Actor, _ability, membership): Decision => {
  if (actor.tenantKind !== 'organisation' || actor.orgId !== membership.orgId) return hidden;
  if (hasRole(actor, 'org_admin')) return allowed;
  return denied("Only your organisation's admins answer a regional hub.");
};

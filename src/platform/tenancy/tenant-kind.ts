import type { AppRole } from '../auth/schema.js';

/**
 * A tenant is an organisation (its people work with people) or a regional hub (its people
 * read what organisations chose to release to it). Both are rows of `organisations`, so
 * accounts, sessions, invitations and the audit trail work the same for both.
 */
export const TENANT_KINDS = ['organisation', 'hub'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

/** The roles that mean something in each kind of tenant. */
export const HUB_ROLES = ['hub_admin', 'hub_analyst'] as const satisfies readonly AppRole[];
export const ORGANISATION_ROLES = ['worker', 'supervisor', 'org_admin'] as const satisfies readonly AppRole[];

const meaningful: Record<TenantKind, readonly AppRole[]> = { organisation: ORGANISATION_ROLES, hub: HUB_ROLES };

/**
 * The roles an account holds in its tenant: a stored role of the other kind of tenant grants
 * nothing (a `hub_analyst` kept in an organisation, an `org_admin` kept in a hub), so no route
 * or page can be opened by a role that belongs elsewhere. Order and duplicates as stored.
 */
export function rolesInTenant(kind: TenantKind, stored: readonly string[]): AppRole[] {
  return stored.filter((role): role is AppRole => (meaningful[kind] as readonly string[]).includes(role));
}

/** Reads a stored kind; anything unknown is an organisation (the column's default). */
export const tenantKindOf = (stored: string | null | undefined): TenantKind => (stored === 'hub' ? 'hub' : 'organisation');

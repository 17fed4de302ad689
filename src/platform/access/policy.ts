import type { AppRole } from '../auth/schema.js';
import type { TenantKind } from '../tenancy/tenant-kind.js';

export type { TenantKind } from '../tenancy/tenant-kind.js';

/** Who is calling: the signed-in account, its person and its tenant (an organisation or a regional hub). */
export interface Actor {
  accountId: string;
  personId: string;
  orgId: string;
  /** What kind of tenant `orgId` is: a hub's people reach hub routes only, an organisation's never reach them. */
  tenantKind: TenantKind;
  /** The roles that mean something in this kind of tenant (tenant-kind.ts: rolesInTenant). */
  roles: AppRole[];
  email: string;
  name: string;
  locale: string;
  /** The organisation's IANA time zone: "today" for this actor is the date on a clock there. */
  timeZone: string;
}

/**
 * Who may call a route. Every route declares one; the access-matrix test reads them all.
 * - public: anyone, signed in or not (health, sign-in, docs)
 * - signed-in: any account of any role; the handler scopes data to the actor
 * - roles: only accounts holding one of the roles
 * `tenant` says which kind of tenant's sessions the route is for: an organisation's (the
 * default), a hub's, or either (the account's own sign-in, session and password). A session of
 * the other kind is answered 404, as if the address did not exist: the wall between hubs and
 * organisations is this one rule, not a check in each route.
 */
export type AccessRule = ({ kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: AppRole[] }) & { tenant?: TenantKind | 'any' };

export const publicAccess: AccessRule = { kind: 'public' };
export const signedIn: AccessRule = { kind: 'signed-in' };
export const rolesOnly = (...roles: AppRole[]): AccessRule => ({ kind: 'roles', roles });
export const orgAdmins = rolesOnly('org_admin');
export const managers = rolesOnly('supervisor', 'org_admin');
/** Any signed-in account of either kind of tenant: its own session, password and language. */
export const anyTenantSignedIn: AccessRule = { kind: 'signed-in', tenant: 'any' };
/** A hub's own people: admins and analysts read; only admins change (hubAdmins). */
export const hubPeople: AccessRule = { kind: 'roles', roles: ['hub_admin', 'hub_analyst'], tenant: 'hub' };
export const hubAdmins: AccessRule = { kind: 'roles', roles: ['hub_admin'], tenant: 'hub' };

/** The kind of tenant whose sessions a route serves ('any' for public routes and those marked so). */
export const ruleTenant = (rule: AccessRule): TenantKind | 'any' => (rule.kind === 'public' ? 'any' : (rule.tenant ?? 'organisation'));

/** Is this route outside the actor's kind of tenant? Then it answers 404 to them, before anything else. */
export const behindTenantWall = (rule: AccessRule, actor: Actor | undefined): boolean => {
  const tenant = ruleTenant(rule);
  return actor !== undefined && tenant !== 'any' && tenant !== actor.tenantKind;
};

/** Does the rule let this actor (or nobody signed in) call the route? */
export function ruleAllows(rule: AccessRule, actor: Actor | undefined): boolean {
  if (rule.kind === 'public') return true;
  if (!actor) return false;
  if (behindTenantWall(rule, actor)) return false;
  if (rule.kind === 'signed-in') return true;
  return actor.roles.some((role) => rule.roles.includes(role));
}

export const hasRole = (actor: Actor, role: AppRole) => actor.roles.includes(role);

/**
 * One vocabulary for every module's `policy.ts`: what someone wants to do to a resource.
 * - see / list: read one resource / a collection of them
 * - create / change / remove: write
 * - share: hand a resource to someone else (grants, releases, exports)
 * - manage: run the resource's life cycle (open, close, publish, settings)
 */
export type Ability = 'see' | 'list' | 'create' | 'change' | 'remove' | 'share' | 'manage';

/**
 * A policy's answer. `hidden` answers 404 (the actor may not even know the resource exists:
 * another organisation's ids, someone else's private record); `denied` answers 403 with a
 * reason a person can act on (they can see it but not do this to it).
 */
export type Decision = { kind: 'allowed' } | { kind: 'hidden' } | { kind: 'denied'; reason: string };

export const allowed: Decision = { kind: 'allowed' };
export const hidden: Decision = { kind: 'hidden' };
export const denied = (reason: string): Decision => ({ kind: 'denied', reason });
export const allowedIf = (condition: boolean, otherwise: Decision = hidden): Decision => (condition ? allowed : otherwise);

/** A module's rule: may `actor` do `ability` to `resource`? Pure: no I/O, the resource is loaded first. */
export type Policy<R> = (actor: Actor, ability: Ability, resource: R) => Decision;

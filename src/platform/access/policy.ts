import type { AppRole } from '../auth/schema.js';

/** Who is calling: the signed-in account, its person and its organisation. */
export interface Actor {
  accountId: string;
  personId: string;
  orgId: string;
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
 */
export type AccessRule = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: AppRole[] };

export const publicAccess: AccessRule = { kind: 'public' };
export const signedIn: AccessRule = { kind: 'signed-in' };
export const rolesOnly = (...roles: AppRole[]): AccessRule => ({ kind: 'roles', roles });
export const orgAdmins = rolesOnly('org_admin');
export const managers = rolesOnly('supervisor', 'org_admin');

/** Does the rule let this actor (or nobody signed in) call the route? */
export function ruleAllows(rule: AccessRule, actor: Actor | undefined): boolean {
  if (rule.kind === 'public') return true;
  if (!actor) return false;
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

import { type Actor, hasRole } from '../../platform/access/policy.js';
import { planIsAgreed } from './development-rules.js';

/**
 * Rules for self-assessment versions and their agreed plans (H.self). Pure: no I/O.
 * A version is what both people put their name to; once either has confirmed it, it is never
 * changed again, so "what did I agree to, and when" always has an answer.
 */

export interface VersionFacts {
  version: number;
  submittedAt: Date | null;
  workerConfirmedAt: Date | null;
  managerConfirmedAt: Date | null;
}

/** Where an edit goes: a first version, the current one, or a new copy of the current one. */
export type EditTarget = { kind: 'first'; version: 1 } | { kind: 'current'; version: number } | { kind: 'next'; version: number };

/**
 * Editing a version that either side has confirmed starts a new version (a copy, version + 1)
 * with no confirmations; an unconfirmed version is edited in place.
 * @example editTarget(undefined) // { kind: 'first', version: 1 }
 */
export function editTarget(current: VersionFacts | undefined): EditTarget {
  if (!current) return { kind: 'first', version: 1 };
  if (current.workerConfirmedAt || current.managerConfirmedAt) return { kind: 'next', version: current.version + 1 };
  return { kind: 'current', version: current.version };
}

/** Where a person's latest version stands, as the team list shows it. */
export type PlanStatus = 'none' | 'draft' | 'submitted' | 'agreed';

export function planStatus(latest: VersionFacts | undefined): PlanStatus {
  if (!latest) return 'none';
  if (planIsAgreed(latest)) return 'agreed';
  return latest.submittedAt ? 'submitted' : 'draft';
}

/** Which signature a confirmation is: the worker's own, or the manager's side. */
export type ConfirmSide = 'worker' | 'manager';

/**
 * The person confirms as the worker; their line manager, or an org admin standing in where there
 * is none, confirms as the manager. Anyone else has no side (the caller answers 404).
 */
export function confirmSide(actor: Actor, person: { orgId: string; id: string; managerId: string | null }): ConfirmSide | null {
  if (actor.orgId !== person.orgId) return null;
  if (actor.personId === person.id) return 'worker';
  if (hasRole(actor, 'org_admin')) return 'manager';
  return hasRole(actor, 'supervisor') && person.managerId === actor.personId ? 'manager' : null;
}


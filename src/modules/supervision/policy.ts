import { type Actor, allowed, allowedIf, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';

/**
 * Who may do what in supervision. Pure: the resource is loaded first.
 * - A session and its shared notes belong to the pair (worker and supervisor) alone. Roles grant
 *   nothing: an org admin, a hub analyst or another organisation is told it does not exist (404).
 *   Within the pair the supervisor plans and records, the worker confirms or asks for a change.
 * - A private note is its writer's alone, the other member of the pair included (404).
 * - Who supervises a worker: an org admin or the worker's line manager changes it.
 * - Sessions held per unit: org admins (every unit) and supervisors (their own units), only as
 *   counts through the privacy gate.
 */

/** A pair: the worker and the supervisor in force (or of the session). */
export interface PairRef {
  orgId: string;
  workerId: string;
  supervisorId: string | null;
}

const inPair = (actor: Actor, pair: PairRef) => actor.orgId === pair.orgId && (actor.personId === pair.workerId || actor.personId === pair.supervisorId);
const isSupervisor = (actor: Actor, pair: PairRef) => actor.orgId === pair.orgId && pair.supervisorId !== null && actor.personId === pair.supervisorId;
const isWorker = (actor: Actor, pair: PairRef) => actor.orgId === pair.orgId && actor.personId === pair.workerId;

export const SUPERVISOR_RECORDS = 'The supervisor plans and records a session; the worker confirms it or asks for a change.';
export const WORKER_CONFIRMS = 'Only the worker confirms the notes of their session or asks for a change.';

/**
 * A pair's supervision (rhythm, dates, sessions list): both members see it and may propose a
 * rhythm (`change`); only the supervisor plans a session (`create`).
 */
export const pairPolicy: Policy<PairRef> = (actor, ability, pair) => {
  if (!inPair(actor, pair)) return hidden;
  if (ability === 'create') return allowedIf(isSupervisor(actor, pair), denied(SUPERVISOR_RECORDS));
  return allowed;
};

/**
 * A session: both members see it; the supervisor records it (`change`) and removes a planned one
 * (`remove`); the worker confirms or asks for a change (`manage`). Anyone else: hidden.
 */
export const sessionPolicy: Policy<PairRef> = (actor, ability, session) => {
  if (!inPair(actor, session)) return hidden;
  if (ability === 'see' || ability === 'list') return allowed;
  if (ability === 'manage') return allowedIf(isWorker(actor, session), denied(WORKER_CONFIRMS));
  return allowedIf(isSupervisor(actor, session), denied(SUPERVISOR_RECORDS));
};

/** A private note: whose it is. */
export interface PrivateNoteRef {
  orgId: string;
  writerId: string;
}

/** A private note: its writer, every ability; anyone else (the other member of the pair too) finds nothing. */
export const privateNotePolicy: Policy<PrivateNoteRef> = (actor, _ability, note) => allowedIf(note.orgId === actor.orgId && note.writerId === actor.personId);

/** A worker as the assignment rule sees them. */
export interface WorkerRef {
  orgId: string;
  id: string;
  managerId: string | null;
}

/**
 * Who supervises a worker: org admins and the worker's line manager see and change it; the worker
 * sees their own; anyone else is not told the worker exists here.
 */
export const assignmentPolicy: Policy<WorkerRef> = (actor, ability, worker) => {
  if (actor.orgId !== worker.orgId) return hidden;
  const manages = hasRole(actor, 'org_admin') || worker.managerId === actor.personId;
  if (manages) return allowed;
  if (actor.personId === worker.id) return allowedIf(ability === 'see', denied('An organisation admin or your line manager changes who supervises you.'));
  return hidden;
};

/** The organisation's assignments as a list: org admins only. */
export const assignmentsListPolicy: Policy<{ orgId: string }> = (actor, _ability, org) => {
  if (org.orgId !== actor.orgId) return hidden;
  return allowedIf(hasRole(actor, 'org_admin'), denied('Only an organisation admin lists everyone’s supervisor.'));
};

/** Sessions held per unit: counts only, for org admins and supervisors (their own units). */
export const heldCountsPolicy: Policy<{ orgId: string }> = (actor, _ability, org) => {
  if (org.orgId !== actor.orgId) return hidden;
  return allowedIf(hasRole(actor, 'org_admin') || hasRole(actor, 'supervisor'), denied('Only organisation admins and supervisors see how many sessions were held.'));
};

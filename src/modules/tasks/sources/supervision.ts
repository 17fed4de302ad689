import { hasRole } from '../../../platform/access/policy.js';
import { supervisionWaitingOnSupervisor, supervisionWaitingOnWorker } from '../../supervision/use-cases/waiting.js';
import { draft, isMemberOfStaff, type TaskSource } from './sources.js';

/** As the supervised worker: records to confirm, and supervision overdue by the pair's rhythm. */
export const mySupervisionTasks: TaskSource = async (db, actor) => {
  if (!isMemberOfStaff(actor)) return [];
  const waiting = await supervisionWaitingOnWorker(db, actor);
  return [
    ...waiting.toConfirm.map((s) => draft('supervision-to-confirm', s.id, `/supervision/sessions/${s.id}`, { subject: s.heldOn })),
    ...(waiting.overdueSince ? [draft('supervision-overdue', 'mine', '/me/supervision', { dueOn: waiting.overdueSince, detail: waiting.noneHeld ? 'none-held' : null })] : []),
  ];
};

/** As a supervisor: how many supervisees are overdue, and how many records came back with a change asked. */
export const superviseeTasks: TaskSource = async (db, actor) => {
  if (!hasRole(actor, 'supervisor') && !hasRole(actor, 'org_admin')) return [];
  const waiting = await supervisionWaitingOnSupervisor(db, actor);
  return [
    ...(waiting.changeAsked > 0 ? [draft('supervision-change-asked', 'supervisees', '/supervision/supervisees', { count: waiting.changeAsked })] : []),
    ...(waiting.overdue > 0 ? [draft('supervisees-overdue', 'supervisees', '/supervision/supervisees', { count: waiting.overdue, dueOn: waiting.overdueSince })] : []),
  ];
};

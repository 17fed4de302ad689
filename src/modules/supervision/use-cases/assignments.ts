import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit, recordListRead } from '../../../platform/audit/audit-store.js';
import type { Db } from '../../../platform/db/client.js';
import { invalid } from '../../../platform/http/errors.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { namesOf } from '../../people/person-names.js';
import { findPair, pairsPage, personExists, setAssignment } from '../pair-store.js';
import { assignmentPolicy, assignmentsListPolicy } from '../policy.js';
import { pairOr404 } from './pair-context.js';

/**
 * Who supervises whom: the line manager unless an org admin or the line manager chose someone
 * else. A list of people with their supervisors is a read of each listed person's record.
 */

/** A page of the organisation's people with the supervisor in force (org admins); one list read logged. */
export async function listAssignments(db: Db, actor: Actor, filter: { unitId?: string | undefined; limit: number; offset: number }) {
  authorize(assignmentsListPolicy(actor, 'list', { orgId: actor.orgId }), 'The supervisor assignments');
  const { pairs, total } = await pairsPage(db, actor.orgId, filter);
  const names = await namesOf(db, actor.orgId, pairs.map((p) => p.supervisorId));
  await recordListRead(db, actor, 'supervision-assignments', pairs.map((p) => p.worker.id), filter.unitId ? { unitId: filter.unitId } : {});
  return {
    total,
    assignments: pairs.map((p) => ({
      person: { id: p.worker.id, name: p.worker.name, unitName: p.worker.unitName },
      supervisor: p.supervisorId && p.source !== 'none' ? { id: p.supervisorId, name: names.get(p.supervisorId) ?? '', source: p.source as 'line-manager' | 'assigned' } : null,
    })),
  };
}

/**
 * Sets who supervises a worker (null, or the line manager: the line manager again). Org admins and
 * the worker's line manager; the worker is told who may; anyone else finds nobody (404).
 */
export async function assignSupervisor(db: Db, actor: Actor, workerId: string, supervisorId: string | null) {
  return db.transaction(async (tx) => {
    const pair = await pairOr404(tx, actor, workerId);
    authorize(assignmentPolicy(actor, 'change', { orgId: actor.orgId, id: workerId, managerId: pair.worker.managerId }), 'The person');
    if (supervisorId === workerId) throw invalid('supervisorId', 'a person cannot supervise themself');
    if (supervisorId && !(await personExists(tx, actor.orgId, supervisorId))) throw invalid('supervisorId', 'no such person in this organisation');
    const chosen = supervisorId === pair.worker.managerId ? null : supervisorId;
    await setAssignment(tx, actor.orgId, workerId, chosen, actor.personId);
    await recordAudit(tx, actor, { type: 'supervision.assigned', subjectPersonId: workerId, data: { supervisorId: chosen ?? pair.worker.managerId, source: chosen ? 'assigned' : 'line-manager' } });
    const now = (await findPair(tx, actor.orgId, workerId))!;
    const names = await namesOf(tx, actor.orgId, [now.supervisorId]);
    return {
      person: { id: now.worker.id, name: now.worker.name, unitName: now.worker.unitName },
      supervisor: now.supervisorId && now.source !== 'none' ? { id: now.supervisorId, name: names.get(now.supervisorId) ?? '', source: now.source as 'line-manager' | 'assigned' } : null,
    };
  });
}

import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { Db, Tx } from '../../../platform/db/client.js';
import { badRequest, conflict } from '../../../platform/http/errors.js';
import { listUnits } from '../../units/unit-store.js';
import { assessmentPack } from '../assessment-pack.js';
import { requirePersonOfOrg } from '../cycle-lookups.js';
import { type CycleRow, closeCycle, insertCycle } from '../cycle-store.js';
import type { TCycleInput } from '../model.js';
import { freezeSurvey } from '../survey-freeze.js';
import { loadCycle } from './load-resource.js';

/**
 * Opens a cycle of the latest installed version of a pack (the route lets only the organisation's
 * admins call it); each person and the unit named must be of the organisation (400 naming the
 * field). A staff survey freezes its tree, respondents and thresholds in the same transaction.
 */
export async function openCycle(db: Db, actor: Actor, input: TCycleInput): Promise<CycleRow> {
  return db.transaction(async (tx) => openCycleIn(tx, actor, input));
}

/** The same, inside a transaction the caller holds (a collaborative opens a survey and links it in one). */
export async function openCycleIn(tx: Tx, actor: Actor, input: TCycleInput): Promise<CycleRow> {
  const pack = await assessmentPack(tx, input.packId);
  if (!pack) throw badRequest('There is no such assessment pack.', [{ field: 'packId', problem: 'is not an installed assessment pack' }]);
  if (input.unitId !== null && !(await listUnits(tx, actor.orgId)).some((u) => u.id === input.unitId)) {
    throw badRequest('That unit is not in your organisation.', [{ field: 'unitId', problem: 'is not a unit of your organisation' }]);
  }
  if (input.leadPersonId) await requirePersonOfOrg(tx, actor.orgId, input.leadPersonId, 'leadPersonId');
  for (const [i, personId] of input.contributorIds.entries()) await requirePersonOfOrg(tx, actor.orgId, personId, `contributorIds.${i}`);
  const id = await insertCycle(tx, actor.orgId, input, pack.pack.version, actor.personId);
  if (input.mode === 'staff-survey') await freezeSurvey(tx, { orgId: actor.orgId, id, unitId: input.unitId });
  await recordAudit(tx, actor, { type: 'assessment.cycle-opened', data: { cycleId: id, packId: input.packId, mode: input.mode } });
  return loadCycle(tx, actor, id, 'see');
}

/** Closes a cycle (admins and its lead; 409 if already closed): its ratings stay as they are. */
export async function closeAssessmentCycle(db: Db, actor: Actor, cycleId: string): Promise<CycleRow> {
  return db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, actor, cycleId, 'manage', { lock: true });
    if (!(await closeCycle(tx, actor.orgId, cycle.id))) throw conflict('This assessment cycle is already closed.');
    await recordAudit(tx, actor, { type: 'assessment.cycle-closed', data: { cycleId: cycle.id } });
    return loadCycle(tx, actor, cycle.id, 'see');
  });
}

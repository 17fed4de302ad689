import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest } from '../../../platform/http/errors.js';
import { todayIn } from '../../../platform/time/day.js';
import { type ActionPatch, type ActionRow, addActionNote, insertAction, listActions, updateAction } from '../action-store.js';
import { requireCriterion, requirePersonOfOrg } from '../cycle-lookups.js';
import { ratingsOf } from '../cycle-store.js';
import { mayHaveAction } from '../model.js';
import { loadAction, loadActionPlan } from './load-resource.js';

/**
 * Action plans' writes: each authorises (actionPlanPolicy, actionPolicy), writes with its audit
 * event in one transaction, and returns the action as stored, for the caller to present.
 */

/** Plans an action for a criterion rated amber or red (400 naming criterionId otherwise), owned by a person of the organisation. */
export async function planAction(
  db: Db,
  actor: Actor,
  input: { cycleId: string; criterionId: string; title: string; ownerPersonId: string; dueOn: string },
): Promise<ActionRow> {
  return db.transaction(async (tx) => {
    const cycle = await loadActionPlan(tx, actor, input.cycleId, 'create', { lock: true });
    await requireCriterion(tx, cycle, input.criterionId);
    const row = (await ratingsOf(tx, actor.orgId, [cycle.id])).find((r) => r.criterionId === input.criterionId);
    if (!mayHaveAction(row?.rating ?? null)) {
      throw badRequest('Actions are for gaps: rate the criterion amber or red first.', [
        { field: 'criterionId', problem: `is rated ${row?.rating ?? 'not at all'}; an action needs amber or red` },
      ]);
    }
    await requirePersonOfOrg(tx, actor.orgId, input.ownerPersonId, 'ownerPersonId');
    const actionId = await insertAction(tx, actor.orgId, cycle.id, input.criterionId, input, actor.personId);
    await recordAudit(tx, actor, { type: 'assessment.action-created', data: { cycleId: cycle.id, criterionId: input.criterionId, actionId } });
    return (await listActions(tx, actor.orgId, { actionId }))[0]!;
  });
}

/** Changes an action's status, owner or due date; audited only when something changed. */
export async function changeAction(db: Db, actor: Actor, actionId: string, patch: ActionPatch): Promise<ActionRow> {
  return db.transaction(async (tx) => {
    await loadAction(tx, actor, actionId, 'change');
    if (patch.ownerPersonId) await requirePersonOfOrg(tx, actor.orgId, patch.ownerPersonId, 'ownerPersonId');
    const fields = await updateAction(tx, actor.orgId, actionId, patch, todayIn(actor.timeZone));
    if (fields.length > 0) await recordAudit(tx, actor, { type: 'assessment.action-changed', data: { actionId, fields } });
    return (await listActions(tx, actor.orgId, { actionId }))[0]!;
  });
}

/** Adds a progress note to an action. */
export async function noteAction(db: Db, actor: Actor, actionId: string, body: string): Promise<ActionRow> {
  return db.transaction(async (tx) => {
    await loadAction(tx, actor, actionId, 'create');
    await addActionNote(tx, actor.orgId, actionId, body, actor.personId);
    await recordAudit(tx, actor, { type: 'assessment.action-noted', data: { actionId } });
    return (await listActions(tx, actor.orgId, { actionId }))[0]!;
  });
}

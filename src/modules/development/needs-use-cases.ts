import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Db } from '../../platform/db/client.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { loadUnitAccess } from '../framework/unit-scope.js';
import type { TNeedsInput } from './model.js';
import { presentNeeds, type TNeedsAssessment } from './needs-present.js';
import { insertNeedsAssessment, needsAssessmentsOf } from './needs-store.js';
import { needsPolicy } from './policy.js';

/** Training needs assessments of a unit (H.tna), by the people who look after it. */

const WHAT = 'The unit';

/** A unit's assessments, newest first. The unit list is open to all, but its needs are its managers' working notes. */
export async function listNeedsAssessments(db: Db, actor: Actor, unitId: string): Promise<TNeedsAssessment[]> {
  authorize(needsPolicy(actor, 'list', (await loadUnitAccess(db, actor, unitId)).access), WHAT);
  return (await needsAssessmentsOf(db, actor.orgId, unitId)).map(presentNeeds);
}

/** Records an assessment of the unit with its audit event in one transaction; returns it as stored. */
export async function recordNeedsAssessment(db: Db, actor: Actor, unitId: string, input: TNeedsInput): Promise<TNeedsAssessment> {
  return db.transaction(async (tx) => {
    authorize(needsPolicy(actor, 'create', (await loadUnitAccess(tx, actor, unitId)).access), WHAT);
    const assessmentId = await insertNeedsAssessment(tx, actor.orgId, unitId, input, actor.personId);
    await recordAudit(tx, actor, { type: 'needs.assessed', data: { unitId, assessmentId } });
    const stored = (await needsAssessmentsOf(tx, actor.orgId, unitId)).find((r) => r.id === assessmentId);
    if (!stored) throw new Error(`needs assessment ${assessmentId} not found after insert`);
    return presentNeeds(stored);
  });
}

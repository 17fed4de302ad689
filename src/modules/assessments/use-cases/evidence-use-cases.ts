import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { Db } from '../../../platform/db/client.js';
import { requireCriterion } from '../cycle-lookups.js';
import { addComment, addEvidence, commentsOf, type EvidenceInput, type EvidenceRow, evidenceOf } from '../review-store.js';
import { loadEvidenceCycle, loadReview } from './load-resource.js';

/** Adds evidence (text, link or a checked file) to a criterion of an open cycle: its contributors and lead. */
export async function addCriterionEvidence(db: Db, actor: Actor, input: { cycleId: string; criterionId: string; evidence: EvidenceInput }): Promise<EvidenceRow> {
  return db.transaction(async (tx) => {
    const cycle = await loadEvidenceCycle(tx, actor, input.cycleId, 'create', { open: true, lock: true });
    await requireCriterion(tx, cycle, input.criterionId);
    const evidenceId = await addEvidence(tx, actor.orgId, cycle.id, input.criterionId, input.evidence, actor.personId);
    await recordAudit(tx, actor, { type: 'assessment.evidence-added', data: { cycleId: cycle.id, criterionId: input.criterionId, evidenceId, kind: input.evidence.kind } });
    return (await evidenceOf(tx, actor.orgId, cycle.id)).find((e) => e.id === evidenceId)!;
  });
}

/** Comments on a criterion of an open cycle: its contributors and lead. Returns the stored comment. */
export async function commentOnCriterion(db: Db, actor: Actor, input: { cycleId: string; criterionId: string; body: string }) {
  return db.transaction(async (tx) => {
    const cycle = await loadReview(tx, actor, input.cycleId, 'create', { open: true, lock: true });
    await requireCriterion(tx, cycle, input.criterionId);
    const commentId = await addComment(tx, actor.orgId, cycle.id, input.criterionId, input.body, actor.personId);
    await recordAudit(tx, actor, { type: 'assessment.commented', data: { cycleId: cycle.id, criterionId: input.criterionId } });
    return (await commentsOf(tx, actor.orgId, cycle.id, input.criterionId)).find((x) => x.id === commentId)!;
  });
}

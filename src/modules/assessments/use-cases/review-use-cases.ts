import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest } from '../../../platform/http/errors.js';
import { packOfCycle, requireCriterion } from '../cycle-lookups.js';
import { ratingsOf } from '../cycle-store.js';
import type { Rating } from '../model.js';
import { confirmRating, setRating, setSectionNote } from '../review-store.js';
import { loadReview } from './load-resource.js';

/**
 * A team review's writes. Each loads the cycle locked (closing cannot race it), authorises
 * through reviewPolicy, refuses a closed cycle, and writes with its audit event in one transaction.
 */

export interface CriterionRating {
  cycleId: string;
  criterionId: string;
  rating: Rating;
}

/** A contributor or the lead proposes a rating; returns whether the criterion already had a confirmed one. */
export async function rateCriterion(db: Db, actor: Actor, input: CriterionRating): Promise<{ criterionId: string; rating: Rating; confirmed: boolean }> {
  return db.transaction(async (tx) => {
    const cycle = await loadReview(tx, actor, input.cycleId, 'change', { open: true, lock: true });
    await requireCriterion(tx, cycle, input.criterionId);
    await setRating(tx, actor.orgId, cycle.id, input.criterionId, input.rating, actor.personId);
    await recordAudit(tx, actor, { type: 'assessment.rated', data: { cycleId: cycle.id, criterionId: input.criterionId, rating: input.rating } });
    const [row] = (await ratingsOf(tx, actor.orgId, [cycle.id])).filter((r) => r.criterionId === input.criterionId);
    return { criterionId: input.criterionId, rating: input.rating, confirmed: Boolean(row?.confirmedAt) };
  });
}

/** The lead confirms a criterion's final rating. */
export async function confirmCriterion(db: Db, actor: Actor, input: CriterionRating): Promise<{ criterionId: string; rating: Rating; confirmed: true }> {
  await db.transaction(async (tx) => {
    const cycle = await loadReview(tx, actor, input.cycleId, 'manage', { open: true, lock: true });
    await requireCriterion(tx, cycle, input.criterionId);
    await confirmRating(tx, actor.orgId, cycle.id, input.criterionId, input.rating, actor.personId);
    await recordAudit(tx, actor, { type: 'assessment.confirmed', data: { cycleId: cycle.id, criterionId: input.criterionId, rating: input.rating } });
  });
  return { criterionId: input.criterionId, rating: input.rating, confirmed: true };
}

/** A contributor or the lead writes a section's journey note; 400 naming sectionId for a section not in the cycle's pack. */
export async function writeSectionNote(db: Db, actor: Actor, input: { cycleId: string; sectionId: string; note: string }): Promise<{ sectionId: string; note: string }> {
  await db.transaction(async (tx) => {
    const cycle = await loadReview(tx, actor, input.cycleId, 'change', { open: true, lock: true });
    const pack = await packOfCycle(tx, cycle);
    if (!pack.pack.body.sections.some((s) => s.id === input.sectionId)) {
      throw badRequest('That section is not part of this assessment.', [{ field: 'sectionId', problem: `"${input.sectionId}" is not a section of ${cycle.packId}` }]);
    }
    await setSectionNote(tx, actor.orgId, cycle.id, input.sectionId, input.note, actor.personId);
    await recordAudit(tx, actor, { type: 'assessment.note-updated', data: { cycleId: cycle.id, sectionId: input.sectionId } });
  });
  return { sectionId: input.sectionId, note: input.note };
}

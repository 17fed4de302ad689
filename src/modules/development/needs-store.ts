import { and, desc, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { FRAMEWORK_PACK } from '../framework/framework-pack.js';
import type { TNeedsInput } from './model.js';
import { needsAssessments } from './schema.js';
import { namesOf } from '../people/person-names.js';

/**
 * The answers column keeps what has no column of its own: the service remit in the manager's
 * words, the recovery stages and notes. Its shape follows ZNeedsInput.
 */
export interface NeedsAnswers {
  serviceRemit: string | null;
  recoveryStages: string[];
  notes: string | null;
}

/** Records a unit's training needs assessment against the current pack; returns its id. */
export async function insertNeedsAssessment(q: Queryable, orgId: string, unitId: string, input: TNeedsInput, byPersonId: string) {
  const id = uuidv7();
  const answers: NeedsAnswers = { serviceRemit: input.serviceRemit ?? null, recoveryStages: input.recoveryStages, notes: input.notes ?? null };
  await q.insert(needsAssessments).values({
    orgId,
    id,
    unitId,
    answers,
    currentLevel: input.currentLevel,
    requiredLevel: input.requiredLevel,
    need: input.need,
    packId: FRAMEWORK_PACK.id,
    packVersion: FRAMEWORK_PACK.version,
    assessedByPersonId: byPersonId,
  });
  return id;
}

/** A unit's needs assessments, newest first, with who made each. */
export async function needsAssessmentsOf(q: Queryable, orgId: string, unitId: string) {
  const rows = await q
    .select()
    .from(needsAssessments)
    .where(and(eq(needsAssessments.orgId, orgId), eq(needsAssessments.unitId, unitId)))
    .orderBy(desc(needsAssessments.assessedAt), desc(needsAssessments.id));
  const names = await namesOf(q, orgId, rows.map((r) => r.assessedByPersonId));
  return rows.map((r) => ({ ...r, assessedByName: r.assessedByPersonId ? (names.get(r.assessedByPersonId) ?? null) : null }));
}
export type NeedsRow = Awaited<ReturnType<typeof needsAssessmentsOf>>[number];

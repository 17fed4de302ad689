import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import { ZLevel } from '../framework/model.js';
import { needsGap } from './development-rules.js';
import { NEED_KINDS, RECOVERY_STAGES } from './model.js';
import type { NeedsAnswers, NeedsRow } from './needs-store.js';

/** A unit's training needs assessment (H.tna) as the API gives it, with the gap it leaves. */
export const ZNeedsAssessment = z
  .object({
    id: z.string(),
    unitId: z.string(),
    serviceRemit: z.string().nullable(),
    recoveryStages: z.array(z.enum(RECOVERY_STAGES)),
    currentLevel: orNull(ZLevel),
    requiredLevel: ZLevel,
    need: z.enum(NEED_KINDS).nullable(),
    notes: z.string().nullable(),
    /** Levels training still has to cover to reach the required level, and what kind of need. */
    gap: z.object({ levels: z.array(ZLevel), hasGap: z.boolean(), need: z.enum(NEED_KINDS).nullable() }),
    packId: z.string(),
    packVersion: z.string(),
    assessedBy: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    assessedAt: z.string(),
  })
  .openapi('NeedsAssessment');
export type TNeedsAssessment = z.infer<typeof ZNeedsAssessment>;

export function presentNeeds(row: NeedsRow): TNeedsAssessment {
  const answers = row.answers as NeedsAnswers;
  return {
    id: row.id,
    unitId: row.unitId,
    serviceRemit: answers.serviceRemit ?? null,
    recoveryStages: (answers.recoveryStages ?? []) as Array<(typeof RECOVERY_STAGES)[number]>,
    currentLevel: row.currentLevel,
    requiredLevel: row.requiredLevel,
    need: row.need,
    notes: answers.notes ?? null,
    gap: needsGap(row.currentLevel, row.requiredLevel, row.need),
    packId: row.packId,
    packVersion: row.packVersion,
    assessedBy: row.assessedByPersonId ? { id: row.assessedByPersonId, name: row.assessedByName } : null,
    assessedAt: row.assessedAt.toISOString(),
  };
}

import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import { CYCLE_MODES, ZRating } from './model.js';
import type { CycleRow } from './cycle-store.js';

/** The fields of a cycle that leave, listed. */
export const ZCycle = z
  .object({
    id: z.string(),
    packId: z.string(),
    packVersion: z.string(),
    title: z.string(),
    unitId: z.string().nullable(),
    mode: z.enum(CYCLE_MODES),
    opensOn: z.string(),
    closesOn: z.string(),
    status: z.enum(['open', 'closed']),
    leadPersonId: z.string().nullable(),
    contributorIds: z.array(z.string()),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .openapi('AssessmentCycle');
export type TCycle = z.infer<typeof ZCycle>;

export function presentCycle(row: CycleRow): TCycle {
  return {
    id: row.id,
    packId: row.packId,
    packVersion: row.packVersion,
    title: row.title,
    unitId: row.unitId,
    mode: row.mode,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    status: row.status,
    leadPersonId: row.leadPersonId,
    contributorIds: row.contributorIds,
    createdAt: row.createdAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

export const ZRagCounts = z.object({ red: z.number().int(), amber: z.number().int(), green: z.number().int(), unrated: z.number().int() }).openapi('RagCounts');
export const ZNullableRating = orNull(ZRating);
export const ZCycleIdParam = z.object({ id: z.uuid('must be an id (UUID)') });
export const ZCriterionParams = z.object({ id: z.uuid('must be an id (UUID)'), criterionId: z.string().min(1).max(100) });

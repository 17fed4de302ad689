import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import { CYCLE_MODES, ZRating } from './model.js';
import type { CycleRow } from './cycle-store.js';
import { safeLink } from '../../platform/http/links.js';
import type { EvidenceRow } from './review-store.js';

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

/** A piece of evidence as it leaves: a file is named and linked, never sent inline; a stored link only when it is a safe scheme. */
export const ZEvidence = z
  .object({
    id: z.string(),
    criterionId: z.string(),
    kind: z.enum(['text', 'link', 'file']),
    body: z.string().nullable(),
    url: z.string().nullable(),
    fileName: z.string().nullable(),
    mediaType: z.string().nullable(),
    sizeBytes: z.number().int().nullable(),
    downloadUrl: z.string().nullable().describe('files only: where to download it'),
    addedByPersonId: z.string().nullable(),
    addedAt: z.string(),
  })
  .openapi('Evidence');

export function presentEvidence(cycleId: string, e: EvidenceRow): z.infer<typeof ZEvidence> {
  return {
    id: e.id,
    criterionId: e.criterionId,
    kind: e.kind,
    body: e.body,
    url: safeLink(e.url),
    fileName: e.fileName,
    mediaType: e.mediaType,
    sizeBytes: e.sizeBytes,
    downloadUrl: e.kind === 'file' ? `/api/v1/assessments/cycles/${cycleId}/criteria/${encodeURIComponent(e.criterionId)}/evidence/${e.id}/file` : null,
    addedByPersonId: e.addedByPersonId,
    addedAt: e.addedAt.toISOString(),
  };
}

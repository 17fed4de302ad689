import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import { ZLevel, ZPlacementAnswers } from './model.js';
import { type PlacementAnswers, placementOutcome } from './placement-rules.js';
import type { PlacementRow } from './placement-store.js';
import type { placementReviews } from './schema.js';

/** What leaves the server about placements and review requests: fields listed one by one. */

export const ZPlacementRecord = z
  .object({
    id: z.string(),
    level: ZLevel,
    /** The level the answers lead to; differs from `level` when the decider chose another (see note). */
    suggestedLevel: orNull(ZLevel),
    answers: ZPlacementAnswers,
    reasons: z.array(z.string()).openapi({ description: 'reason codes, translated by the web app' }),
    note: z.string().nullable(),
    packId: z.string(),
    packVersion: z.string(),
    decidedBy: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    decidedAt: z.string(),
  })
  .openapi('PlacementRecord');

export function presentPlacement(row: PlacementRow): z.infer<typeof ZPlacementRecord> {
  const answers = row.answers as PlacementAnswers;
  const outcome = placementOutcome({ ...answers, specialistInterventions: answers.specialistInterventions ?? null });
  return {
    id: row.id,
    level: row.level,
    suggestedLevel: outcome.kind === 'level' ? outcome.level : null,
    answers: {
      serviceRemit: answers.serviceRemit ?? null,
      workerContact: answers.workerContact ?? null,
      specialistInterventions: answers.specialistInterventions ?? null,
    },
    reasons: row.reasons as string[],
    note: row.note,
    packId: row.packId,
    packVersion: row.packVersion,
    decidedBy: row.decidedByPersonId ? { id: row.decidedByPersonId, name: row.decidedByName } : null,
    decidedAt: row.decidedAt.toISOString(),
  };
}

export const ZRequiredLevel = z
  .object({ level: ZLevel, from: z.enum(['person', 'unit']), unitId: z.string().optional(), unitName: z.string().optional() })
  .openapi('RequiredLevel');

export const ZPlacementReview = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string().nullable(),
    reason: z.string(),
    requestedAt: z.string(),
    status: z.enum(['open', 'answered']),
    response: z.string().nullable(),
    answeredAt: z.string().nullable(),
    answeredBy: z.string().nullable(),
  })
  .openapi('PlacementReview');

type ReviewRow = typeof placementReviews.$inferSelect;

export function presentReview(row: ReviewRow, names: ReadonlyMap<string, string>): z.infer<typeof ZPlacementReview> {
  return {
    id: row.id,
    personId: row.personId,
    personName: names.get(row.personId) ?? null,
    reason: row.reason,
    requestedAt: row.requestedAt.toISOString(),
    status: row.resolvedAt ? 'answered' : 'open',
    response: row.response,
    answeredAt: row.resolvedAt?.toISOString() ?? null,
    answeredBy: row.resolvedByPersonId ? (names.get(row.resolvedByPersonId) ?? null) : null,
  };
}

import { z } from '@hono/zod-openapi';
import { reviewStatus } from './development-rules.js';
import { orNull } from '../../platform/http/openapi-shared.js';
import { ZLevel } from '../framework/model.js';
import { planStatus } from './plan-rules.js';
import type { Goal, SelfAssessmentAnswers, VersionRow } from './plan-store.js';

/** What leaves the server about self-assessments and plans: the fields are listed, never a raw row. */

const REVIEW_STATUSES = ['scheduled', 'due', 'overdue', 'none'] as const;
const PLAN_STATUSES = ['none', 'draft', 'submitted', 'agreed'] as const;
const ZReviewStatus = z.enum(REVIEW_STATUSES).openapi('PlanReviewStatus', { description: 'due opens 14 days before the review date; overdue after it' });
const ZPlanStatus = z.enum(PLAN_STATUSES).openapi('PlanStatus');

/** The answers as sent: every field there, null when skipped (the request may leave fields out). */
const ZSentAnswers = z.object({
  serviceRemit: z.string().nullable(),
  role: z.string().nullable(),
  relevantLevel: orNull(ZLevel),
  strengths: z.string().nullable(),
  areasToDevelop: z.string().nullable(),
});
const ZSentGoal = z.object({ goal: z.string(), expectedOutcome: z.string().nullable() });

export const ZSelfAssessmentVersion = z
  .object({
    id: z.string(),
    version: z.number().int(),
    current: z.boolean().openapi({ description: 'the newest version: the one edits and confirmations apply to' }),
    status: ZPlanStatus,
    packId: z.string(),
    packVersion: z.string(),
    answers: ZSentAnswers,
    goals: z.array(ZSentGoal),
    supportPlan: z.string().nullable(),
    reviewDate: z.string().nullable(),
    reviewStatus: ZReviewStatus,
    managerNotes: z.string().nullable(),
    submittedAt: z.string().nullable(),
    workerConfirmedAt: z.string().nullable(),
    managerConfirmedAt: z.string().nullable(),
    managerName: z.string().nullable().openapi({ description: 'who confirmed or last wrote the plan on the manager side' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('SelfAssessmentVersion');

export const ZSelfAssessmentHistory = z
  .object({
    person: z.object({ id: z.string(), name: z.string(), managerName: z.string().nullable() }),
    you: z.enum(['worker', 'manager']).openapi({ description: 'the side the caller answers and confirms on' }),
    versions: z.array(ZSelfAssessmentVersion).openapi({ description: 'newest first' }),
  })
  .openapi('SelfAssessmentHistory');

export const ZTeamPlanRow = z
  .object({
    personId: z.string(),
    name: z.string(),
    jobTitle: z.string().nullable(),
    status: ZPlanStatus,
    version: z.number().int().nullable(),
    reviewDate: z.string().nullable(),
    reviewStatus: ZReviewStatus,
    workerConfirmedAt: z.string().nullable(),
    managerConfirmedAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .openapi('TeamPlanRow');

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** One version for the wire; `names` maps manager person ids to names. */
export function presentVersion(row: VersionRow, current: boolean, today: string, names: Map<string, string>): z.infer<typeof ZSelfAssessmentVersion> {
  const answers = row.answers as SelfAssessmentAnswers;
  return {
    id: row.id,
    version: row.version,
    current,
    status: planStatus(row),
    packId: row.packId,
    packVersion: row.packVersion,
    answers: {
      serviceRemit: answers.serviceRemit ?? null,
      role: answers.role ?? null,
      relevantLevel: (answers.relevantLevel ?? null) as z.infer<typeof ZSentAnswers>['relevantLevel'],
      strengths: answers.strengths ?? null,
      areasToDevelop: answers.areasToDevelop ?? null,
    },
    goals: (row.goals as Goal[]).map((g) => ({ goal: g.goal, expectedOutcome: g.expectedOutcome ?? null })),
    supportPlan: row.supportPlan,
    reviewDate: row.reviewDate,
    reviewStatus: reviewStatus(row.reviewDate, today),
    managerNotes: row.managerNotes,
    submittedAt: iso(row.submittedAt),
    workerConfirmedAt: iso(row.workerConfirmedAt),
    managerConfirmedAt: iso(row.managerConfirmedAt),
    managerName: row.managerPersonId ? (names.get(row.managerPersonId) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One person's line in the team list, from their latest version (if any). */
export function presentTeamRow(
  person: { id: string; name: string; jobTitle: string | null },
  latest: VersionRow | undefined,
  today: string,
): z.infer<typeof ZTeamPlanRow> {
  return {
    personId: person.id,
    name: person.name,
    jobTitle: person.jobTitle,
    status: planStatus(latest),
    version: latest?.version ?? null,
    reviewDate: latest?.reviewDate ?? null,
    reviewStatus: reviewStatus(latest?.reviewDate ?? null, today),
    workerConfirmedAt: iso(latest?.workerConfirmedAt ?? null),
    managerConfirmedAt: iso(latest?.managerConfirmedAt ?? null),
    updatedAt: iso(latest?.updatedAt ?? null),
  };
}

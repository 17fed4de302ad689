import { z } from '@hono/zod-openapi';
import { answerText, isoDay, optionalText, ZLevel, ZLevelOrNull } from '../framework/model.js';

/** What development requests carry (needs assessments, self-assessments, plans), checked at the edge. Pure: no I/O. */

/** Option ids of the pack's tna.stages question. */
export const RECOVERY_STAGES = ['crisis', 'stabilising', 'processing', 'reconnecting', 'any'] as const;
export const NEED_KINDS = ['knowledge', 'skills', 'both'] as const;

/** A training needs assessment of one unit (H.tna). */
export const ZNeedsInput = z
  .object({
    serviceRemit: optionalText(),
    recoveryStages: z.array(z.enum(RECOVERY_STAGES, { error: `must be one of ${RECOVERY_STAGES.join(', ')}` })).max(RECOVERY_STAGES.length),
    currentLevel: ZLevelOrNull,
    requiredLevel: ZLevel,
    need: z.enum(NEED_KINDS, { error: 'must be knowledge, skills or both' }).nullable(),
    notes: optionalText(),
  })
  .openapi('NeedsAssessmentInput');
export type TNeedsInput = z.infer<typeof ZNeedsInput>;

/** The worker's side of the self-assessment (H.self): their own words, any field skippable. */
export const ZSelfAssessmentAnswers = z
  .object({
    serviceRemit: optionalText(),
    role: optionalText(),
    relevantLevel: ZLevelOrNull.optional(),
    strengths: optionalText(),
    areasToDevelop: optionalText(),
  })
  .openapi('SelfAssessmentAnswers');

export const ZGoal = z
  .object({
    goal: answerText(1000).min(1, 'describe the goal'),
    expectedOutcome: optionalText(1000),
  })
  .openapi('DevelopmentGoal');

/** The plans agreed from it: development goals with outcomes, support, and when to look again. */
export const ZPlanInput = z
  .object({
    goals: z.array(ZGoal).max(20, 'keep to at most 20 goals'),
    supportPlan: optionalText(),
    reviewDate: isoDay.nullish(),
    managerNotes: optionalText(),
  })
  .openapi('PlanInput');
export type TPlanInput = z.infer<typeof ZPlanInput>;

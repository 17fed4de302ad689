import { z } from '@hono/zod-openapi';
import { isRealDate } from '../people/model.js';
import { LEVELS } from './levels.js';

/**
 * What the framework's requests carry, checked at the edge. Pure: no I/O.
 * Every free-text answer may be left empty (every question is skippable); lengths are capped so
 * one answer cannot fill the database.
 */

export const ZLevel = z.enum(LEVELS, { error: 'must be informed, skilled, enhanced or specialist' }).openapi('Level');
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');
const answerText = (max = 4000) => z.string().trim().max(max, `must be at most ${max} characters`);
const optionalText = (max = 4000) => answerText(max).nullish();

/** The placement questions (H.placement); any may be skipped, the outcome then says what is missing. */
export const ZPlacementAnswers = z
  .object({
    serviceRemit: z.boolean().nullable(),
    workerContact: z.boolean().nullable(),
    specialistInterventions: z.boolean().nullish(),
  })
  .openapi('PlacementAnswers');

export const ZPlacementInput = z
  .object({
    answers: ZPlacementAnswers,
    /** The decider may settle on another level than the suggested one, saying why in the note. */
    level: ZLevel.optional(),
    note: optionalText(2000),
  })
  .refine((p) => p.level === undefined || (p.note ?? '').length > 0, {
    path: ['note'],
    message: 'say why when choosing a level other than the one the answers suggest',
  })
  .openapi('PlacementInput');
export type TPlacementInput = z.infer<typeof ZPlacementInput>;

export const ZReviewRequest = z.object({ reason: answerText(2000).min(1, 'say what you would like looked at again') }).openapi('PlacementReviewRequest');
export const ZReviewResponse = z.object({ response: answerText(2000).min(1, 'write a reply for the person') }).openapi('PlacementReviewResponse');

/** Option ids of the pack's tna.stages question. */
export const RECOVERY_STAGES = ['crisis', 'stabilising', 'processing', 'reconnecting', 'any'] as const;
export const NEED_KINDS = ['knowledge', 'skills', 'both'] as const;

/** A training needs assessment of one unit (H.tna). */
export const ZNeedsInput = z
  .object({
    serviceRemit: optionalText(),
    recoveryStages: z.array(z.enum(RECOVERY_STAGES, { error: `must be one of ${RECOVERY_STAGES.join(', ')}` })).max(RECOVERY_STAGES.length),
    currentLevel: ZLevel.nullable(),
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
    relevantLevel: ZLevel.nullish(),
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

export const COURSE_FORMATS = ['in-person', 'online-live', 'online-self-paced', 'blended'] as const;
export const TRAINING_SOURCES = ['in-house', 'local', 'commissioned'] as const;

export const ZCourseInput = z
  .object({
    title: answerText(200).min(1, 'must not be empty'),
    provider: answerText(200).min(1, 'must not be empty'),
    levels: z.array(ZLevel).min(1, 'choose at least one level the course covers'),
    format: z.enum(COURSE_FORMATS, { error: `must be one of ${COURSE_FORMATS.join(', ')}` }),
    hours: z.number({ error: 'must be a number of hours' }).positive('must be more than 0').max(1000),
    cost: optionalText(100),
    language: answerText(50).min(1, 'must not be empty'),
    accessibility: optionalText(1000),
    validForMonths: z.number().int('must be a whole number of months').min(1).max(120).nullish(),
  })
  .openapi('CourseInput');
export type TCourseInput = z.infer<typeof ZCourseInput>;

/**
 * The five quality questions (H.training: the pack's training.* questions) answered before a course
 * is approved. A course is approved only when the four checks are all answered yes.
 */
export const ZQualityReview = z
  .object({
    provision: z.enum(TRAINING_SOURCES, { error: 'must be in-house, local or commissioned' }),
    trainerExperience: z.boolean({ error: 'answer yes or no' }),
    audience: z.boolean({ error: 'answer yes or no' }),
    closesGaps: z.boolean({ error: 'answer yes or no' }),
    transferSupport: z.boolean({ error: 'answer yes or no' }),
    notes: optionalText(),
    approve: z.boolean(),
  })
  .refine((r) => !r.approve || (r.trainerExperience && r.audience && r.closesGaps && r.transferSupport), {
    path: ['approve'],
    message: 'a course can be approved only when all four quality checks are answered yes',
  })
  .openapi('CourseQualityReview');
export type TQualityReview = z.infer<typeof ZQualityReview>;

export const ZTrainingRecordInput = z
  .object({
    courseId: z.uuid('must be the id of a course').nullish(),
    title: answerText(200).nullish(),
    completedOn: isoDay,
    hours: z.number({ error: 'must be a number of hours' }).min(0, 'must not be negative').max(1000),
    levels: z.array(ZLevel).default([]),
    evidenceNote: optionalText(2000),
    expiresOn: isoDay.nullish(),
  })
  .refine((r) => r.courseId || (r.title ?? '').length > 0, { path: ['title'], message: 'name the learning, or choose a course' })
  .refine((r) => !r.expiresOn || r.expiresOn >= r.completedOn, { path: ['expiresOn'], message: 'must not be before the date completed' })
  .openapi('TrainingRecordInput');
export type TTrainingRecordInput = z.infer<typeof ZTrainingRecordInput>;

/** Yearly hours of ongoing development the organisation asks for, per level (W.standards). */
export const ZDevelopmentRequirement = z
  .object({ informed: z.number().min(0).max(500), skilled: z.number().min(0).max(500), enhanced: z.number().min(0).max(500), specialist: z.number().min(0).max(500) })
  .openapi('DevelopmentRequirement');
export const DEFAULT_DEVELOPMENT_HOURS = { informed: 3, skilled: 6, enhanced: 12, specialist: 18 } as const;

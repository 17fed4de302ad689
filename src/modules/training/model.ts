import { z } from '@hono/zod-openapi';
import { answerText, isoDay, optionalText, ZLevel } from '../framework/model.js';

/** What training requests carry (the course catalogue and training records), checked at the edge. Pure: no I/O. */

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

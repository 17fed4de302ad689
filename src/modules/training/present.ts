import { z } from '@hono/zod-openapi';
import { ZLevel } from '../framework/model.js';
import { COURSE_FORMATS, TRAINING_SOURCES } from './model.js';

/** What leaves the server of the catalogue and of training records: shared by the course, record and coverage routes. */

export const ZCourse = z
  .object({
    id: z.string(),
    title: z.string(),
    provider: z.string(),
    levels: z.array(ZLevel),
    format: z.enum(COURSE_FORMATS),
    hours: z.number(),
    cost: z.string().nullable(),
    language: z.string(),
    accessibility: z.string().nullable(),
    validForMonths: z.number().int().nullable(),
    approved: z.boolean(),
    review: z
      .object({
        provision: z.enum(TRAINING_SOURCES),
        trainerExperience: z.boolean(),
        audience: z.boolean(),
        closesGaps: z.boolean(),
        transferSupport: z.boolean(),
        notes: z.string().nullish(),
        approve: z.boolean(),
        reviewedByPersonId: z.string().nullable(),
        reviewedAt: z.string().nullable(),
      })
      .nullable()
      .openapi({ description: 'The latest quality review; shown to org admins only' }),
  })
  .openapi('Course');

export const ZTrainingRecord = z
  .object({
    id: z.string(),
    personId: z.string(),
    courseId: z.string().nullable(),
    title: z.string(),
    completedOn: z.string(),
    hours: z.number(),
    levels: z.array(ZLevel),
    evidenceNote: z.string().nullable(),
    expiresOn: z.string().nullable(),
    validity: z.enum(['current', 'expiring', 'expired']).openapi({ description: 'Expiring opens 60 days before the end' }),
  })
  .openapi('TrainingRecord');

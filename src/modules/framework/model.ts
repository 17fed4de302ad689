import { z } from '@hono/zod-openapi';
import { isRealDate } from '../people/model.js';
import { LEVELS } from './levels.js';

/**
 * What the framework's requests carry, checked at the edge. Pure: no I/O.
 * Every free-text answer may be left empty (every question is skippable); lengths are capped so
 * one answer cannot fill the database. The field shapes here are shared with the development and
 * training modules, whose requests are answered against the same framework.
 */

const LEVEL_ERROR = 'must be informed, skilled, enhanced or specialist';
export const ZLevel = z.enum(LEVELS, { error: LEVEL_ERROR }).openapi('Level');
/**
 * A level or nothing, in a request. Not ZLevel.nullable(): on a named schema the document
 * generator writes allOf [$ref, {type: [string, null]}], which no null satisfies; not
 * orNull(ZLevel) either, whose failures read "Invalid input" instead of the level's message.
 */
export const ZLevelOrNull = z.enum(LEVELS, { error: LEVEL_ERROR }).nullable();
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');
export const answerText = (max = 4000) => z.string().trim().max(max, `must be at most ${max} characters`);
export const optionalText = (max = 4000) => answerText(max).nullish();

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

/**
 * Yearly hours of ongoing development the organisation asks for, per level (W.standards). It is
 * an organisation setting kept with the levels it is counted in.
 */
export const ZDevelopmentRequirement = z
  .object({ informed: z.number().min(0).max(500), skilled: z.number().min(0).max(500), enhanced: z.number().min(0).max(500), specialist: z.number().min(0).max(500) })
  .openapi('DevelopmentRequirement');
export const DEFAULT_DEVELOPMENT_HOURS = { informed: 3, skilled: 6, enhanced: 12, specialist: 18 } as const;

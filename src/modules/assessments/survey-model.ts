import { z } from '@hono/zod-openapi';
import type { FieldProblem } from '../../platform/http/errors.js';

/**
 * The anonymous staff survey, as pure rules (no I/O): the part of an assessment pack a survey
 * answers, what a response may hold, and where a respondent sits in the cycle's unit tree.
 */

/** A text per locale, as packs carry them. */
const ZLocalText = z.record(z.string(), z.string());

/** What a survey needs from an assessment pack's body; the pack format owns the full shape. */
export const ZSurveyShape = z.object({
  ratings: z.object({ scale: z.object({ min: z.number().int(), max: z.number().int() }) }),
  sections: z.array(
    z.object({
      id: z.string(),
      title: ZLocalText,
      criteria: z.array(z.object({ id: z.string(), text: ZLocalText })),
    }),
  ),
});
export type TSurveyShape = z.infer<typeof ZSurveyShape>;

export const MAX_COMMENT_LENGTH = 4000;

/**
 * One response as stored (answers and comments columns of assessment_survey_responses) and as
 * sent: a rating per answered criterion, a comment per section. Everything may be skipped.
 */
export const ZSurveyAnswers = z
  .object({
    answers: z.record(z.string(), z.number().int('must be a whole number on the scale')).default({}),
    comments: z.record(z.string(), z.string().max(MAX_COMMENT_LENGTH, `must be at most ${MAX_COMMENT_LENGTH} characters`)).default({}),
  })
  .openapi('SurveyAnswers', {
    description: 'Ratings keyed by criterion id (skipped criteria left out) and comments keyed by section id. Stored without the person, the time or any link to who answered.',
  });
export type TSurveyAnswers = z.infer<typeof ZSurveyAnswers>;

/** Every problem with a response against its pack: field named, nothing stored when any. */
export function surveyAnswerProblems(shape: TSurveyShape, input: TSurveyAnswers): FieldProblem[] {
  const { min, max } = shape.ratings.scale;
  const criteria = new Set(shape.sections.flatMap((s) => s.criteria.map((c) => c.id)));
  const sections = new Set(shape.sections.map((s) => s.id));
  const problems: FieldProblem[] = [];
  for (const [id, value] of Object.entries(input.answers)) {
    if (!criteria.has(id)) problems.push({ field: `answers.${id}`, problem: 'is not a criterion of this survey' });
    else if (value < min || value > max) problems.push({ field: `answers.${id}`, problem: `must be from ${min} to ${max}` });
  }
  for (const id of Object.keys(input.comments)) {
    if (!sections.has(id)) problems.push({ field: `comments.${id}`, problem: 'is not a section of this survey' });
  }
  return problems;
}

/** The response as it will be stored: blank comments dropped, keys in the pack's order. */
export function normaliseAnswers(shape: TSurveyShape, input: TSurveyAnswers): TSurveyAnswers {
  const answers: Record<string, number> = {};
  const comments: Record<string, string> = {};
  for (const section of shape.sections) {
    for (const c of section.criteria) if (input.answers[c.id] !== undefined) answers[c.id] = input.answers[c.id]!;
    const text = input.comments[section.id]?.trim();
    if (text) comments[section.id] = text;
  }
  return { answers, comments };
}

export interface UnitNode {
  id: string;
  name: string;
  parentId: string | null;
}

/**
 * A unit's path below the cycle's unit (or below the organisation for a whole-org cycle), as
 * unit ids from the top down; [] for the cycle's own unit, for no unit, or for a unit no longer
 * inside the scope (such answers count on the scope itself, a group the gate keeps hidden).
 */
export function pathBelow(scopeUnitId: string | null, unitId: string | null, parents: ReadonlyMap<string, string | null>): string[] {
  if (!unitId || !parents.has(unitId)) return [];
  const path: string[] = [];
  let at: string | null = unitId;
  for (let guard = parents.size + 1; at && guard > 0; guard--) {
    if (at === scopeUnitId) return path.reverse();
    path.push(at);
    at = parents.get(at) ?? null;
  }
  return scopeUnitId === null ? path.reverse() : [];
}

/** Is a person in this unit inside the cycle's scope (its unit and the units inside it)? */
export function inScope(scopeUnitId: string | null, unitId: string | null, parents: ReadonlyMap<string, string | null>): boolean {
  if (scopeUnitId === null) return true;
  if (!unitId) return false;
  return unitId === scopeUnitId || pathBelow(scopeUnitId, unitId, parents).length > 0;
}

/** A cycle's dates and status, as the survey reads them. */
export interface SurveyCycleState {
  status: 'open' | 'closed';
  opensOn: string;
  closesOn: string;
}

/** Answers are taken while the cycle is open and today is within its dates. */
export const acceptsAnswers = (cycle: SurveyCycleState, today: string) => cycle.status === 'open' && cycle.opensOn <= today && today <= cycle.closesOn;

/**
 * Results are shown only once no more answers can come: a figure watched while answers arrive
 * would show what the latest respondent said (and the differencing check would then refuse the
 * final figures until enough more people answered).
 */
export const resultsReady = (cycle: SurveyCycleState, today: string) => cycle.status === 'closed' || cycle.closesOn < today;


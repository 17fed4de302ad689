import { z } from '@hono/zod-openapi';
import { zLink } from '../../platform/http/links.js';
import { isRealDate } from '../people/model.js';

/**
 * Organisational assessments as pure rules (no I/O): what requests carry, who may do what with a
 * cycle, and what the ratings add up to. The pack format owns the criteria; this file only
 * reads them.
 */

export const RATINGS = ['red', 'amber', 'green'] as const;
export type Rating = (typeof RATINGS)[number];
export const ZRating = z.enum(RATINGS, { error: 'must be red, amber or green' }).openapi('RagRating');

export const CYCLE_MODES = ['team-review', 'staff-survey'] as const;
export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const ZCycleInput = z
  .object({
    packId: z.string().min(1, 'must name an installed assessment pack'),
    title: text(200),
    unitId: z.uuid('must be a unit id').nullable().describe('null: the whole organisation'),
    mode: z.enum(CYCLE_MODES, { error: 'must be team-review or staff-survey' }),
    opensOn: ZDay,
    closesOn: ZDay,
    leadPersonId: z.uuid('must be a person id').nullish().describe('team reviews: who confirms the final ratings'),
    contributorIds: z.array(z.uuid('must be a person id')).max(200).default([]).describe('team reviews: who rates together'),
  })
  .superRefine((input, ctx) => {
    if (input.closesOn < input.opensOn) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'must be on or after opensOn' });
    if (input.mode === 'team-review' && !input.leadPersonId) ctx.addIssue({ code: 'custom', path: ['leadPersonId'], message: 'a team review needs a lead' });
  })
  .openapi('AssessmentCycleInput');
export type TCycleInput = z.infer<typeof ZCycleInput>;

export const ZRatingInput = z.object({ rating: ZRating }).openapi('RatingInput');
export const ZEvidenceJson = z
  .discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('text'), body: text(8000) }),
      z.object({
        kind: z.literal('link'),
        url: zLink(2000),
        body: text(500).optional().describe('what the link shows'),
      }),
    ],
    { error: "kind must be 'text' or 'link' (send a file as multipart/form-data)" },
  )
  .openapi('EvidenceInput');
export const ZCommentInput = z.object({ body: text(4000) }).openapi('CommentInput');
export const ZNoteInput = z.object({ note: z.string().trim().max(8000, 'must be at most 8000 characters') }).openapi('JourneyNoteInput');
export const ZActionInput = z
  .object({ title: text(300), ownerPersonId: z.uuid('must be a person id'), dueOn: ZDay })
  .openapi('AssessmentActionInput');
export const ZActionPatch = z
  .object({
    status: z.enum(ACTION_STATUSES, { error: 'must be not-started, in-progress, done or dropped' }).optional(),
    ownerPersonId: z.uuid('must be a person id').optional(),
    dueOn: ZDay.optional(),
  })
  .refine((p) => p.status !== undefined || p.ownerPersonId !== undefined || p.dueOn !== undefined, { message: 'change at least one of status, ownerPersonId, dueOn' })
  .openapi('AssessmentActionPatch');

/** Actions are for gaps: a criterion rated amber or red, never green or unrated. */
export const mayHaveAction = (rating: Rating | null) => rating === 'amber' || rating === 'red';

/** Overdue: due before today and still open (done and dropped actions are never overdue). */
export const isOverdue = (action: { dueOn: string | null; status: ActionStatus }, today: string) =>
  action.dueOn !== null && action.dueOn < today && action.status !== 'done' && action.status !== 'dropped';

/** Today as YYYY-MM-DD in UTC, the calendar the dates are kept in. */

export type RagCounts = Record<Rating | 'unrated', number>;

/** How many criteria carry each confirmed rating; criteria without one count as unrated. */
export function ragCounts(criterionIds: readonly string[], confirmed: ReadonlyMap<string, Rating>): RagCounts {
  const counts: RagCounts = { red: 0, amber: 0, green: 0, unrated: 0 };
  for (const id of criterionIds) counts[confirmed.get(id) ?? 'unrated'] += 1;
  return counts;
}

import { z } from '@hono/zod-openapi';
import { todayIn } from '../../platform/time/day.js';

/** What staff voice means, as pure schemas and rules (no I/O). */

export const CONCERN_KINDS = ['concern', 'suggestion'] as const;
/** "You said, we did": where a concern stands, as its handlers answer it in public. */
export const CONCERN_STATUSES = ['received', 'considering', 'acting', 'done', 'not-doing'] as const;
export type TConcernStatus = (typeof CONCERN_STATUSES)[number];
export const ANNOUNCEMENT_KINDS = ['policy', 'hiring', 'resources', 'other'] as const;

const text = (max: number, empty: string) => z.string().trim().min(1, empty).max(max, `must be at most ${max} characters`);

export const ZConcernInput = z
  .object({
    kind: z.enum(CONCERN_KINDS, { error: 'must be concern or suggestion' }),
    body: text(5000, 'write what you would like to raise'),
    // no default: whether their name goes with it is the person's own choice, made each time
    anonymous: z.boolean({ error: 'choose whether to raise it anonymously (true) or with your name (false)' }),
  })
  .openapi('ConcernInput');
export type TConcernInput = z.infer<typeof ZConcernInput>;

export const ZConcernAnswer = z
  .object({
    status: z.enum(CONCERN_STATUSES, { error: 'must be received, considering, acting, done or not-doing' }),
    publicAnswer: z.string().trim().max(5000, 'must be at most 5000 characters').nullish(),
  })
  .superRefine((input, ctx) => {
    const problem = answerProblem(input.status, input.publicAnswer ?? null);
    if (problem) ctx.addIssue({ code: 'custom', path: ['publicAnswer'], message: problem });
  })
  .openapi('ConcernAnswer');
export type TConcernAnswer = z.infer<typeof ZConcernAnswer>;

/**
 * Why an answer cannot be published as given, or null. Every status past "received" says in
 * public what was done; "not doing" must give its reason, so nobody is simply turned away.
 */
export function answerProblem(status: TConcernStatus, publicAnswer: string | null): string | null {
  const empty = !publicAnswer || publicAnswer.trim() === '';
  if (status === 'not-doing' && empty) return 'say why it will not be done';
  if (status !== 'received' && empty) return 'write the public answer everyone will read';
  return null;
}

/** A concern is on the public list once its handlers have answered it; until then only they read it. */
export const isPublished = (concern: { status: TConcernStatus; publicAnswer: string | null }) => concern.status !== 'received' && !!concern.publicAnswer;

/**
 * The coarse period a concern is kept under: the month where the organisation works, never a
 * day or a time (a time could be set beside sign-ins or office hours to find its writer).
 */
export function periodOf(timeZone: string, at: Date = new Date()): string {
  return todayIn(timeZone, at).slice(0, 7);
}

export const ZAnnouncementInput = z
  .object({
    kind: z.enum(ANNOUNCEMENT_KINDS, { error: 'must be policy, hiring, resources or other' }),
    title: text(200, 'give the announcement a title'),
    body: text(10_000, 'write the announcement'),
    asksRead: z.boolean().default(false).describe('offer everyone an "I have read this"'),
  })
  .openapi('AnnouncementInput');
export type TAnnouncementInput = z.infer<typeof ZAnnouncementInput>;

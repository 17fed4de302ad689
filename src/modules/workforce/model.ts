import { z } from '@hono/zod-openapi';
import { isRealDate } from '../people/model.js';
import { ABSENCE_REASONS, LEAVE_REASONS, WORKER_KINDS } from './schema.js';
import { absenceShapeProblems, moveShapeProblems, type RuleProblem } from './workforce-rules.js';

/**
 * What HR event requests carry, checked at the edge: a start or leave, and an absence spell.
 * The checks of a record's own fields are workforce-rules.ts's, so the import says the same;
 * those that need the person's history or today's date run in the use-case. Pure: no I/O.
 */

export const MOVE_KINDS = ['start', 'leave'] as const;
export { ABSENCE_REASONS, LEAVE_REASONS, WORKER_KINDS };

/** Figures of one kind of worker only (as each person is on record now); absent: everyone. */
export const ZWorkerKindFilter = z
  .enum(WORKER_KINDS, { error: `must be one of ${WORKER_KINDS.join(', ')}` })
  .optional()
  .describe('only people on record as this kind of worker; absent: everyone. Checked by the same gate against every figure shown for the quarter, filtered or not');

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

const addProblems = (ctx: z.RefinementCtx, problems: ReadonlyArray<RuleProblem<string>>) => {
  for (const p of problems) ctx.addIssue({ code: 'custom', path: [p.field], message: p.problem });
};

const unitId = z.uuid('must be the id of a unit').nullish().openapi({ description: "Where the person was then; absent: the person's unit now" });

export const ZMoveInput = z
  .object({
    kind: z.enum(MOVE_KINDS, { error: "must be 'start' or 'leave'" }),
    on: isoDay.openapi({ description: 'The first day of work for a start; the last day of work for a leave' }),
    workerKind: z
      .enum(WORKER_KINDS, { error: `must be one of ${WORKER_KINDS.join(', ')}` })
      .nullish()
      .openapi({ description: "What the person was then (a leaver who was a volunteer, contractor or peer worker); absent: the person's kind now" }),
    leaveReason: z.enum(LEAVE_REASONS, { error: `must be one of ${LEAVE_REASONS.join(', ')}` }).nullish().openapi({ description: 'Required for a leave; none for a start' }),
    unitId,
  })
  .superRefine((move, ctx) => addProblems(ctx, moveShapeProblems(move)))
  .openapi('HrMoveInput');
export type TMoveInput = z.infer<typeof ZMoveInput>;

export const ZAbsenceInput = z
  .object({
    firstDay: isoDay,
    lastDay: isoDay,
    workingDaysLost: z
      .number({ error: 'must be a number of days' })
      .min(0, 'must be a number of days, 0 or more')
      .max(9999, 'must be at most 9999')
      .nullish()
      .openapi({ description: 'Absent: every Monday to Friday of the spell' }),
    reason: z.enum(ABSENCE_REASONS, { error: `must be one of ${ABSENCE_REASONS.join(', ')}` }),
    unitId,
  })
  .superRefine((spell, ctx) => addProblems(ctx, absenceShapeProblems(spell)))
  .openapi('HrAbsenceInput');
export type TAbsenceInput = z.infer<typeof ZAbsenceInput>;

/** An organisation's HR events over a period: events with a day in [from, to] (an absence: any of its days). */
export const ZPeriodFields = {
  from: isoDay.optional().openapi({ description: 'First day of the period; absent: no lower bound' }),
  to: isoDay.optional().openapi({ description: 'Last day of the period; absent: no upper bound' }),
};

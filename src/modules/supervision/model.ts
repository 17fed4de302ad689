import { z } from '@hono/zod-openapi';
import { addDays } from '../../platform/time/day.js';
import type { Level } from '../framework/levels.js';

/**
 * What supervision means, with no I/O: the shared record's shape (drawn from the five things an
 * STS-informed supervisor does, S.org.5), the rhythm in force and when a pair is due or overdue.
 */

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (what: string) =>
  z
    .string()
    .regex(ISO_DAY, `${what} must be a date such as 2026-03-01`)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), `${what} must be a real date`);

/** Free text of a shared or private note: optional, never a score, bounded. */
const note = z.string().trim().max(5000, 'must be at most 5000 characters');

export const ZPlanSessionInput = z.object({ plannedFor: day('the day') }).openapi('SupervisionPlanInput');

/**
 * The shared record of a held session. Every part may be left empty: how the worker is goes in
 * their own words (there is no score anywhere), and nothing asks for what happened in detail.
 */
export const ZRecordSessionInput = z
  .object({
    heldOn: day('the day it was held'),
    howWorkerIs: note.default(''),
    whatWasHard: note.default(''),
    whatHelped: note.default(''),
    supportAgreed: note.default(''),
    referralAgreed: z.boolean().default(false),
    nextDate: day('the next date').nullable().default(null),
  })
  .openapi('SupervisionRecordInput');
export type TRecordSessionInput = z.infer<typeof ZRecordSessionInput>;

export const ZChangeRequestInput = z
  .object({ request: z.string().trim().min(1, 'say what should change').max(2000, 'must be at most 2000 characters') })
  .openapi('SupervisionChangeRequestInput');

export const ZPrivateNoteInput = z
  .object({ body: z.string().trim().min(1, 'write something, or delete the note').max(10_000, 'must be at most 10000 characters') })
  .openapi('SupervisionPrivateNoteInput');

export const ZRhythmInput = z
  .object({ weeks: z.number().int('must be a whole number of weeks').min(1, 'must be at least 1 week').max(26, 'must be at most 26 weeks') })
  .openapi('SupervisionRhythmInput');

export const ZAssignmentInput = z
  .object({ supervisorId: z.uuid('must be a person id (UUID)').nullable().describe('null: the line manager supervises') })
  .openapi('SupervisionAssignmentInput');

/** Problems with a record that zod cannot see alone: dates against today and each other. */
export function recordProblems(input: Pick<TRecordSessionInput, 'heldOn' | 'nextDate'>, today: string): Array<{ field: string; problem: string }> {
  const problems = [];
  if (input.heldOn > today) problems.push({ field: 'heldOn', problem: 'a session is recorded once it has been held: not a future day' });
  if (input.nextDate !== null && input.nextDate <= input.heldOn) problems.push({ field: 'nextDate', problem: 'must be after the day the session was held' });
  return problems;
}

/** The rhythm in force: the pair's agreement, else the organisation's default for the worker's level. */
export function rhythmInForce(level: Level, defaults: Record<Level, number>, agreedWeeks: number | null) {
  return agreedWeeks !== null ? { weeks: agreedWeeks, source: 'agreed' as const } : { weeks: defaults[level], source: 'organisation' as const };
}

export interface SessionDates {
  plannedFor: string;
  status: 'planned' | 'recorded' | 'confirmed' | 'change-asked';
  heldOn: string | null;
  nextDate: string | null;
}

/**
 * When the pair meets next and whether supervision is overdue. Held: the latest session held.
 * Due by: a rhythm's length after it (or after the pair began, when none was held yet). Next: the
 * earliest planned session, else the next date agreed at the latest held one. Overdue: today is
 * past the due day and no session was held since (dates only; the pair alone sees them).
 */
export function supervisionDates(sessions: readonly SessionDates[], rhythmWeeks: number, pairSince: string, today: string) {
  const held = sessions.filter((s) => s.heldOn !== null).sort((a, b) => (a.heldOn! < b.heldOn! ? 1 : -1));
  const lastHeld = held[0]?.heldOn ?? null;
  const dueBy = addDays(lastHeld ?? pairSince, rhythmWeeks * 7);
  const planned = sessions
    .filter((s) => s.status === 'planned')
    .map((s) => s.plannedFor)
    .sort();
  const nextDate = planned[0] ?? held[0]?.nextDate ?? null;
  return { lastHeld, dueBy, nextDate, overdue: today > dueBy };
}

import { z } from '@hono/zod-openapi';
import type { FieldProblem } from '../../platform/http/errors.js';
import { addDays } from '../../platform/time/day.js';
import { HARD_EVENT_CATEGORIES } from './schema.js';
import type { THardEventSettings } from './settings.js';

/** Care after a hard event: what the words mean, pure (no I/O). */

export { HARD_EVENT_CATEGORIES };
export type HardEventCategory = (typeof HARD_EVENT_CATEGORIES)[number];
export const OFFER_STAGES = ['early', 'later'] as const;
export type OfferStage = (typeof OFFER_STAGES)[number];
export type OfferStatus = 'open' | 'taken' | 'declined';

/** The supportive check-in every offer carries: a content pack, answered by version. */
export const AFTER_EVENT_INSTRUMENT = 'tend.after-hard-event';

/** How far back an event may be recorded: offers for an older one would come too late to help. */
export const MAX_EVENT_AGE_DAYS = 365;
/** How far ahead a person may postpone an offer. */
export const MAX_POSTPONE_DAYS = 90;
/** How many people may be named one by one (a larger group is a team). */
export const MAX_NAMED_PEOPLE = 100;
export const MAX_NOTE_LENGTH = 4000;

const ZDay = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });

/**
 * What is recorded about a hard event: a category and a day, for a team or for named people.
 * Strict: there is no field for what happened, and a body that tries to send one (a
 * "description", "details", "notes"…) is refused as a whole rather than silently dropped, so a
 * client that thinks it stored an account of the event learns that it did not.
 */
export const ZHardEventInput = z
  .strictObject(
    {
      category: z.enum(HARD_EVENT_CATEGORIES, { error: `must be one of ${HARD_EVENT_CATEGORIES.join(', ')}` }),
      occurredOn: ZDay,
      unitId: z.uuid('must be an id (UUID)').optional(),
      personIds: z
        .array(z.uuid('must be an id (UUID)'))
        .min(1, 'name at least one person')
        .max(MAX_NAMED_PEOPLE, `name at most ${MAX_NAMED_PEOPLE} people; for a whole team choose the team`)
        .optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `only category, occurredOn and unitId or personIds are recorded: nothing about what happened (${issue.keys.join(', ')})` : undefined) },
  )
  .openapi('HardEventInput');
export type THardEventInput = z.infer<typeof ZHardEventInput>;

/** Every reason the event cannot be recorded as asked, each naming its field. */
export function eventProblems(input: THardEventInput, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.occurredOn > today) problems.push({ field: 'occurredOn', problem: 'cannot be in the future' });
  else if (input.occurredOn < addDays(today, -MAX_EVENT_AGE_DAYS)) problems.push({ field: 'occurredOn', problem: `must be within the last ${MAX_EVENT_AGE_DAYS} days` });
  const forTeam = input.unitId !== undefined;
  const forPeople = input.personIds !== undefined;
  if (forTeam === forPeople) problems.push({ field: 'unitId', problem: 'choose either a team (unitId) or named people (personIds)' });
  if (forPeople && new Set(input.personIds).size !== input.personIds!.length) problems.push({ field: 'personIds', problem: 'each person once' });
  return problems;
}

/**
 * The two offers of an event: early (about 3 days after) and later (about 4 weeks), from the
 * organisation's settings. The later one always comes after the early one, even when an admin
 * set the two the other way round.
 */
export function offerSchedule(occurredOn: string, settings: Pick<THardEventSettings, 'hardEventEarlyOfferDays' | 'hardEventLaterOfferDays'>) {
  const early = settings.hardEventEarlyOfferDays;
  const later = Math.max(settings.hardEventLaterOfferDays, early + 1);
  return [
    { stage: 'early' as const, dueOn: addDays(occurredOn, early) },
    { stage: 'later' as const, dueOn: addDays(occurredOn, later) },
  ];
}

/** An offer as the rules see it. */
export interface OfferState {
  dueOn: string;
  postponedTo: string | null;
  status: OfferStatus;
}

/** The day the offer is next due: the day the person postponed it to, else its own day. */
export const dueDay = (offer: Pick<OfferState, 'dueOn' | 'postponedTo'>) => offer.postponedTo ?? offer.dueOn;

/** Open and its day has come: shown prominently to its person. */
export const isDue = (offer: OfferState, today: string) => offer.status === 'open' && dueDay(offer) <= today;

/** Why an offer cannot be postponed to `until`, or null when it can. */
export function postponeProblem(offer: OfferState, until: string, today: string): FieldProblem | null {
  if (offer.status !== 'open') return { field: 'until', problem: 'this offer is already closed' };
  if (until <= today) return { field: 'until', problem: 'must be a day after today' };
  if (until > addDays(today, MAX_POSTPONE_DAYS)) return { field: 'until', problem: `must be within ${MAX_POSTPONE_DAYS} days` };
  return null;
}

/** Why an offer's check-in cannot be answered today, or null when it can. */
export function answerProblem(offer: OfferState, today: string): string | null {
  if (offer.status !== 'open') return 'this offer is already closed';
  if (dueDay(offer) > today) return `this check-in opens on ${dueDay(offer)}`;
  return null;
}

/** Answers by item id; a skipped question is null or left out. JSON column: changing it may need a migration. */
export const ZCheckInAnswers = z.record(z.string().max(100), z.number().int('must be one of the options').nullable()).openapi('HardEventCheckInAnswers');
export type TCheckInAnswers = z.infer<typeof ZCheckInAnswers>;

export const ZCheckInInput = z
  .strictObject({
    answers: ZCheckInAnswers,
    note: z.string().trim().max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`).nullable().optional(),
  })
  .openapi('HardEventCheckInInput');
export type TCheckInInput = z.infer<typeof ZCheckInInput>;

/** An instrument item as the answer check needs it: its id and the values it offers. */
export interface AnswerableItem {
  id: string;
  values: readonly number[];
}

/** Every answer that is not one of the check-in's questions or options, named `answers.<id>`. */
export function answerProblems(answers: TCheckInAnswers, items: readonly AnswerableItem[]): FieldProblem[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const problems: FieldProblem[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const item = byId.get(id);
    if (!item) problems.push({ field: `answers.${id}`, problem: 'not a question of this check-in' });
    else if (value !== null && !item.values.includes(value)) problems.push({ field: `answers.${id}`, problem: `must be one of ${item.values.join(', ')}, or left out` });
  }
  return problems;
}

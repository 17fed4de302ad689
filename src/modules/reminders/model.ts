import { z } from '@hono/zod-openapi';
import { addDays } from '../../platform/time/day.js';
import { nextDueOn, type Rhythm } from '../wellbeing/model.js';

/**
 * What reminders are and when each is due. Pure: no I/O. A reminder is about one thing (a plan
 * version, a training record, a survey, a pair, a grant) and one due day; the sending round
 * sends each (person, kind, thing, due day) once (schema.ts `reminders_sent`).
 */

export const REMINDER_KINDS = ['check-in-due', 'plan-review-due', 'training-expiring', 'survey-open', 'survey-closing', 'supervision-due', 'grant-expiring', 'collaborative-timepoint-due'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export const ZReminderKind = z.enum(REMINDER_KINDS);

/**
 * Kinds that come from the person's private well-being space. Their email never says what is
 * waiting — not in the subject, not in the preview, not in the body — only that something is,
 * with a link: a mailbox is read on shared screens, by assistants and by mail servers.
 */
export const PRIVATE_KINDS: ReadonlySet<ReminderKind> = new Set(['check-in-due', 'grant-expiring']);
export const isPrivateKind = (kind: ReminderKind) => PRIVATE_KINDS.has(kind);

/** How many days ahead each reminder comes (before the thing's day). */
export const LEAD_DAYS = {
  planReview: 14,
  trainingExpiry: 30,
  surveyClosing: 3,
  supervision: 7,
  grantExpiry: 7,
  collaborativeTimepoint: 14,
} as const;

export interface Preference {
  kind: ReminderKind;
  inApp: boolean;
  email: boolean;
}

/**
 * With no choice made, every kind comes both ways: each is about the person's own work, and a
 * check-in reminder only exists once they chose a rhythm. Everyone can switch any kind off.
 */
export const DEFAULT_PREFERENCE = { inApp: true, email: true } as const;

/** The person's choices over every kind, the defaults filling what they never chose. */
export function preferencesWithDefaults(stored: ReadonlyArray<Preference>): Preference[] {
  const byKind = new Map(stored.map((p) => [p.kind, p]));
  return REMINDER_KINDS.map((kind) => byKind.get(kind) ?? { kind, ...DEFAULT_PREFERENCE });
}

export const ZPreference = z
  .object({
    kind: ZReminderKind,
    inApp: z.boolean().describe('shown in my notifications in Tend'),
    email: z.boolean().describe('sent to my email address'),
  })
  .strict()
  .openapi('ReminderPreference');

export const ZPreferencesInput = z
  .object({
    preferences: z
      .array(ZPreference)
      .min(1, 'must name at least one kind')
      .max(REMINDER_KINDS.length)
      .refine((list) => new Set(list.map((p) => p.kind)).size === list.length, 'names a kind twice'),
  })
  .strict()
  .openapi('ReminderPreferencesInput');

/** Who a reminder is to, beside the thing: the texts differ for the worker and their manager or supervisor. */
export const ZNotificationParams = z
  .object({
    title: z.string().optional().describe("the course's, record's or survey's title"),
    name: z.string().optional().describe("the colleague it is about (a supervisee, a plan's worker), the grant's colleague, or the learning collaborative"),
    role: z.enum(['self', 'manager', 'supervisor']).optional(),
  })
  .strict();
export type TNotificationParams = z.infer<typeof ZNotificationParams>;

/** One reminder due to one person, before delivery. */
export interface DueReminder {
  orgId: string;
  personId: string;
  kind: ReminderKind;
  /** The thing it is about, e.g. `plan:<id>`; with the kind and due day, what makes it unique. */
  subject: string;
  dueOn: string;
  link: string;
  params: TNotificationParams;
}

const lastDayBefore = (day: string, today: string) => day <= today;

/**
 * The check-in reminder's due day under the person's rhythm: the latest day of the series that
 * starts one interval after the last check-in (or on the day the rhythm was chosen, with no
 * check-in yet) and repeats every interval while none is done — so someone who does not check in
 * is reminded once per interval, never daily. Null when the rhythm is off or nothing is due yet.
 * Example: checkInReminderDue('weekly', '2026-11-02', '2026-10-01', '2026-11-17') === '2026-11-16'.
 */
export function checkInReminderDue(rhythm: Rhythm, lastOn: string | null, rhythmSetOn: string, today: string): string | null {
  if (rhythm === 'off') return null;
  let due = lastOn ? nextDueOn(rhythm, lastOn, today)! : rhythmSetOn;
  if (!lastDayBefore(due, today)) return null;
  // at most a few hundred steps (a weekly rhythm chosen years ago); bounded all the same
  for (let i = 0; i < 2000; i++) {
    const next = nextDueOn(rhythm, due, today)!;
    if (next > today) break;
    due = next;
  }
  return due;
}

/** A day that falls within `lead` days ahead (today up to the day itself), or already passed when `orAfter`. */
function within(day: string, lead: number, today: string, orAfter: boolean): boolean {
  if (today < addDays(day, -lead)) return false;
  return orAfter || today <= day;
}

/** An agreed plan's review: due from 14 days before its review day, and still once after it if nobody reviewed it. */
export const planReviewDue = (reviewDate: string, today: string) => (within(reviewDate, LEAD_DAYS.planReview, today, true) ? reviewDate : null);

/** A training record still in date: from 30 days before it expires until its last day. */
export const trainingExpiryDue = (expiresOn: string, today: string) => (within(expiresOn, LEAD_DAYS.trainingExpiry, today, false) ? expiresOn : null);

/** An open staff survey the person has not answered: its opening day, once, while it is open. */
export const surveyOpenDue = (opensOn: string, closesOn: string, today: string) => (opensOn <= today && today <= closesOn ? opensOn : null);

/** Still unanswered close to its end: from 3 days before its closing day until that day. */
export const surveyClosingDue = (closesOn: string, today: string) => (within(closesOn, LEAD_DAYS.surveyClosing, today, false) ? closesOn : null);

/**
 * A pair's supervision: a first reminder from 7 days before it is due by, a second once it is
 * overdue (each sent once), unless a session is already planned (the pair has arranged it).
 */
export function supervisionDue(dueBy: string, planned: boolean, today: string): { dueOn: string; overdue: boolean } | null {
  if (planned || !within(dueBy, LEAD_DAYS.supervision, today, true)) return null;
  return { dueOn: dueBy, overdue: today > dueBy };
}

/** Something the person shares that ends soon: from 7 days before its last day. */
export const grantExpiryDue = (expiresOn: string, today: string) => (within(expiresOn, LEAD_DAYS.grantExpiry, today, false) ? expiresOn : null);

/**
 * A learning collaborative's staff-survey timepoint the organisation has shared no figures for:
 * its admins are told twice — once from 14 days before it is due (`soon`, any day of that window
 * the round first sees it) and once on the day itself (`due`). Each step goes once per timepoint
 * and due day (the sent log's subject names the step); after the day nothing more comes from the
 * round (the hub may still ask, and the Home task stays). Null when neither is due today.
 */
export function collaborativeTimepointDue(dueOn: string, today: string): { dueOn: string; step: 'soon' | 'due' } | null {
  if (today === dueOn) return { dueOn, step: 'due' };
  if (today < dueOn && today >= addDays(dueOn, -LEAD_DAYS.collaborativeTimepoint)) return { dueOn, step: 'soon' };
  return null;
}

/** The sent log's subject of a collaborative timepoint reminder: the timepoint and the step (or the day the hub asked). */
export const collaborativeSubject = (timepointId: string, step: 'soon' | 'due' | { askedOn: string }) =>
  `collaborative:${timepointId}:${typeof step === 'string' ? step : `asked-${step.askedOn}`}`;

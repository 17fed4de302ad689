import { z } from '@hono/zod-openapi';
import type { TInstrumentPack } from '../../content/pack-schema.js';
import { ZLocalText } from '../instruments/present.js';
import { ZSupportContact } from '../wellbeing/support-store.js';
import { dueDay, HARD_EVENT_CATEGORIES, isDue, OFFER_STAGES, ZCheckInAnswers } from './model.js';
import type { CheckInRow, OwnOfferRow } from './offer-store.js';

/**
 * What leaves the hard-events module, field by field. The managers' side (ZHardEvent,
 * ZReferralRequest) has no field for an offer's taken/declined status or for any answer: an
 * offer there is only "offered" and "still open" or not.
 */

export const hardEventTags = ['Care after hard events'];

const ZCategory = z.enum(HARD_EVENT_CATEGORIES);
const ZStage = z.enum(OFFER_STAGES);

export const ZHardEventSummary = z
  .object({
    id: z.string(),
    category: ZCategory,
    occurredOn: z.string(),
    unitName: z.string().nullable().describe('the team, when it was recorded for a team'),
    recordedByMe: z.boolean(),
    peopleOffered: z.number().int().describe('people offered whom you see: all of them for the recorder, your direct reports for a line manager'),
  })
  .openapi('HardEventSummary');

export const ZReferralRequest = z
  .object({ personId: z.string(), name: z.string(), requestedAt: z.string() })
  .openapi('HardEventReferralRequest')
  .describe('Someone asked to be referred for support: the only thing about their offers anyone else learns');

export const ZHardEvent = z
  .object({
    id: z.string(),
    category: ZCategory,
    occurredOn: z.string(),
    unit: z.object({ id: z.string(), name: z.string() }).nullable(),
    recordedByMe: z.boolean(),
    offered: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        offers: z.array(z.object({ stage: ZStage, open: z.boolean().describe('not yet answered or let go; whether it was taken or declined is the person’s own') })),
      }),
    ),
    referralRequests: z.array(ZReferralRequest),
  })
  .openapi('HardEvent');
export type THardEvent = z.infer<typeof ZHardEvent>;

export const ZMyOffer = z
  .object({
    id: z.string(),
    eventId: z.string(),
    stage: ZStage,
    category: ZCategory,
    occurredOn: z.string(),
    dueOn: z.string().describe('the day it is next due: the day you postponed it to, if you did'),
    postponed: z.boolean(),
    status: z.enum(['open', 'taken', 'declined']),
    due: z.boolean().describe('open and its day has come'),
    checkInId: z.string().nullable(),
    referralRequested: z.boolean(),
  })
  .openapi('MyHardEventOffer');

/** One of the person's own offers, with what only they see (status, the day they chose). */
export function presentMyOffer(row: OwnOfferRow, today: string, referrals: ReadonlySet<string>) {
  return {
    id: row.id,
    eventId: row.eventId,
    stage: row.stage,
    category: row.category,
    occurredOn: row.occurredOn,
    dueOn: dueDay(row),
    postponed: row.postponedTo !== null,
    status: row.status,
    due: isDue(row, today),
    checkInId: row.checkInId,
    referralRequested: referrals.has(row.eventId),
  };
}

export const ZCheckInForm = z
  .object({
    instrumentId: z.string(),
    version: z.string(),
    title: ZLocalText,
    intro: ZLocalText,
    contentNote: ZLocalText.nullable(),
    questions: z.array(z.object({ id: z.string(), text: ZLocalText, options: z.array(z.object({ value: z.number(), text: ZLocalText })) })),
  })
  .openapi('HardEventCheckInForm');

/** The check-in's questions from its pack, every one skippable. */
export function presentForm(pack: TInstrumentPack) {
  const sets = new Map(pack.body.answerSets.map((s) => [s.id, s.options]));
  return {
    instrumentId: pack.id,
    version: pack.version,
    title: pack.title,
    intro: pack.body.intro,
    contentNote: pack.body.contentNote,
    questions: pack.body.items.map((item) => ({ id: item.id, text: item.text ?? {}, options: (sets.get(item.answerSet) ?? []).map((o) => ({ value: o.value, text: o.text })) })),
  };
}

export const ZMyCheckIn = z
  .object({ id: z.string(), offerId: z.string(), instrumentId: z.string(), instrumentVersion: z.string(), answers: ZCheckInAnswers, note: z.string().nullable(), answeredAt: z.string() })
  .openapi('MyHardEventCheckIn');

export const presentCheckIn = (row: CheckInRow) => ({
  id: row.id,
  offerId: row.offerId,
  instrumentId: row.instrumentId,
  instrumentVersion: row.instrumentVersion,
  answers: ZCheckInAnswers.parse(row.answers),
  note: row.note,
  answeredAt: row.answeredAt.toISOString(),
});

export const ZCheckInDone = z
  .object({ checkIn: ZMyCheckIn, supportContacts: z.array(ZSupportContact) })
  .openapi('HardEventCheckInDone')
  .describe('Your answers (yours alone) and where support can be found');

const ZFigureCell = z.object({
  unitId: z.string().nullable().describe('null: the whole organisation'),
  unitName: z.string().nullable(),
  depth: z.number().int(),
  status: z.enum(['released', 'suppressed']),
  reason: z.enum(['small-group', 'protects-another']).nullable(),
  people: z.number().int().nullable().describe('distinct people offered'),
  offers: z.number().int().nullable(),
  events: z.number().int().nullable(),
});

export const ZHardEventFigures = z
  .object({ from: z.string(), to: z.string(), minGroupSize: z.number().int(), cells: z.array(ZFigureCell) })
  .openapi('HardEventFigures')
  .describe('Offers after hard events per unit, released through the privacy gate; a hidden cell says only why');
export type THardEventFigures = z.infer<typeof ZHardEventFigures>;

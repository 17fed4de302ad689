import { z } from '@hono/zod-openapi';
import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { HARD_EVENT_CATEGORIES, OFFER_STAGES, ZCheckInAnswers } from './model.js';
import { hardEventCheckIns, hardEventOffers, hardEventReferrals, hardEvents } from './schema.js';

/**
 * A person's own data in the hard-events module, for their export and their erasure: the offers
 * made to them (with what only they know: taken, declined, postponed), their answers, their
 * referral requests, and the events they recorded (category, day, team; never anyone's answers).
 */

export const ZHardEventsPersonalData = z
  .object({
    offers: z.array(
      z.object({
        id: z.string(),
        eventId: z.string(),
        category: z.enum(HARD_EVENT_CATEGORIES),
        occurredOn: z.string(),
        stage: z.enum(OFFER_STAGES),
        dueOn: z.string(),
        postponedTo: z.string().nullable(),
        status: z.enum(['open', 'taken', 'declined']),
      }),
    ),
    checkIns: z.array(
      z.object({ id: z.string(), offerId: z.string(), instrumentId: z.string(), instrumentVersion: z.string(), answers: ZCheckInAnswers, note: z.string().nullable(), answeredAt: z.string() }),
    ),
    referralRequests: z.array(z.object({ eventId: z.string(), requestedAt: z.string() })),
    eventsRecorded: z.array(z.object({ id: z.string(), category: z.enum(HARD_EVENT_CATEGORIES), occurredOn: z.string(), unitId: z.string().nullable(), recordedAt: z.string() })),
  })
  .openapi('HardEventsPersonalData');
export type THardEventsPersonalData = z.infer<typeof ZHardEventsPersonalData>;

/** Everything of the person's own in this module, JSON-ready. */
export async function exportHardEventsData(q: Queryable, orgId: string, personId: string): Promise<THardEventsPersonalData> {
  const offers = await q
    .select({
      id: hardEventOffers.id,
      eventId: hardEventOffers.eventId,
      category: hardEvents.category,
      occurredOn: hardEvents.occurredOn,
      stage: hardEventOffers.stage,
      dueOn: hardEventOffers.dueOn,
      postponedTo: hardEventOffers.postponedTo,
      status: hardEventOffers.status,
    })
    .from(hardEventOffers)
    .innerJoin(hardEvents, and(eq(hardEvents.orgId, hardEventOffers.orgId), eq(hardEvents.id, hardEventOffers.eventId)))
    .where(and(eq(hardEventOffers.orgId, orgId), eq(hardEventOffers.personId, personId)))
    .orderBy(asc(hardEventOffers.dueOn), asc(hardEventOffers.id));
  const checkIns = await q
    .select()
    .from(hardEventCheckIns)
    .where(and(eq(hardEventCheckIns.orgId, orgId), eq(hardEventCheckIns.personId, personId)))
    .orderBy(asc(hardEventCheckIns.answeredAt));
  const referrals = await q
    .select()
    .from(hardEventReferrals)
    .where(and(eq(hardEventReferrals.orgId, orgId), eq(hardEventReferrals.personId, personId)))
    .orderBy(asc(hardEventReferrals.requestedAt));
  const recorded = await q
    .select()
    .from(hardEvents)
    .where(and(eq(hardEvents.orgId, orgId), eq(hardEvents.recordedBy, personId)))
    .orderBy(asc(hardEvents.occurredOn));
  return ZHardEventsPersonalData.parse({
    offers,
    checkIns: checkIns.map((c) => ({
      id: c.id,
      offerId: c.offerId,
      instrumentId: c.instrumentId,
      instrumentVersion: c.instrumentVersion,
      answers: c.answers,
      note: c.note,
      answeredAt: c.answeredAt.toISOString(),
    })),
    referralRequests: referrals.map((r) => ({ eventId: r.eventId, requestedAt: r.requestedAt.toISOString() })),
    eventsRecorded: recorded.map((e) => ({ id: e.id, category: e.category, occurredOn: e.occurredOn, unitId: e.unitId, recordedAt: e.recordedAt.toISOString() })),
  });
}

/**
 * Erases what the person owns here: their answers, referral requests and offers (deleted), and
 * their name as the recorder of events (unlinked: the events stay, because the offers made to
 * the other people affected hang from them and are those people's own). Returns the counts.
 */
export async function eraseHardEventsData(q: Queryable, orgId: string, personId: string): Promise<Record<string, number>> {
  const checkIns = await q
    .delete(hardEventCheckIns)
    .where(and(eq(hardEventCheckIns.orgId, orgId), eq(hardEventCheckIns.personId, personId)))
    .returning({ id: hardEventCheckIns.id });
  const referrals = await q
    .delete(hardEventReferrals)
    .where(and(eq(hardEventReferrals.orgId, orgId), eq(hardEventReferrals.personId, personId)))
    .returning({ id: hardEventReferrals.id });
  const offers = await q
    .delete(hardEventOffers)
    .where(and(eq(hardEventOffers.orgId, orgId), eq(hardEventOffers.personId, personId)))
    .returning({ id: hardEventOffers.id });
  const unlinked = await q
    .update(hardEvents)
    .set({ recordedBy: null })
    .where(and(eq(hardEvents.orgId, orgId), eq(hardEvents.recordedBy, personId)))
    .returning({ id: hardEvents.id });
  return { hardEventCheckIns: checkIns.length, hardEventReferrals: referrals.length, hardEventOffers: offers.length, hardEventsUnlinked: unlinked.length };
}

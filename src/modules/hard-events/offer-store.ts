import { and, asc, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { TCheckInAnswers } from './model.js';
import { hardEventCheckIns, hardEventOffers, hardEventReferrals, hardEvents } from './schema.js';

/**
 * The affected person's own side: their offers, answers and referral requests. PERSONAL: every
 * query takes the owner's person id and matches on it, so another person's id finds nothing.
 */

const offerColumns = {
  id: hardEventOffers.id,
  eventId: hardEventOffers.eventId,
  stage: hardEventOffers.stage,
  dueOn: hardEventOffers.dueOn,
  postponedTo: hardEventOffers.postponedTo,
  status: hardEventOffers.status,
  closedAt: hardEventOffers.closedAt,
  category: hardEvents.category,
  occurredOn: hardEvents.occurredOn,
  checkInId: hardEventCheckIns.id,
};

function ownOffers(q: Queryable) {
  return q
    .select(offerColumns)
    .from(hardEventOffers)
    .innerJoin(hardEvents, and(eq(hardEvents.orgId, hardEventOffers.orgId), eq(hardEvents.id, hardEventOffers.eventId)))
    .leftJoin(hardEventCheckIns, and(eq(hardEventCheckIns.orgId, hardEventOffers.orgId), eq(hardEventCheckIns.offerId, hardEventOffers.id)));
}

export type OwnOfferRow = Awaited<ReturnType<typeof myOffers>>[number];

/** The person's offers, by the day each is due. */
export async function myOffers(q: Queryable, orgId: string, personId: string) {
  return ownOffers(q)
    .where(and(eq(hardEventOffers.orgId, orgId), eq(hardEventOffers.personId, personId)))
    .orderBy(asc(hardEventOffers.dueOn), asc(hardEventOffers.stage), asc(hardEventOffers.id));
}

/** One of the person's offers, or undefined (also when it is someone else's). */
export async function findMyOffer(q: Queryable, orgId: string, personId: string, offerId: string) {
  const [row] = await ownOffers(q).where(and(eq(hardEventOffers.orgId, orgId), eq(hardEventOffers.personId, personId), eq(hardEventOffers.id, offerId)));
  return row;
}

/** Closes an open offer as taken or declined; false when it was not open. */
export async function closeOffer(q: Queryable, orgId: string, personId: string, offerId: string, status: 'taken' | 'declined'): Promise<boolean> {
  const rows = await q
    .update(hardEventOffers)
    .set({ status, closedAt: new Date() })
    .where(and(eq(hardEventOffers.orgId, orgId), eq(hardEventOffers.personId, personId), eq(hardEventOffers.id, offerId), eq(hardEventOffers.status, 'open')))
    .returning({ id: hardEventOffers.id });
  return rows.length > 0;
}

/** Moves an open offer to a later day. */
export async function postponeOffer(q: Queryable, orgId: string, personId: string, offerId: string, until: string): Promise<void> {
  await q
    .update(hardEventOffers)
    .set({ postponedTo: until })
    .where(and(eq(hardEventOffers.orgId, orgId), eq(hardEventOffers.personId, personId), eq(hardEventOffers.id, offerId), eq(hardEventOffers.status, 'open')));
}

export type CheckInRow = typeof hardEventCheckIns.$inferSelect;

/** Keeps the answers to one offer's check-in; returns the row. */
export async function insertCheckIn(
  q: Queryable,
  orgId: string,
  personId: string,
  input: { offerId: string; instrumentId: string; instrumentVersion: string; answers: TCheckInAnswers; note: string | null },
): Promise<CheckInRow> {
  const [row] = await q
    .insert(hardEventCheckIns)
    .values({ orgId, id: uuidv7(), personId, ...input })
    .returning();
  return row!;
}

/** One of the person's check-ins, or undefined (also when it is someone else's). */
export async function findMyCheckIn(q: Queryable, orgId: string, personId: string, id: string): Promise<CheckInRow | undefined> {
  const [row] = await q
    .select()
    .from(hardEventCheckIns)
    .where(and(eq(hardEventCheckIns.orgId, orgId), eq(hardEventCheckIns.personId, personId), eq(hardEventCheckIns.id, id)));
  return row;
}

/** Records that the person asked to be referred after an event; false when they already had. */
export async function insertReferral(q: Queryable, orgId: string, personId: string, eventId: string): Promise<boolean> {
  const rows = await q
    .insert(hardEventReferrals)
    .values({ orgId, id: uuidv7(), eventId, personId })
    .onConflictDoNothing()
    .returning({ id: hardEventReferrals.id });
  return rows.length > 0;
}

/** The events on which the person asked to be referred. */
export async function myReferralEvents(q: Queryable, orgId: string, personId: string): Promise<Set<string>> {
  const rows = await q
    .select({ eventId: hardEventReferrals.eventId })
    .from(hardEventReferrals)
    .where(and(eq(hardEventReferrals.orgId, orgId), eq(hardEventReferrals.personId, personId)));
  return new Set(rows.map((r) => r.eventId));
}

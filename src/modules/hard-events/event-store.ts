import { and, desc, eq, gte, inArray, lte, or, type SQL } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { HardEventCategory, OfferStage } from './model.js';
import { hardEventOffers, hardEventReferrals, hardEvents } from './schema.js';

/**
 * Events, their offers and referral requests as the managers' side reads them. Nothing here
 * returns an offer's taken/declined status to a caller that presents it: `offersOfEvent` gives
 * `open` only, so no presenter can leak the difference by mistake.
 */

export type EventRow = typeof hardEvents.$inferSelect;

/** Records an event; returns its id. */
export async function insertEvent(q: Queryable, orgId: string, input: { category: HardEventCategory; occurredOn: string; unitId: string | null; recordedBy: string }): Promise<string> {
  const id = uuidv7();
  await q.insert(hardEvents).values({ orgId, id, ...input });
  return id;
}

/** Writes the offers of an event, one per person and stage. */
export async function insertOffers(q: Queryable, orgId: string, eventId: string, offers: ReadonlyArray<{ personId: string; unitId: string | null; stage: OfferStage; dueOn: string }>) {
  if (offers.length === 0) return;
  await q.insert(hardEventOffers).values(offers.map((o) => ({ orgId, id: uuidv7(), eventId, ...o })));
}

/** One event of the organisation, or undefined. */
export async function findEvent(q: Queryable, orgId: string, id: string): Promise<EventRow | undefined> {
  const [row] = await q
    .select()
    .from(hardEvents)
    .where(and(eq(hardEvents.orgId, orgId), eq(hardEvents.id, id)));
  return row;
}

/** Events recorded by `recordedBy` or affecting any of `personIds`, newest first (at most `limit`). */
export async function eventsFor(q: Queryable, orgId: string, filter: { recordedBy: string; personIds: readonly string[] }, limit = 100): Promise<EventRow[]> {
  const mine: SQL[] = [eq(hardEvents.recordedBy, filter.recordedBy)];
  if (filter.personIds.length > 0) {
    const affecting = q
      .selectDistinct({ id: hardEventOffers.eventId })
      .from(hardEventOffers)
      .where(and(eq(hardEventOffers.orgId, orgId), inArray(hardEventOffers.personId, [...filter.personIds])));
    mine.push(inArray(hardEvents.id, affecting));
  }
  return q
    .select()
    .from(hardEvents)
    .where(and(eq(hardEvents.orgId, orgId), or(...mine)))
    .orderBy(desc(hardEvents.occurredOn), desc(hardEvents.id))
    .limit(limit);
}

/**
 * Who was offered what on an event, and whether each offer is still open (nothing more). An offer
 * closed before its own day is still shown open until that day: only a decline can close it that
 * early, so showing it closed would tell taken from declined.
 */
export async function offersOfEvent(q: Queryable, orgId: string, eventId: string, today: string) {
  const rows = await q
    .select({ personId: hardEventOffers.personId, stage: hardEventOffers.stage, status: hardEventOffers.status, dueOn: hardEventOffers.dueOn })
    .from(hardEventOffers)
    .where(and(eq(hardEventOffers.orgId, orgId), eq(hardEventOffers.eventId, eventId)));
  return rows.map((r) => ({ personId: r.personId, stage: r.stage, open: r.status === 'open' || r.dueOn > today }));
}

/** Distinct people offered on each of these events. */
export async function offeredCounts(q: Queryable, orgId: string, eventIds: readonly string[]): Promise<Map<string, string[]>> {
  if (eventIds.length === 0) return new Map();
  const rows = await q
    .selectDistinct({ eventId: hardEventOffers.eventId, personId: hardEventOffers.personId })
    .from(hardEventOffers)
    .where(and(eq(hardEventOffers.orgId, orgId), inArray(hardEventOffers.eventId, [...eventIds])));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.eventId, [...(out.get(r.eventId) ?? []), r.personId]);
  return out;
}

export interface ReferralRow {
  eventId: string;
  personId: string;
  requestedAt: Date;
}

const referralColumns = { eventId: hardEventReferrals.eventId, personId: hardEventReferrals.personId, requestedAt: hardEventReferrals.requestedAt };

/** Referral requests on one event. */
export async function referralsOfEvent(q: Queryable, orgId: string, eventId: string): Promise<ReferralRow[]> {
  return q
    .select(referralColumns)
    .from(hardEventReferrals)
    .where(and(eq(hardEventReferrals.orgId, orgId), eq(hardEventReferrals.eventId, eventId)))
    .orderBy(desc(hardEventReferrals.requestedAt));
}

/**
 * Referral requests, newest first: every one of the organisation (`all`), or those on events
 * `recordedBy` recorded and those of `personIds` (a supervisor's direct reports).
 */
export async function referralRequests(q: Queryable, orgId: string, scope: { all: true } | { all: false; recordedBy: string; personIds: readonly string[] }, limit = 200): Promise<ReferralRow[]> {
  const conditions: SQL[] = [eq(hardEventReferrals.orgId, orgId)];
  if (!scope.all) {
    const recorded = q
      .select({ id: hardEvents.id })
      .from(hardEvents)
      .where(and(eq(hardEvents.orgId, orgId), eq(hardEvents.recordedBy, scope.recordedBy)));
    const either: SQL[] = [inArray(hardEventReferrals.eventId, recorded)];
    if (scope.personIds.length > 0) either.push(inArray(hardEventReferrals.personId, [...scope.personIds]));
    conditions.push(or(...either)!);
  }
  return q
    .select(referralColumns)
    .from(hardEventReferrals)
    .where(and(...conditions))
    .orderBy(desc(hardEventReferrals.requestedAt))
    .limit(limit);
}

/** Every offer on events of the period, with the person's unit when offered: the gate's input. */
export async function offersInPeriod(q: Queryable, orgId: string, from: string, to: string) {
  return q
    .select({ personId: hardEventOffers.personId, unitId: hardEventOffers.unitId, eventId: hardEventOffers.eventId })
    .from(hardEventOffers)
    .innerJoin(hardEvents, and(eq(hardEvents.orgId, hardEventOffers.orgId), eq(hardEvents.id, hardEventOffers.eventId)))
    .where(and(eq(hardEventOffers.orgId, orgId), gte(hardEvents.occurredOn, from), lte(hardEvents.occurredOn, to)));
}

import { type Actor, hasRole } from '../../../platform/access/policy.js';
import { recordListRead } from '../../../platform/audit/audit-store.js';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/http/errors.js';
import { todayIn } from '../../../platform/time/day.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { directReportIds, placesOf } from '../../people/people-on-day.js';
import { namesOf } from '../../people/person-names.js';
import { listUnits } from '../../units/unit-store.js';
import { eventsFor, findEvent, offeredCounts, offersOfEvent, referralRequests, referralsOfEvent } from '../event-store.js';
import { OFFER_STAGES } from '../model.js';
import { type EventRef, eventPolicy, referralScope, visibleAffected } from '../policy.js';
import type { THardEvent } from '../present.js';

/**
 * What the recorder of an event and the affected people's line managers see: who was offered
 * and whether each offer is still open, and who asked to be referred. Never an answer, never
 * whether an offer was taken or declined (the store does not even hand that over).
 */

const WHAT = 'The event';

async function eventRef(db: Db, orgId: string, event: { recordedBy: string | null }, personIds: readonly string[]) {
  const places = await placesOf(db, orgId, personIds);
  const ref: EventRef = { orgId, recordedBy: event.recordedBy, managerIds: [...new Set(places.flatMap((p) => (p.managerId ? [p.managerId] : [])))] };
  return { ref, people: places.map((p) => ({ personId: p.id, managerId: p.managerId })) };
}

/** One event with its offers as the actor may see them; 404 for anyone who is neither its recorder nor a line manager of someone it affected. Each look is in the shown people's access logs. */
export async function showEvent(db: Db, actor: Actor, id: string): Promise<THardEvent> {
  const event = await findEvent(db, actor.orgId, id);
  if (!event) throw notFound(WHAT);
  const offers = await offersOfEvent(db, actor.orgId, id, todayIn(actor.timeZone));
  const { ref, people } = await eventRef(db, actor.orgId, event, [...new Set(offers.map((o) => o.personId))]);
  authorize(eventPolicy(actor, 'see', ref), WHAT);
  const shown = new Set(visibleAffected(actor, ref, people).map((p) => p.personId));
  const referrals = (await referralsOfEvent(db, actor.orgId, id)).filter((r) => shown.has(r.personId));
  const unit = event.unitId ? (await listUnits(db, actor.orgId)).find((u) => u.id === event.unitId) : undefined;
  const names = await namesOf(db, actor.orgId, shown);
  if (shown.size > 0) await recordListRead(db, actor, 'hard-event-offers', [...shown], { eventId: id });
  const offered = [...shown]
    .map((personId) => ({
      personId,
      name: names.get(personId) ?? '',
      offers: offers
        .filter((o) => o.personId === personId)
        .sort((a, b) => OFFER_STAGES.indexOf(a.stage) - OFFER_STAGES.indexOf(b.stage))
        .map((o) => ({ stage: o.stage, open: o.open })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    id: event.id,
    category: event.category,
    occurredOn: event.occurredOn,
    unit: unit ? { id: unit.id, name: unit.name } : null,
    recordedByMe: event.recordedBy === actor.personId,
    offered,
    referralRequests: referrals.map((r) => ({ personId: r.personId, name: names.get(r.personId) ?? '', requestedAt: r.requestedAt.toISOString() })),
  };
}

/** The events the actor recorded, and (for a supervisor) those that affected their direct reports; newest first. */
export async function listEvents(db: Db, actor: Actor) {
  const reports = hasRole(actor, 'supervisor') ? await directReportIds(db, actor.orgId, actor.personId) : [];
  const events = await eventsFor(db, actor.orgId, { recordedBy: actor.personId, personIds: reports });
  const offered = await offeredCounts(
    db,
    actor.orgId,
    events.map((e) => e.id),
  );
  const reportSet = new Set(reports);
  const units = new Map((await listUnits(db, actor.orgId)).map((u) => [u.id, u.name]));
  return events.map((e) => {
    const people = offered.get(e.id) ?? [];
    const recordedByMe = e.recordedBy === actor.personId;
    return {
      id: e.id,
      category: e.category,
      occurredOn: e.occurredOn,
      unitName: e.unitId ? (units.get(e.unitId) ?? null) : null,
      recordedByMe,
      peopleOffered: recordedByMe ? people.length : people.filter((p) => reportSet.has(p)).length,
    };
  });
}

/** "X asked to be referred": every request for an org admin; for others those on events they recorded or of their direct reports. */
export async function listReferralRequests(db: Db, actor: Actor) {
  const scope = referralScope(actor);
  const rows = scope.all
    ? await referralRequests(db, actor.orgId, { all: true })
    : await referralRequests(db, actor.orgId, {
        all: false,
        recordedBy: scope.recordedBy,
        personIds: scope.managerId ? await directReportIds(db, actor.orgId, scope.managerId) : [],
      });
  const names = await namesOf(
    db,
    actor.orgId,
    rows.map((r) => r.personId),
  );
  if (rows.length > 0) {
    await recordListRead(
      db,
      actor,
      'hard-event-referral-requests',
      rows.map((r) => r.personId),
    );
  }
  return rows.map((r) => ({ personId: r.personId, name: names.get(r.personId) ?? '', requestedAt: r.requestedAt.toISOString() }));
}

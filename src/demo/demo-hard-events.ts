import type { Queryable } from '../platform/db/client.js';
import { addDays } from '../platform/time/day.js';
import { membersOnDay } from '../modules/people/people-on-day.js';
import { insertEvent, insertOffers } from '../modules/hard-events/event-store.js';
import { offerSchedule } from '../modules/hard-events/model.js';
import { ZHardEventSettings } from '../modules/hard-events/settings.js';

/**
 * One past hard event for the demo worker's team (district nursing), recorded by its team lead
 * five days before the demo was loaded: the demo worker finds the 3-day check-in waiting on Home,
 * the 4-week one still to come, and the team lead sees who was offered.
 */
export async function addDemoHardEvent(q: Queryable, orgId: string, today: string, teamId: string, recordedBy: string): Promise<void> {
  const occurredOn = addDays(today, -5);
  const people = await membersOnDay(q, orgId, teamId, occurredOn);
  const schedule = offerSchedule(occurredOn, ZHardEventSettings.parse({}));
  const eventId = await insertEvent(q, orgId, { category: 'serious-incident', occurredOn, unitId: teamId, recordedBy });
  await insertOffers(
    q,
    orgId,
    eventId,
    people.flatMap((p) => schedule.map((s) => ({ personId: p.id, unitId: p.unitId, stage: s.stage, dueOn: s.dueOn }))),
  );
}

import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest, invalid } from '../../../platform/http/errors.js';
import { getOrganisation } from '../../../platform/tenancy/org-store.js';
import { todayIn } from '../../../platform/time/day.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { membersOnDay, type PersonPlace, placesOf } from '../../people/people-on-day.js';
import { listUnits } from '../../units/unit-store.js';
import { insertEvent, insertOffers } from '../event-store.js';
import { eventProblems, offerSchedule, type THardEventInput } from '../model.js';
import { namedEventPolicy, teamEventPolicy } from '../policy.js';
import { ZHardEventSettings } from '../settings.js';
import { showEvent } from './manager-view.js';

/**
 * Records that a team or named people met a hard event, and offers each of them the two
 * supportive check-ins (about 3 days and about 4 weeks after, from the organisation's settings),
 * in one transaction with its audit event. A team's members are the people in it on that day.
 * Returns the event as its recorder sees it.
 */
export async function recordHardEvent(db: Db, actor: Actor, input: THardEventInput) {
  const problems = eventProblems(input, todayIn(actor.timeZone));
  if (problems.length > 0) throw badRequest('The event cannot be recorded as given. Nothing was recorded.', problems);
  const eventId = await db.transaction(async (tx) => {
    let affected: PersonPlace[];
    if (input.unitId !== undefined) {
      const unit = (await listUnits(tx, actor.orgId)).find((u) => u.id === input.unitId);
      if (!unit) throw invalid('unitId', 'no such team in your organisation');
      affected = await membersOnDay(tx, actor.orgId, unit.id, input.occurredOn);
      const [me] = await placesOf(tx, actor.orgId, [actor.personId]);
      const team = { orgId: actor.orgId, isMember: me?.unitId === unit.id, managesMember: affected.some((p) => p.managerId === actor.personId) };
      authorize(teamEventPolicy(actor, 'create', team), 'The team');
      if (affected.length === 0) throw invalid('unitId', 'nobody worked in this team on that day');
    } else {
      authorize(namedEventPolicy(actor, 'create', { orgId: actor.orgId }), 'The people');
      const ids = input.personIds ?? [];
      affected = await placesOf(tx, actor.orgId, ids);
      const found = new Set(affected.map((p) => p.id));
      const missing = ids.findIndex((id) => !found.has(id));
      if (missing >= 0) throw invalid(`personIds.${missing}`, 'no such person in your organisation');
    }
    const { settings } = await getOrganisation(tx, actor.orgId, ZHardEventSettings);
    const schedule = offerSchedule(input.occurredOn, settings);
    const id = await insertEvent(tx, actor.orgId, { category: input.category, occurredOn: input.occurredOn, unitId: input.unitId ?? null, recordedBy: actor.personId });
    await insertOffers(
      tx,
      actor.orgId,
      id,
      affected.flatMap((p) => schedule.map((s) => ({ personId: p.id, unitId: p.unitId, stage: s.stage, dueOn: s.dueOn }))),
    );
    await recordAudit(tx, actor, {
      type: 'hard-event.recorded',
      subjectPersonIds: affected.map((p) => p.id),
      data: { eventId: id, category: input.category, people: affected.length },
    });
    return id;
  });
  return showEvent(db, actor, eventId);
}

import type { Actor } from '../../platform/access/policy.js';
import { recordAudit, recordListRead, recordRead } from '../../platform/audit/audit-store.js';
import type { ReadRecord } from '../../platform/audit/audit-types.js';
import type { Db, Queryable } from '../../platform/db/client.js';
import { AppError, type FieldProblem, invalid, notFound } from '../../platform/http/errors.js';
import { pageOf } from '../../platform/http/page.js';
import { todayIn } from '../../platform/time/day.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { findPerson, type PersonRow } from '../people/people-store.js';
import { namesOf } from '../people/person-names.js';
import { listUnits } from '../units/unit-store.js';
import { followMoves, lockHrEvents } from './employment-dates.js';
import { absenceDaysOfPerson, dayCursor, deleteHrEvent, type HrEventRow, hrEventsOfPerson, insertAbsences, insertMoves, movesOfPeople, pageHrEvents } from './hr-event-store.js';
import type { TAbsenceInput, TMoveInput } from './model.js';
import { hrEventPolicy, hrEventsPolicy, ownHrEvents } from './policy.js';
import { presentHrEvent, type THrEvent } from './present.js';
import { absenceProblems, daysLostOf, earliestStart, moveProblems } from './workforce-rules.js';

/**
 * HR events as use-cases: load the person, authorise with the HR event policy (hidden and
 * missing answer alike, 404), then read or write with the audit event in one transaction.
 * Every read of someone else's HR events is logged, so the person finds it in "Who has seen my
 * records"; the person's own reads are not.
 */

/** The record name reads are logged under (`records.hr-events` in the web app's words). */
export const HR_RECORD: ReadRecord = 'hr-events';

async function personWhoseHrEvents(q: Queryable, actor: Actor, personId: string, ability: 'see' | 'create' | 'remove'): Promise<PersonRow> {
  const person = await findPerson(q, actor.orgId, personId);
  if (!person) throw notFound('The person');
  authorize(hrEventPolicy(actor, ability, person), 'The person');
  return person;
}

const unitNames = async (q: Queryable, orgId: string) => new Map((await listUnits(q, orgId)).map((u) => [u.id, u.name]));

async function present(q: Queryable, orgId: string, rows: readonly HrEventRow[], withNames: boolean): Promise<THrEvent[]> {
  const units = await unitNames(q, orgId);
  const people = withNames ? await namesOf(q, orgId, rows.map((r) => r.personId)) : undefined;
  return rows.map((row) => presentHrEvent(row, { units, people }));
}

const ruleError = (problems: readonly FieldProblem[]) =>
  new AppError(422, 'invalid', problems.map((p) => `${p.field}: ${p.problem}`).join('; '), [...problems]);

/** A unit given with an event must be one of the organisation's; absent, the person's unit now. */
async function unitOfEvent(q: Queryable, orgId: string, person: PersonRow, unitId: string | null | undefined): Promise<string | null> {
  if (!unitId) return person.unitId;
  if (!(await listUnits(q, orgId)).some((u) => u.id === unitId)) throw invalid('unitId', 'no such unit in this organisation');
  return unitId;
}

/** The actor's own HR events, newest first; not logged (nobody else read them). */
export async function listOwnHrEvents(db: Db, actor: Actor) {
  return { events: await present(db, actor.orgId, await hrEventsOfPerson(db, actor.orgId, actor.personId), false) };
}

/** A person's HR events for an org admin (or the person), newest first; someone else's read is logged. */
export async function listPersonHrEvents(db: Db, actor: Actor, personId: string) {
  await personWhoseHrEvents(db, actor, personId, 'see');
  return db.transaction(async (tx) => {
    const rows = await hrEventsOfPerson(tx, actor.orgId, personId);
    await recordRead(tx, actor, personId, HR_RECORD);
    return { events: await present(tx, actor.orgId, rows, false) };
  });
}

/**
 * A page of the organisation's HR events in a period, newest day first, with names; one
 * `people.listed` event names everyone the page showed (the period as its filters).
 */
export async function listOrgHrEvents(db: Db, actor: Actor, query: { from?: string | undefined; to?: string | undefined; cursor?: string | undefined; limit: number }) {
  authorize(hrEventsPolicy(actor, 'list', ownHrEvents(actor)), 'HR events');
  if (query.from && query.to && query.to < query.from) throw invalid('to', 'must not be before from');
  const after = dayCursor(query.cursor);
  return db.transaction(async (tx) => {
    const page = pageOf(await pageHrEvents(tx, actor.orgId, query, after, query.limit), query.limit, (r) => r.day);
    if (page.items.length > 0) {
      await recordListRead(tx, actor, HR_RECORD, page.items.map((r) => r.personId), { from: query.from ?? null, to: query.to ?? null });
    }
    return { events: await present(tx, actor.orgId, page.items, true), nextCursor: page.nextCursor };
  });
}

/**
 * Records a start or a leave: checked against today where the organisation works and the
 * person's history, then written with its audit event, and the person's start and end dates
 * follow (a start sets an empty or later start date; a leave sets the end date; a start after
 * the last leave clears it).
 */
export async function recordMove(db: Db, actor: Actor, personId: string, input: TMoveInput): Promise<THrEvent> {
  const person = await personWhoseHrEvents(db, actor, personId, 'create');
  return db.transaction(async (tx) => {
    await lockHrEvents(tx, actor.orgId);
    const recorded = await movesOfPeople(tx, actor.orgId, [personId]);
    const problems = moveProblems(input, { today: todayIn(actor.timeZone), knownStart: earliestStart(person.startDate, recorded), recorded });
    if (problems.length > 0) throw ruleError(problems);
    const [eventId] = await insertMoves(
      tx,
      actor.orgId,
      [{ personId, kind: input.kind, on: input.on, unitId: await unitOfEvent(tx, actor.orgId, person, input.unitId), workerKind: input.workerKind ?? person.kind, leaveReason: input.leaveReason ?? null }],
      'entered',
      actor.personId,
    );
    const changed = await followMoves(tx, actor.orgId, [person]);
    await recordAudit(tx, actor, { type: 'hr-event.recorded', subjectPersonId: personId, data: { eventId: eventId!, kind: input.kind, personFields: changed[0]?.fields ?? [] } });
    return (await present(tx, actor.orgId, (await hrEventsOfPerson(tx, actor.orgId, personId)).filter((r) => r.id === eventId), false))[0]!;
  });
}

/** Records an absence spell: its working days lost default to its weekdays; it may not overlap another of the person's. */
export async function recordAbsence(db: Db, actor: Actor, personId: string, input: TAbsenceInput): Promise<THrEvent> {
  const person = await personWhoseHrEvents(db, actor, personId, 'create');
  return db.transaction(async (tx) => {
    await lockHrEvents(tx, actor.orgId);
    const others = await absenceDaysOfPerson(tx, actor.orgId, personId);
    const problems = absenceProblems(input, { today: todayIn(actor.timeZone), others });
    if (problems.length > 0) throw ruleError(problems);
    const [eventId] = await insertAbsences(
      tx,
      actor.orgId,
      [{ personId, firstDay: input.firstDay, lastDay: input.lastDay, workingDaysLost: daysLostOf(input), reason: input.reason, unitId: await unitOfEvent(tx, actor.orgId, person, input.unitId) }],
      'entered',
      actor.personId,
    );
    await recordAudit(tx, actor, { type: 'hr-event.recorded', subjectPersonId: personId, data: { eventId: eventId!, kind: 'absence', personFields: [] } });
    return (await present(tx, actor.orgId, (await hrEventsOfPerson(tx, actor.orgId, personId)).filter((r) => r.id === eventId), false))[0]!;
  });
}

/**
 * Removes one of a person's HR events (404 when it is not theirs). The person's start and end
 * dates are left as they are: they may have been set by hand or by the people import as well,
 * and an admin changes them on the person's record.
 */
export async function removeHrEvent(db: Db, actor: Actor, personId: string, eventId: string): Promise<void> {
  await personWhoseHrEvents(db, actor, personId, 'remove');
  await db.transaction(async (tx) => {
    await lockHrEvents(tx, actor.orgId);
    const kind = await deleteHrEvent(tx, actor.orgId, personId, eventId);
    if (!kind) throw notFound('The HR event');
    await recordAudit(tx, actor, { type: 'hr-event.deleted', subjectPersonId: personId, data: { eventId, kind } });
  });
}

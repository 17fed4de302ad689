import { and, desc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../access/policy.js';
import type { Queryable } from '../db/client.js';
import { people } from '../../modules/people/schema.js';
import type { ReadRecord, TAuditData, TAuditType } from './audit-types.js';
import { auditEvents } from './schema.js';

/**
 * Appends an audit event. Call it with the same transaction as the change it records, so an
 * event exists exactly when the change does.
 */
export async function recordAudit(
  q: Queryable,
  actor: Pick<Actor, 'orgId' | 'accountId' | 'personId'> | null,
  event: { orgId?: string; type: TAuditType; subjectPersonId?: string | null; subjectPersonIds?: readonly string[]; data?: TAuditData },
): Promise<void> {
  const orgId = event.orgId ?? actor?.orgId;
  if (!orgId) throw new Error('audit event without organisation');
  await q.insert(auditEvents).values({
    orgId,
    id: uuidv7(),
    type: event.type,
    actorAccountId: actor?.accountId ?? null,
    actorPersonId: actor?.personId ?? null,
    subjectPersonId: event.subjectPersonId ?? null,
    subjectPersonIds: [...(event.subjectPersonIds ?? [])],
    data: event.data ?? {},
  });
}

/** Records that `actor` read `subjectPersonId`'s record, unless it is their own. */
export async function recordRead(q: Queryable, actor: Actor, subjectPersonId: string, what: ReadRecord): Promise<void> {
  if (subjectPersonId === actor.personId) return;
  await recordAudit(q, actor, { type: 'person.read', subjectPersonId, data: { record: what } });
}

/**
 * Records that `actor` was shown a list of several people's professional records: ONE event
 * per request saying which list, how many people it showed and which filters were used (their
 * names and ids, never a search text, which may be a name), rather than one event per person.
 * The event names everyone shown (`subject_person_ids`, GIN-indexed), so each of them still
 * finds the look in their own "Who has seen my records"; the actor is left out.
 */
export async function recordListRead(q: Queryable, actor: Actor, list: string, personIds: readonly string[], filters: TAuditData = {}): Promise<void> {
  const shown = [...new Set(personIds)].filter((id) => id !== actor.personId);
  await recordAudit(q, actor, { type: 'people.listed', subjectPersonIds: shown, data: { list, people: personIds.length, ...filters } });
}

/** Who looked at or changed this person's records, newest first (their own actions left out). */
export async function accessesOfPerson(q: Queryable, orgId: string, personId: string, limit = 200) {
  return q
    .select({
      at: auditEvents.at,
      type: auditEvents.type,
      data: auditEvents.data,
      actorName: people.name,
      actorPersonId: auditEvents.actorPersonId,
    })
    .from(auditEvents)
    .leftJoin(people, and(eq(people.orgId, auditEvents.orgId), eq(people.id, auditEvents.actorPersonId)))
    .where(
      and(
        eq(auditEvents.orgId, orgId),
        or(eq(auditEvents.subjectPersonId, personId), sql`${auditEvents.subjectPersonIds} @> ARRAY[${personId}]::uuid[]`),
        // the operator's actions (no actor person) are shown too; NULL <> x alone would hide them
        or(isNull(auditEvents.actorPersonId), ne(auditEvents.actorPersonId, personId)),
      ),
    )
    .orderBy(desc(auditEvents.at))
    .limit(limit);
}

/** The organisation's audit trail for admins, newest first. */
export async function auditTrail(q: Queryable, orgId: string, limit = 200) {
  return q
    .select({
      at: auditEvents.at,
      type: auditEvents.type,
      data: auditEvents.data,
      actorName: people.name,
      subjectPersonId: auditEvents.subjectPersonId,
    })
    .from(auditEvents)
    .leftJoin(people, and(eq(people.orgId, auditEvents.orgId), eq(people.id, auditEvents.actorPersonId)))
    .where(eq(auditEvents.orgId, orgId))
    .orderBy(desc(auditEvents.at))
    .limit(limit);
}


import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { setEmploymentDates } from '../people/people-store.js';
import { movesOfPeople } from './hr-event-store.js';
import { employmentDatesAfter } from './workforce-rules.js';

/**
 * Keeps people's start and end dates true to their recorded starts and leaves (workforce-rules'
 * employmentDatesAfter), for one person entered by hand or everyone an import touched.
 */

/**
 * Serialises HR event writes of one organisation: each write checks what is stored (an overlap,
 * a repeated start) and then inserts, so two at once could each pass the check. Admin work is
 * rare, so one lock per organisation costs nothing.
 */
export async function lockHrEvents(q: Queryable, orgId: string): Promise<void> {
  await q.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`hr-events:${orgId}`}))`);
}

/**
 * Recomputes the dates of these people from all their moves and writes those that change.
 * Returns the ids of the people whose dates changed, with which fields.
 */
export async function followMoves(
  q: Queryable,
  orgId: string,
  people: ReadonlyArray<{ id: string; startDate: string | null; endDate: string | null }>,
): Promise<Array<{ personId: string; fields: Array<'startDate' | 'endDate'> }>> {
  const movesOf = new Map<string, Array<{ kind: 'start' | 'leave'; on: string }>>();
  for (const move of await movesOfPeople(q, orgId, people.map((p) => p.id))) {
    const list = movesOf.get(move.personId) ?? [];
    list.push(move);
    movesOf.set(move.personId, list);
  }
  const changes: Array<{ personId: string; startDate: string | null; endDate: string | null; fields: Array<'startDate' | 'endDate'> }> = [];
  for (const person of people) {
    const next = employmentDatesAfter(person, movesOf.get(person.id) ?? []);
    const fields = (['startDate', 'endDate'] as const).filter((f) => next[f] !== person[f]);
    if (fields.length > 0) changes.push({ personId: person.id, ...next, fields });
  }
  await setEmploymentDates(q, orgId, changes);
  return changes.map(({ personId, fields }) => ({ personId, fields }));
}

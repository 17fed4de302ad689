import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import type { Rhythm } from './model.js';

/**
 * What the reminders module may know of people's well-being spaces, for their own reminders
 * only: each person's chosen rhythm with the day of their last check-in, and the grants they made
 * that end soon. Never a score, an answer or a band; nothing here reaches anyone but the owner.
 */

export interface RhythmForReminder {
  personId: string;
  rhythm: Exclude<Rhythm, 'off'>;
  /** The day they last checked in (with the rhythm's instrument, when they chose one); null: never. */
  lastOn: string | null;
  /** The day their space was last written, in the organisation's zone: when the rhythm was chosen, or after. */
  setOn: string;
}

/** Everyone of the organisation with a rhythm on, and their last check-in's day. */
export async function rhythmsForReminders(q: Queryable, orgId: string, timeZone: string): Promise<RhythmForReminder[]> {
  const result = await q.execute(sql`
    SELECT s.person_id,
      s.rhythm,
      to_char((s.updated_at AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS set_on,
      (SELECT to_char(max(c.submitted_on), 'YYYY-MM-DD') FROM wellbeing_check_ins c
        WHERE c.org_id = s.org_id AND c.person_id = s.person_id
          AND (s.rhythm_instrument_id IS NULL OR c.instrument_id = s.rhythm_instrument_id)) AS last_on
    FROM wellbeing_spaces s
    WHERE s.org_id = ${orgId} AND s.rhythm <> 'off'`);
  return (result.rows as Array<{ person_id: string; rhythm: RhythmForReminder['rhythm']; set_on: string; last_on: string | null }>).map((r) => ({
    personId: r.person_id,
    rhythm: r.rhythm,
    lastOn: r.last_on,
    setOn: r.set_on,
  }));
}

export interface GrantForReminder {
  id: string;
  ownerId: string;
  granteeName: string;
  /** Its last day in force, in the organisation's zone. */
  endsOn: string;
}

/** Grants in force at `now` (not revoked, not yet ended) whose end falls before `until`. */
export async function grantsEndingBefore(q: Queryable, orgId: string, now: Date, until: Date, timeZone: string): Promise<GrantForReminder[]> {
  const result = await q.execute(sql`
    SELECT g.id, g.person_id, p.name AS grantee_name,
      to_char((g.expires_at AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS ends_on
    FROM wellbeing_grants g
    JOIN people p ON p.org_id = g.org_id AND p.id = g.grantee_person_id
    WHERE g.org_id = ${orgId} AND g.revoked_at IS NULL AND g.expires_at > ${now.toISOString()} AND g.expires_at <= ${until.toISOString()}`);
  return (result.rows as Array<{ id: string; person_id: string; grantee_name: string; ends_on: string }>).map((r) => ({
    id: r.id,
    ownerId: r.person_id,
    granteeName: r.grantee_name,
    endsOn: r.ends_on,
  }));
}

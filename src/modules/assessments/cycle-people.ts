import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { people } from '../people/schema.js';
import { actionNotes, assessmentActions, assessmentCycles, criterionComments, criterionRatings, cycleContributors, evidence, sectionNotes } from './schema.js';

/**
 * The names of the people a team review's pages mention: its lead and contributors, whoever
 * rated, confirmed, added evidence, commented or wrote a journey note, and its actions' owners
 * and note writers. Never who answered a staff survey: the survey's participants are not read
 * here. One statement.
 */
export async function peopleNamedInCycle(q: Queryable, orgId: string, cycleId: string): Promise<Array<{ id: string; name: string }>> {
  const inCycle = (table: typeof criterionRatings | typeof evidence | typeof criterionComments | typeof sectionNotes | typeof cycleContributors | typeof assessmentActions) =>
    sql`${table}.org_id = ${orgId} AND ${table}.cycle_id = ${cycleId}`;
  const result = await q.execute(sql`
    SELECT ${people.id} AS id, ${people.name} AS name FROM ${people}
    WHERE ${people.orgId} = ${orgId} AND ${people.id} IN (
      SELECT ${assessmentCycles.leadPersonId} FROM ${assessmentCycles} WHERE ${assessmentCycles.orgId} = ${orgId} AND ${assessmentCycles.id} = ${cycleId}
      UNION SELECT ${cycleContributors.personId} FROM ${cycleContributors} WHERE ${inCycle(cycleContributors)}
      UNION SELECT ${criterionRatings.ratedByPersonId} FROM ${criterionRatings} WHERE ${inCycle(criterionRatings)}
      UNION SELECT ${criterionRatings.confirmedByPersonId} FROM ${criterionRatings} WHERE ${inCycle(criterionRatings)}
      UNION SELECT ${evidence.addedByPersonId} FROM ${evidence} WHERE ${inCycle(evidence)}
      UNION SELECT ${criterionComments.authorPersonId} FROM ${criterionComments} WHERE ${inCycle(criterionComments)}
      UNION SELECT ${sectionNotes.updatedByPersonId} FROM ${sectionNotes} WHERE ${inCycle(sectionNotes)}
      UNION SELECT ${assessmentActions.ownerPersonId} FROM ${assessmentActions} WHERE ${inCycle(assessmentActions)}
      UNION SELECT ${actionNotes.authorPersonId} FROM ${actionNotes} JOIN ${assessmentActions}
        ON ${assessmentActions.orgId} = ${actionNotes.orgId} AND ${assessmentActions.id} = ${actionNotes.actionId}
        WHERE ${inCycle(assessmentActions)}
    )
    ORDER BY ${people.name}, ${people.id}`);
  return (result.rows as Array<{ id: string; name: string }>).map((r) => ({ id: r.id, name: r.name }));
}

import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { people } from './schema.js';

/**
 * The organisation's people for the operator's JSON export: their professional record (name,
 * email, role in the organisation, dates). The column list is the presenter: only these fields leave.
 */
export async function peopleExport(q: Queryable, orgId: string) {
  return q
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      jobTitle: people.jobTitle,
      unitId: people.unitId,
      managerId: people.managerId,
      kind: people.kind,
      startDate: people.startDate,
      endDate: people.endDate,
      createdAt: people.createdAt,
      updatedAt: people.updatedAt,
    })
    .from(people)
    .where(eq(people.orgId, orgId))
    .orderBy(asc(people.id));
}

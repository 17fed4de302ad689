import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { withoutOrg } from '../framework/framework-export.js';
import { courses, trainingRecords } from './schema.js';

/**
 * The organisation's training records for the operator's JSON export: the course catalogue and
 * the learning each person has done. Professional data, which the organisation's admins may read.
 */
export async function trainingExport(q: Queryable, orgId: string) {
  return {
    courses: await q.select().from(courses).where(eq(courses.orgId, orgId)).orderBy(asc(courses.id)).then(withoutOrg),
    trainingRecords: await q.select().from(trainingRecords).where(eq(trainingRecords.orgId, orgId)).orderBy(asc(trainingRecords.id)).then(withoutOrg),
  };
}

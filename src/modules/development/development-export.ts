import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { withoutOrg } from '../framework/framework-export.js';
import { needsAssessments, selfAssessments } from './schema.js';

/**
 * The organisation's development records for the operator's JSON export: needs assessments and
 * self-assessment versions with their plans. Professional data, which the organisation's admins
 * may read.
 */
export async function developmentExport(q: Queryable, orgId: string) {
  return {
    needsAssessments: await q.select().from(needsAssessments).where(eq(needsAssessments.orgId, orgId)).orderBy(asc(needsAssessments.id)).then(withoutOrg),
    selfAssessments: await q.select().from(selfAssessments).where(eq(selfAssessments.orgId, orgId)).orderBy(asc(selfAssessments.id)).then(withoutOrg),
  };
}

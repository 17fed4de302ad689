import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { courses, needsAssessments, placementReviews, placements, selfAssessments, trainingRecords } from './schema.js';

/**
 * The organisation's practice-framework records for the operator's JSON export: placements,
 * review requests, needs assessments, self-assessment versions with their plans, the course
 * catalogue and training records. All professional data, which the organisation's admins may
 * read; nothing here is personal well-being data (that never leaves through an org export).
 */
export async function frameworkExport(q: Queryable, orgId: string) {
  return {
    placements: await q.select().from(placements).where(eq(placements.orgId, orgId)).orderBy(asc(placements.id)).then(withoutOrg),
    placementReviews: await q.select().from(placementReviews).where(eq(placementReviews.orgId, orgId)).orderBy(asc(placementReviews.id)).then(withoutOrg),
    needsAssessments: await q.select().from(needsAssessments).where(eq(needsAssessments.orgId, orgId)).orderBy(asc(needsAssessments.id)).then(withoutOrg),
    selfAssessments: await q.select().from(selfAssessments).where(eq(selfAssessments.orgId, orgId)).orderBy(asc(selfAssessments.id)).then(withoutOrg),
    courses: await q.select().from(courses).where(eq(courses.orgId, orgId)).orderBy(asc(courses.id)).then(withoutOrg),
    trainingRecords: await q.select().from(trainingRecords).where(eq(trainingRecords.orgId, orgId)).orderBy(asc(trainingRecords.id)).then(withoutOrg),
  };
}

/** The organisation is said once at the top of the export, not on every row. */
function withoutOrg<T extends { orgId: string }>(rows: T[]): Omit<T, 'orgId'>[] {
  return rows.map(({ orgId: _orgId, ...rest }) => rest);
}

import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { placementReviews, placements } from './schema.js';

/**
 * The organisation's framework records for the operator's JSON export: placements and review
 * requests. Professional data, which the organisation's admins may read; nothing here is personal
 * well-being data (that never leaves through an org export).
 */
export async function frameworkExport(q: Queryable, orgId: string) {
  return {
    placements: await q.select().from(placements).where(eq(placements.orgId, orgId)).orderBy(asc(placements.id)).then(withoutOrg),
    placementReviews: await q.select().from(placementReviews).where(eq(placementReviews.orgId, orgId)).orderBy(asc(placementReviews.id)).then(withoutOrg),
  };
}

/** The organisation is said once at the top of the export, not on every row. */
export function withoutOrg<T extends { orgId: string }>(rows: T[]): Omit<T, 'orgId'>[] {
  return rows.map(({ orgId: _orgId, ...rest }) => rest);
}

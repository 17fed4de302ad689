import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { units } from './schema.js';

/** The organisation's unit tree for the operator's JSON export. The column list is the presenter: only these fields leave. */
export async function unitsExport(q: Queryable, orgId: string) {
  return q
    .select({ id: units.id, name: units.name, kind: units.kind, parentId: units.parentId, createdAt: units.createdAt })
    .from(units)
    .where(eq(units.orgId, orgId))
    .orderBy(asc(units.id));
}

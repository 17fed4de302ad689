import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { absenceSpells, workforceMoves } from './schema.js';

// the organisation is said once at the top of the export, not on every row (as framework-export's
// withoutOrg; not imported, so this module depends on people and units only)
const withoutOrg = <T extends { orgId: string }>(rows: T[]): Omit<T, 'orgId'>[] => rows.map(({ orgId: _orgId, ...rest }) => rest);

/**
 * The organisation's HR events for the operator's JSON export: starts and leaves, and absence
 * spells. Professional records of each person, which the organisation's admins may read.
 */
export async function workforceExport(q: Queryable, orgId: string) {
  return {
    moves: await q.select().from(workforceMoves).where(eq(workforceMoves.orgId, orgId)).orderBy(asc(workforceMoves.id)).then(withoutOrg),
    absenceSpells: await q.select().from(absenceSpells).where(eq(absenceSpells.orgId, orgId)).orderBy(asc(absenceSpells.id)).then(withoutOrg),
  };
}

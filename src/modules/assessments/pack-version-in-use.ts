import { and, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { assessmentCycles } from './schema.js';

/**
 * The version of an assessment pack an organisation runs now: the version its most recently
 * opened cycle (team review or staff survey) recorded, or null when it never opened one. A new
 * cycle opens with the latest installed version (cycle-use-cases.ts), so this is what a hub's
 * standards page compares with the hub's newest.
 */
export async function packVersionInUse(q: Queryable, orgId: string, packId: string): Promise<string | null> {
  const [row] = await q
    .select({ version: assessmentCycles.packVersion })
    .from(assessmentCycles)
    .where(and(eq(assessmentCycles.orgId, orgId), eq(assessmentCycles.packId, packId)))
    .orderBy(desc(assessmentCycles.createdAt), desc(assessmentCycles.id))
    .limit(1);
  return row?.version ?? null;
}

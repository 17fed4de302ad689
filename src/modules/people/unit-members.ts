import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import type { UnitMembers } from '../units/unit-use-cases.js';
import { people } from './schema.js';

/** The people module's answer to "who belongs to which unit" (the units module cannot read people). */
export const unitMembers: UnitMembers = {
  async countByUnit(q: Queryable, orgId: string) {
    const rows = await q
      .select({ unitId: people.unitId, count: sql<number>`count(*)::int` })
      .from(people)
      .where(eq(people.orgId, orgId))
      .groupBy(people.unitId);
    return new Map(rows.flatMap((r) => (r.unitId ? [[r.unitId, r.count] as const] : [])));
  },
  async anyIn(q: Queryable, orgId: string, unitId: string) {
    const [member] = await q.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), eq(people.unitId, unitId))).limit(1);
    return member !== undefined;
  },
};

import { and, count, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { assessmentActions, criterionComments } from './schema.js';

/** Comments per criterion of a cycle. */
export async function commentCounts(q: Queryable, orgId: string, cycleId: string): Promise<Map<string, number>> {
  const rows = await q
    .select({ criterionId: criterionComments.criterionId, n: count() })
    .from(criterionComments)
    .where(and(eq(criterionComments.orgId, orgId), eq(criterionComments.cycleId, cycleId)))
    .groupBy(criterionComments.criterionId);
  return new Map(rows.map((r) => [r.criterionId, r.n]));
}

/** Actions per criterion of a cycle. */
export async function actionCounts(q: Queryable, orgId: string, cycleId: string): Promise<Map<string, number>> {
  const rows = await q
    .select({ criterionId: assessmentActions.criterionId, n: count() })
    .from(assessmentActions)
    .where(and(eq(assessmentActions.orgId, orgId), eq(assessmentActions.cycleId, cycleId)))
    .groupBy(assessmentActions.criterionId);
  // an action of a cycle always names its criterion (the table's check)
  return new Map(rows.flatMap((r) => (r.criterionId ? [[r.criterionId, r.n] as const] : [])));
}

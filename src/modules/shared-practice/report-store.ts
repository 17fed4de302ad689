import { and, eq, inArray, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { ReportKind } from './model.js';
import { hubPracticeReports as reports } from './schema.js';

/** Reports of board posts to the hub's moderators: reads and writes, no rules. Every query names the hub. */

export type ReportRow = typeof reports.$inferSelect;

/** A new open report, or undefined when this person already has one open for the post (the partial unique index). */
export async function insertReport(
  q: Queryable,
  hubId: string,
  collaborativeId: string,
  report: { postId: string; reporterOrgId: string; reporterPersonId: string; kind: ReportKind; reason: string },
): Promise<ReportRow | undefined> {
  const [row] = await q
    .insert(reports)
    .values({ hubId, id: uuidv7(), collaborativeId, ...report })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** The open reports of these posts of a board, oldest first. */
export async function openReports(q: Queryable, hubId: string, collaborativeId: string, postIds: readonly string[]): Promise<ReportRow[]> {
  if (postIds.length === 0) return [];
  return q
    .select()
    .from(reports)
    .where(and(eq(reports.hubId, hubId), eq(reports.collaborativeId, collaborativeId), inArray(reports.postId, [...postIds]), isNull(reports.closedAt)))
    .orderBy(reports.createdAt, reports.id);
}

/** Closes every open report of a post; how many were open. */
export async function closeReports(q: Queryable, hubId: string, postId: string, byPersonId: string): Promise<number> {
  const closed = await q
    .update(reports)
    .set({ closedAt: new Date(), closedByPersonId: byPersonId })
    .where(and(eq(reports.hubId, hubId), eq(reports.postId, postId), isNull(reports.closedAt)))
    .returning({ id: reports.id });
  return closed.length;
}

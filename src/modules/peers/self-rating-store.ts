import { and, desc, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { supervisionSelfRatings } from './schema.js';

/** A supervisor's own self-ratings: every query takes the owner's id, so another person's id finds nothing. */

export type SelfRatingRow = typeof supervisionSelfRatings.$inferSelect;

export function selfRatingsOf(q: Queryable, orgId: string, personId: string): Promise<SelfRatingRow[]> {
  return q
    .select()
    .from(supervisionSelfRatings)
    .where(and(eq(supervisionSelfRatings.orgId, orgId), eq(supervisionSelfRatings.personId, personId)))
    .orderBy(desc(supervisionSelfRatings.ratedAt), desc(supervisionSelfRatings.id));
}

export async function insertSelfRating(q: Queryable, orgId: string, personId: string, input: { packId: string; packVersion: string; answers: Record<string, number | null> }): Promise<SelfRatingRow> {
  const [row] = await q.insert(supervisionSelfRatings).values({ orgId, id: uuidv7(), personId, ...input }).returning();
  return row!;
}

export async function findOwnSelfRating(q: Queryable, orgId: string, personId: string, id: string): Promise<SelfRatingRow | undefined> {
  const [row] = await q
    .select()
    .from(supervisionSelfRatings)
    .where(and(eq(supervisionSelfRatings.orgId, orgId), eq(supervisionSelfRatings.personId, personId), eq(supervisionSelfRatings.id, id)));
  return row;
}

export async function deleteOwnSelfRating(q: Queryable, orgId: string, personId: string, id: string): Promise<boolean> {
  const rows = await q
    .delete(supervisionSelfRatings)
    .where(and(eq(supervisionSelfRatings.orgId, orgId), eq(supervisionSelfRatings.personId, personId), eq(supervisionSelfRatings.id, id)))
    .returning({ id: supervisionSelfRatings.id });
  return rows.length > 0;
}

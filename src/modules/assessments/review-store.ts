import { and, asc, eq, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { Rating } from './model.js';
import { criterionComments, criterionRatings, evidence, sectionNotes } from './schema.js';

/**
 * A contributor's rating of a criterion. A changed rating needs confirming again: the lead
 * confirmed a value, not whatever the row holds later.
 */
export async function setRating(q: Queryable, orgId: string, cycleId: string, criterionId: string, rating: Rating, byPersonId: string) {
  const now = new Date();
  await q
    .insert(criterionRatings)
    .values({ orgId, cycleId, criterionId, rating, ratedByPersonId: byPersonId, ratedAt: now })
    .onConflictDoUpdate({
      target: [criterionRatings.orgId, criterionRatings.cycleId, criterionRatings.criterionId],
      set: {
        rating,
        ratedByPersonId: byPersonId,
        ratedAt: now,
        confirmedAt: sql`case when ${criterionRatings.rating} = ${rating} then ${criterionRatings.confirmedAt} else null end`,
        confirmedByPersonId: sql`case when ${criterionRatings.rating} = ${rating} then ${criterionRatings.confirmedByPersonId} else null end`,
      },
    });
}

/** The lead's final rating of a criterion (it may differ from what contributors proposed). */
export async function confirmRating(q: Queryable, orgId: string, cycleId: string, criterionId: string, rating: Rating, byPersonId: string) {
  const now = new Date();
  await q
    .insert(criterionRatings)
    .values({ orgId, cycleId, criterionId, rating, ratedByPersonId: byPersonId, ratedAt: now, confirmedAt: now, confirmedByPersonId: byPersonId })
    .onConflictDoUpdate({
      target: [criterionRatings.orgId, criterionRatings.cycleId, criterionRatings.criterionId],
      set: { rating, confirmedAt: now, confirmedByPersonId: byPersonId },
    });
}

export type EvidenceInput =
  | { kind: 'text'; body: string }
  | { kind: 'link'; url: string; body?: string | undefined }
  | { kind: 'file'; fileName: string; mediaType: string; content: Buffer };

/** Adds evidence to a criterion; returns its id. */
export async function addEvidence(q: Queryable, orgId: string, cycleId: string, criterionId: string, input: EvidenceInput, byPersonId: string) {
  const id = uuidv7();
  await q.insert(evidence).values({
    orgId,
    id,
    cycleId,
    criterionId,
    kind: input.kind,
    body: input.kind === 'file' ? null : (input.body ?? null),
    url: input.kind === 'link' ? input.url : null,
    fileName: input.kind === 'file' ? input.fileName : null,
    mediaType: input.kind === 'file' ? input.mediaType : null,
    sizeBytes: input.kind === 'file' ? input.content.byteLength : null,
    content: input.kind === 'file' ? input.content : null,
    addedByPersonId: byPersonId,
  });
  return id;
}

/** The evidence of a cycle without file contents, oldest first. */
export async function evidenceOf(q: Queryable, orgId: string, cycleId: string) {
  return q
    .select({
      id: evidence.id,
      criterionId: evidence.criterionId,
      kind: evidence.kind,
      body: evidence.body,
      url: evidence.url,
      fileName: evidence.fileName,
      mediaType: evidence.mediaType,
      sizeBytes: evidence.sizeBytes,
      addedByPersonId: evidence.addedByPersonId,
      addedAt: evidence.addedAt,
    })
    .from(evidence)
    .where(and(eq(evidence.orgId, orgId), eq(evidence.cycleId, cycleId)))
    .orderBy(asc(evidence.addedAt), asc(evidence.id));
}
export type EvidenceRow = Awaited<ReturnType<typeof evidenceOf>>[number];

/** One evidence file with its bytes, found only within its cycle and criterion. */
export async function evidenceFile(q: Queryable, orgId: string, cycleId: string, criterionId: string, id: string) {
  const [row] = await q
    .select({ fileName: evidence.fileName, mediaType: evidence.mediaType, content: evidence.content })
    .from(evidence)
    .where(and(eq(evidence.orgId, orgId), eq(evidence.id, id), eq(evidence.cycleId, cycleId), eq(evidence.criterionId, criterionId), eq(evidence.kind, 'file')));
  return row;
}

export async function addComment(q: Queryable, orgId: string, cycleId: string, criterionId: string, body: string, byPersonId: string) {
  const id = uuidv7();
  await q.insert(criterionComments).values({ orgId, id, cycleId, criterionId, body, authorPersonId: byPersonId });
  return id;
}

/** A criterion's comments, oldest first. */
export async function commentsOf(q: Queryable, orgId: string, cycleId: string, criterionId: string) {
  return q
    .select()
    .from(criterionComments)
    .where(and(eq(criterionComments.orgId, orgId), eq(criterionComments.cycleId, cycleId), eq(criterionComments.criterionId, criterionId)))
    .orderBy(asc(criterionComments.createdAt), asc(criterionComments.id));
}

/** Writes a section's journey note (one per section, the latest kept). */
export async function setSectionNote(q: Queryable, orgId: string, cycleId: string, sectionId: string, note: string, byPersonId: string) {
  await q
    .insert(sectionNotes)
    .values({ orgId, cycleId, sectionId, note, updatedByPersonId: byPersonId })
    .onConflictDoUpdate({
      target: [sectionNotes.orgId, sectionNotes.cycleId, sectionNotes.sectionId],
      set: { note, updatedByPersonId: byPersonId, updatedAt: new Date() },
    });
}

export async function sectionNotesOf(q: Queryable, orgId: string, cycleId: string) {
  return q.select().from(sectionNotes).where(and(eq(sectionNotes.orgId, orgId), eq(sectionNotes.cycleId, cycleId)));
}

import { and, asc, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import type { Level } from '../framework/levels.js';
import type { TCourseInput, TQualityReview } from './model.js';
import { courses } from './schema.js';

/** The organisation's training catalogue (H.training): courses, and their quality reviews. */

export type CourseRow = typeof courses.$inferSelect;

/** Courses of the organisation by title; only approved ones when `approvedOnly`. */
export async function listCourses(q: Queryable, orgId: string, options: { approvedOnly: boolean }) {
  const where = options.approvedOnly ? and(eq(courses.orgId, orgId), eq(courses.approved, true)) : eq(courses.orgId, orgId);
  return q.select().from(courses).where(where).orderBy(asc(courses.title), asc(courses.id));
}

/** One course of the organisation, or undefined. */
export async function findCourse(q: Queryable, orgId: string, id: string): Promise<CourseRow | undefined> {
  const [row] = await q.select().from(courses).where(and(eq(courses.orgId, orgId), eq(courses.id, id)));
  return row;
}

/** Adds a course, not yet approved (a course is offered only after its quality review); returns its id. */
export async function createCourse(q: Queryable, orgId: string, input: TCourseInput): Promise<string> {
  const id = uuidv7();
  await q.insert(courses).values({ orgId, id, ...courseValues(input) });
  return id;
}

const courseValues = (input: Partial<TCourseInput>) =>
  Object.fromEntries(
    Object.entries({
      title: input.title,
      provider: input.provider,
      levels: input.levels,
      format: input.format,
      hours: input.hours,
      cost: input.cost === undefined ? undefined : (input.cost ?? null),
      language: input.language,
      accessibility: input.accessibility === undefined ? undefined : (input.accessibility ?? null),
      validForMonths: input.validForMonths === undefined ? undefined : (input.validForMonths ?? null),
    }).filter(([, v]) => v !== undefined),
  ) as unknown as Omit<typeof courses.$inferInsert, 'orgId' | 'id'>;

/** Changes a course; returns the names of the fields that changed (for the audit log). Throws 404. */
/** Fields the five quality questions look at; the rest (cost, language notes…) do not undo approval. */
const REVIEWED_FIELDS = new Set(['title', 'provider', 'levels', 'format', 'hours']);

export async function updateCourse(q: Queryable, orgId: string, id: string, patch: Partial<TCourseInput>): Promise<string[]> {
  const current = await findCourse(q, orgId, id);
  if (!current) throw notFound('The course');
  const values = courseValues(patch);
  const changed = Object.keys(values).filter(
    (k) => JSON.stringify((current as Record<string, unknown>)[k]) !== JSON.stringify((values as Record<string, unknown>)[k]),
  );
  // the quality review judged the course as it was: a change to who gives it, what it covers or
  // how it runs needs a fresh review before the course is offered as approved again
  const needsReview = changed.some((k) => REVIEWED_FIELDS.has(k));
  if (changed.length > 0) {
    await q
      .update(courses)
      .set(needsReview ? { ...values, approved: false } : values)
      .where(and(eq(courses.orgId, orgId), eq(courses.id, id)));
  }
  return changed;
}

/**
 * Stores a quality review with who made it and when. The course is approved exactly when the
 * reviewer asked to approve it, which ZQualityReview allows only when all four checks are yes.
 */
export async function reviewCourse(q: Queryable, orgId: string, id: string, review: TQualityReview, reviewerPersonId: string) {
  const current = await findCourse(q, orgId, id);
  if (!current) throw notFound('The course');
  await q
    .update(courses)
    .set({ approved: review.approve, qualityReview: review, reviewedByPersonId: reviewerPersonId, reviewedAt: new Date() })
    .where(and(eq(courses.orgId, orgId), eq(courses.id, id)));
}

/** The fields of a course that leave the server. The quality review only for those who manage the catalogue. */
export function presentCourse(row: CourseRow, withReview: boolean) {
  return {
    id: row.id,
    title: row.title,
    provider: row.provider,
    levels: row.levels as Level[],
    format: row.format,
    hours: row.hours,
    cost: row.cost,
    language: row.language,
    accessibility: row.accessibility,
    validForMonths: row.validForMonths,
    approved: row.approved,
    review: withReview && row.qualityReview ? { ...(row.qualityReview as TQualityReview), reviewedByPersonId: row.reviewedByPersonId, reviewedAt: row.reviewedAt?.toISOString() ?? null } : null,
  };
}

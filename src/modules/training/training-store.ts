import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { invalid } from '../../platform/http/errors.js';
import { findCourse } from './course-store.js';
import { type TrainingRecordFacts, validity } from '../development/development-rules.js';
import type { Level } from '../framework/levels.js';
import type { TTrainingRecordInput } from './model.js';
import { courses, trainingRecords } from './schema.js';
import { expiryOf } from './training-rules.js';

/** Training records: learning a person has done, from the catalogue or elsewhere (H.training). */

export type TrainingRow = typeof trainingRecords.$inferSelect;

/** One person's records, newest first. */
export async function listTrainingOf(q: Queryable, orgId: string, personId: string): Promise<TrainingRow[]> {
  return q
    .select()
    .from(trainingRecords)
    .where(and(eq(trainingRecords.orgId, orgId), eq(trainingRecords.personId, personId)))
    .orderBy(desc(trainingRecords.completedOn), desc(trainingRecords.id));
}

/**
 * Adds a record for a person; returns its id. A record from a catalogue course takes the
 * course's title, levels and hours, and its expiry from the course's validity when none is
 * given. Throws a 422 naming `courseId` for a course not in the organisation.
 */
export async function createTrainingRecord(
  q: Queryable,
  orgId: string,
  personId: string,
  input: TTrainingRecordInput,
  recordedByPersonId: string,
): Promise<string> {
  let { title, levels, hours } = { title: input.title ?? '', levels: input.levels as Level[], hours: input.hours };
  let validForMonths: number | null = null;
  if (input.courseId) {
    const course = await findCourse(q, orgId, input.courseId);
    if (!course) throw invalid('courseId', 'no such course in this organisation');
    ({ title, hours, validForMonths } = course);
    levels = course.levels as Level[];
  }
  const id = uuidv7();
  await q.insert(trainingRecords).values({
    orgId,
    id,
    personId,
    courseId: input.courseId ?? null,
    title,
    completedOn: input.completedOn,
    hours,
    levels,
    evidenceNote: input.evidenceNote ?? null,
    expiresOn: expiryOf(input.completedOn, input.expiresOn, validForMonths),
    recordedByPersonId,
  });
  return id;
}

/** Removes one of a person's records; false when they have no such record. */
export async function deleteTrainingRecord(q: Queryable, orgId: string, personId: string, recordId: string): Promise<boolean> {
  const deleted = await q
    .delete(trainingRecords)
    .where(and(eq(trainingRecords.orgId, orgId), eq(trainingRecords.personId, personId), eq(trainingRecords.id, recordId)))
    .returning({ id: trainingRecords.id });
  return deleted.length > 0;
}

/** What the development rules need of a record. */
export const factsOf = (row: TrainingRow): TrainingRecordFacts => ({
  completedOn: row.completedOn,
  expiresOn: row.expiresOn,
  hours: row.hours,
  levels: row.levels as Level[],
});

/** The fields of a record that leave the server, with its validity on `today`. */
export function presentTrainingRecord(row: TrainingRow, today: string) {
  return {
    id: row.id,
    personId: row.personId,
    courseId: row.courseId,
    title: row.title,
    completedOn: row.completedOn,
    hours: row.hours,
    levels: row.levels as Level[],
    evidenceNote: row.evidenceNote,
    expiresOn: row.expiresOn,
    validity: validity(row, today),
  };
}

/** Every record of the organisation with its course's title, by person, for the CSV export. */
export async function listTrainingForExport(q: Queryable, orgId: string) {
  return q
    .select({
      personId: trainingRecords.personId,
      course: courses.title,
      title: trainingRecords.title,
      completedOn: trainingRecords.completedOn,
      hours: trainingRecords.hours,
      levels: trainingRecords.levels,
      expiresOn: trainingRecords.expiresOn,
      evidenceNote: trainingRecords.evidenceNote,
    })
    .from(trainingRecords)
    .leftJoin(courses, and(eq(courses.orgId, trainingRecords.orgId), eq(courses.id, trainingRecords.courseId)))
    .where(eq(trainingRecords.orgId, orgId))
    .orderBy(asc(trainingRecords.personId), asc(trainingRecords.completedOn));
}

/** A record that ends within the reminders' reach and was not renewed. */
export interface ExpiringRecord {
  id: string;
  personId: string;
  title: string;
  expiresOn: string;
}

/**
 * Records ending between `from` and `to` (both included) whose person has no later record of the
 * same course (or, for other learning, the same title) — a renewed course needs no reminder.
 */
export async function recordsExpiringBetween(q: Queryable, orgId: string, from: string, to: string): Promise<ExpiringRecord[]> {
  const result = await q.execute(sql`
    SELECT r.id, r.person_id, r.title, to_char(r.expires_on, 'YYYY-MM-DD') AS expires_on
    FROM training_records r
    WHERE r.org_id = ${orgId} AND r.expires_on BETWEEN ${from} AND ${to}
      AND NOT EXISTS (
        SELECT 1 FROM training_records later
        WHERE later.org_id = r.org_id AND later.person_id = r.person_id AND later.id <> r.id
          AND (CASE WHEN r.course_id IS NOT NULL THEN later.course_id = r.course_id ELSE later.course_id IS NULL AND later.title = r.title END)
          AND later.completed_on >= r.completed_on
          AND (later.expires_on IS NULL OR later.expires_on > r.expires_on))`);
  return (result.rows as Array<{ id: string; person_id: string; title: string; expires_on: string }>).map((r) => ({ id: r.id, personId: r.person_id, title: r.title, expiresOn: r.expires_on }));
}

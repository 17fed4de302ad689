import { boolean, date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';
import { people } from '../people/schema.js';

/**
 * Training: the organisation's course catalogue and the learning each person has done.
 * Professional data (DESIGN.md): the person, their line manager and org admins read it.
 */

const orgRef = () => uuid('org_id').notNull().references(() => organisations.id);
const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A course in the organisation's catalogue (H.training, W.standards). It is offered for booking
 * only once reviewed against the five quality questions and approved.
 * qualityReview: JSON checked by ZQualityReview — changing its shape may need a migration.
 */
export const courses = pgTable(
  'courses',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    provider: text('provider').notNull(),
    levels: jsonb('levels').notNull(),
    format: text('format', { enum: ['in-person', 'online-live', 'online-self-paced', 'blended'] }).notNull(),
    hours: numeric('hours', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    cost: text('cost'),
    language: text('language').notNull(),
    accessibility: text('accessibility'),
    validForMonths: integer('valid_for_months'),
    approved: boolean('approved').notNull().default(false),
    qualityReview: jsonb('quality_review'),
    reviewedByPersonId: uuid('reviewed_by_person_id'),
    reviewedAt: at('reviewed_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] })],
);

/** Learning a person has done: a catalogue course or other learning, with hours and evidence. */
export const trainingRecords = pgTable(
  'training_records',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    courseId: uuid('course_id'),
    title: text('title').notNull(),
    completedOn: date('completed_on').notNull(),
    hours: numeric('hours', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    levels: jsonb('levels').notNull().default([]),
    evidenceNote: text('evidence_note'),
    expiresOn: date('expires_on'),
    recordedByPersonId: uuid('recorded_by_person_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }),
    foreignKey({ columns: [t.orgId, t.courseId], foreignColumns: [courses.orgId, courses.id] }),
    index('training_records_person_idx').on(t.orgId, t.personId, t.completedOn),
  ],
);

import { boolean, date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';
import { people } from '../people/schema.js';
import { units } from '../units/schema.js';

/**
 * The practice framework's records: placements, needs assessments, self-assessments with agreed
 * plans, the training catalogue and training records. All are professional data (DESIGN.md):
 * the person, their line manager and org admins read them. Every row records the content pack
 * id and version it was answered against, so a new pack version never rewrites history.
 */

const LEVEL = ['informed', 'skilled', 'enhanced', 'specialist'] as const;
const orgRef = () => uuid('org_id').notNull().references(() => organisations.id);
const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A placement of a unit or of one person at a level. Rows are never updated: a new decision is a
 * new row, and the latest per subject is in force, so the history of decisions stays readable.
 * answers/reasons: JSON checked by ZPlacementAnswers — changing its shape may need a migration.
 */
export const placements = pgTable(
  'placements',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    unitId: uuid('unit_id'),
    personId: uuid('person_id'),
    level: text('level', { enum: LEVEL }).notNull(),
    answers: jsonb('answers').notNull(),
    reasons: jsonb('reasons').notNull(),
    note: text('note'),
    packId: text('pack_id').notNull(),
    packVersion: text('pack_version').notNull(),
    decidedByPersonId: uuid('decided_by_person_id'),
    decidedAt: at('decided_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.unitId], foreignColumns: [units.orgId, units.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }),
    index('placements_unit_idx').on(t.orgId, t.unitId, t.decidedAt),
    index('placements_person_idx').on(t.orgId, t.personId, t.decidedAt),
  ],
);

/** A worker asking for their placement to be looked at again, and how it was answered. */
export const placementReviews = pgTable(
  'placement_reviews',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    reason: text('reason').notNull(),
    requestedAt: at('requested_at').notNull().defaultNow(),
    resolvedByPersonId: uuid('resolved_by_person_id'),
    resolvedAt: at('resolved_at'),
    response: text('response'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }),
    index('placement_reviews_person_idx').on(t.orgId, t.personId),
  ],
);

/**
 * A manager's training needs assessment of a unit (H.tna).
 * answers: JSON checked by ZNeedsAnswers — changing its shape may need a migration.
 */
export const needsAssessments = pgTable(
  'needs_assessments',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    unitId: uuid('unit_id').notNull(),
    answers: jsonb('answers').notNull(),
    currentLevel: text('current_level', { enum: LEVEL }),
    requiredLevel: text('required_level', { enum: LEVEL }).notNull(),
    need: text('need', { enum: ['knowledge', 'skills', 'both'] }),
    packId: text('pack_id').notNull(),
    packVersion: text('pack_version').notNull(),
    assessedByPersonId: uuid('assessed_by_person_id'),
    assessedAt: at('assessed_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.unitId], foreignColumns: [units.orgId, units.id] }).onDelete('cascade'),
    index('needs_assessments_unit_idx').on(t.orgId, t.unitId, t.assessedAt),
  ],
);

/**
 * One version of a worker's self-assessment and the plans agreed from it (H.self). Editing after
 * either side confirmed starts a new version, so what each person agreed to stays readable.
 * answers/goals: JSON checked by ZSelfAssessment — changing its shape may need a migration.
 */
export const selfAssessments = pgTable(
  'self_assessments',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    version: integer('version').notNull(),
    answers: jsonb('answers').notNull(),
    managerNotes: text('manager_notes'),
    goals: jsonb('goals').notNull().default([]),
    supportPlan: text('support_plan'),
    reviewDate: date('review_date'),
    packId: text('pack_id').notNull(),
    packVersion: text('pack_version').notNull(),
    submittedAt: at('submitted_at'),
    workerConfirmedAt: at('worker_confirmed_at'),
    managerConfirmedAt: at('manager_confirmed_at'),
    managerPersonId: uuid('manager_person_id'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }),
    uniqueIndex('self_assessments_person_version_idx').on(t.orgId, t.personId, t.version),
  ],
);

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

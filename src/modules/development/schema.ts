import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { LEVELS } from '../framework/levels.js';
import { organisations } from '../../platform/tenancy/schema.js';
import { people } from '../people/schema.js';
import { units } from '../units/schema.js';

/**
 * Development records: a manager's training needs assessment of a unit, and a worker's
 * self-assessment versions with the plans agreed from them. Professional data (DESIGN.md); each
 * row records the content pack id and version it was answered against.
 */

const orgRef = () => uuid('org_id').notNull().references(() => organisations.id);
const at = (name: string) => timestamp(name, { withTimezone: true });

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
    currentLevel: text('current_level', { enum: LEVELS }),
    requiredLevel: text('required_level', { enum: LEVELS }).notNull(),
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

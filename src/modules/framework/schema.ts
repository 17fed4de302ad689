import { foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';
import { people } from '../people/schema.js';
import { units } from '../units/schema.js';
import { LEVELS } from './levels.js';

/**
 * The practice framework's own records: placements of units and people at a level, and review
 * requests. Professional data (DESIGN.md): the person, their line manager and org admins read
 * them. Every row records the content pack id and version it was answered against, so a new
 * pack version never rewrites history.
 */

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
    level: text('level', { enum: LEVELS }).notNull(),
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

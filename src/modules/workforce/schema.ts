import { check, date, foreignKey, index, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organisations } from '../../platform/tenancy/schema.js';
import { people } from '../people/schema.js';

/**
 * HR events (S.org.7, W.data): who started, who left and why, and spells of absence. Professional
 * records of the person (DESIGN.md data classes): org admins record and read them, the person sees
 * their own and every read by someone else in "Who has seen my records"; every figure made from
 * them for anyone else passes the privacy gate. unit_id is where the person was when it happened
 * (people.unit_id is only where they are now), so a team's figures for a past period stay right
 * after someone moves. It has no foreign key: a unit removed later leaves its history in the
 * organisation's figures.
 */

const orgRef = () => uuid('org_id').notNull().references(() => organisations.id);
const at = (name: string) => timestamp(name, { withTimezone: true });

export const WORKER_KINDS = ['employee', 'volunteer', 'contractor', 'peer_worker'] as const;
export const LEAVE_REASONS = ['resigned', 'retired', 'end-of-contract', 'dismissed', 'redundancy', 'ill-health', 'death', 'other'] as const;
export const ABSENCE_REASONS = ['stress-related', 'other-illness', 'injury', 'family', 'other'] as const;

/** A start or a leave: one day each, with the kind of worker the person was then. */
export const workforceMoves = pgTable(
  'workforce_moves',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    kind: text('kind', { enum: ['start', 'leave'] }).notNull(),
    on: date('on').notNull(),
    unitId: uuid('unit_id'),
    workerKind: text('worker_kind', { enum: WORKER_KINDS }).notNull(),
    /** Why a leaver left; null for a start. */
    leaveReason: text('leave_reason', { enum: LEAVE_REASONS }),
    source: text('source', { enum: ['entered', 'imported'] }).notNull(),
    recordedByPersonId: uuid('recorded_by_person_id'),
    recordedAt: at('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }),
    index('workforce_moves_period_idx').on(t.orgId, t.on),
    index('workforce_moves_person_idx').on(t.orgId, t.personId, t.on),
    check('workforce_moves_reason_check', sql`(${t.kind} = 'leave') = (${t.leaveReason} IS NOT NULL)`),
  ],
);

/** A spell of absence: first and last day, the working days it cost, and a reason category. */
export const absenceSpells = pgTable(
  'absence_spells',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    unitId: uuid('unit_id'),
    firstDay: date('first_day').notNull(),
    lastDay: date('last_day').notNull(),
    workingDaysLost: numeric('working_days_lost', { precision: 6, scale: 1, mode: 'number' }).notNull(),
    reason: text('reason', { enum: ABSENCE_REASONS }).notNull(),
    source: text('source', { enum: ['entered', 'imported'] }).notNull(),
    recordedByPersonId: uuid('recorded_by_person_id'),
    recordedAt: at('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }),
    index('absence_spells_period_idx').on(t.orgId, t.firstDay),
    index('absence_spells_person_idx').on(t.orgId, t.personId, t.firstDay),
    check('absence_spells_days_check', sql`${t.lastDay} >= ${t.firstDay} AND ${t.workingDaysLost} >= 0`),
  ],
);

export type WorkerKind = (typeof WORKER_KINDS)[number];
export type LeaveReason = (typeof LEAVE_REASONS)[number];
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];

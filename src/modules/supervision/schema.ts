import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';
import { people } from '../people/schema.js';

/**
 * STS-informed supervision (S.org.5, W.supervision). Who supervises whom is professional data;
 * what a session's shared notes say is between the worker and their supervisor alone (not even
 * an org admin reads them); private notes are their writer's alone. The organisation sees only
 * how many sessions were held per unit and quarter, through the privacy gate.
 */

const orgRef = () => uuid('org_id').notNull().references(() => organisations.id);
const at = (name: string) => timestamp(name, { withTimezone: true });
/** A person of the same organisation; erasing the person erases these rows with them. */
const personKey = (t: { orgId: AnyPgColumn }, column: AnyPgColumn) =>
  foreignKey({ columns: [t.orgId, column], foreignColumns: [people.orgId, people.id] }).onDelete('cascade');

/**
 * A supervisor other than the worker's line manager, chosen by an org admin or the line manager.
 * No row: the line manager (people.manager_id) supervises.
 */
export const supervisionAssignments = pgTable(
  'supervision_assignments',
  {
    orgId: orgRef(),
    workerId: uuid('worker_id').notNull(),
    supervisorId: uuid('supervisor_id').notNull(),
    assignedByPersonId: uuid('assigned_by_person_id'),
    assignedAt: at('assigned_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.workerId] }),
    personKey(t, t.workerId),
    personKey(t, t.supervisorId),
    index('supervision_assignments_supervisor_idx').on(t.orgId, t.supervisorId),
    check('supervision_assignments_not_self', sql`${t.workerId} <> ${t.supervisorId}`),
  ],
);

/**
 * The rhythm a pair agreed instead of the organisation's default for the worker's level. Keyed
 * by the pair: a new supervisor starts from the default again. A proposal waits for the other
 * member of the pair (proposed_by is who asked).
 */
export const supervisionRhythms = pgTable(
  'supervision_rhythms',
  {
    orgId: orgRef(),
    workerId: uuid('worker_id').notNull(),
    supervisorId: uuid('supervisor_id').notNull(),
    agreedWeeks: integer('agreed_weeks'),
    agreedAt: at('agreed_at'),
    proposedWeeks: integer('proposed_weeks'),
    proposedByPersonId: uuid('proposed_by_person_id'),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.workerId, t.supervisorId] }), personKey(t, t.workerId), personKey(t, t.supervisorId)],
);

export const SESSION_STATUSES = ['planned', 'recorded', 'confirmed', 'change-asked'] as const;

/**
 * One supervision session of a pair: planned for a day, then recorded by the supervisor with the
 * shared notes and confirmed by the worker (or sent back with a change asked). The pair is kept on
 * the row, so a later change of supervisor never shows old sessions to the new one.
 */
export const supervisionSessions = pgTable(
  'supervision_sessions',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    workerId: uuid('worker_id').notNull(),
    supervisorId: uuid('supervisor_id').notNull(),
    plannedFor: date('planned_for').notNull(),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('planned'),
    heldOn: date('held_on'),
    howWorkerIs: text('how_worker_is'),
    whatWasHard: text('what_was_hard'),
    whatHelped: text('what_helped'),
    supportAgreed: text('support_agreed'),
    referralAgreed: boolean('referral_agreed').notNull().default(false),
    nextDate: date('next_date'),
    changeRequest: text('change_request'),
    recordedAt: at('recorded_at'),
    confirmedAt: at('confirmed_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    personKey(t, t.workerId),
    personKey(t, t.supervisorId),
    index('supervision_sessions_worker_idx').on(t.orgId, t.workerId, t.plannedFor),
    index('supervision_sessions_supervisor_idx').on(t.orgId, t.supervisorId),
    index('supervision_sessions_held_idx').on(t.orgId, t.heldOn),
    check('supervision_sessions_held_when_recorded', sql`(${t.status} = 'planned') = (${t.heldOn} IS NULL)`),
  ],
);

/** A private note on a session: its writer's alone (either member of the pair), never shown to the other. */
export const supervisionPrivateNotes = pgTable(
  'supervision_private_notes',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    sessionId: uuid('session_id').notNull(),
    writerId: uuid('writer_id').notNull(),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.sessionId], foreignColumns: [supervisionSessions.orgId, supervisionSessions.id] }).onDelete('cascade'),
    personKey(t, t.writerId),
    index('supervision_private_notes_writer_idx').on(t.orgId, t.writerId, t.sessionId),
  ],
);

import { boolean, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';
import { collaborativeTimepoints } from '../collaboratives/schema.js';
import { people } from '../people/schema.js';

/**
 * Reminders and notifications. Everything here but the hub's requests (the last table) is one person's own: their choices per kind, the
 * notifications shown to them, and the log of what was sent to them (so each reminder goes once).
 * Nobody else reads any of it (policy.ts); it leaves with the person's "My data" and goes with
 * their erase (personal-data.ts). Erasing the person record removes the rows with it.
 */

const orgRef = () => uuid('org_id').notNull().references(() => organisations.id);
const at = (name: string) => timestamp(name, { withTimezone: true });

/** A person's choice for one kind of reminder; a kind with no row follows the defaults (model.ts). */
export const reminderPreferences = pgTable(
  'reminder_preferences',
  {
    orgId: orgRef(),
    personId: uuid('person_id').notNull(),
    kind: text('kind').notNull(),
    inApp: boolean('in_app').notNull(),
    email: boolean('email').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.personId, t.kind] }),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }).onDelete('cascade'),
  ],
);

/**
 * One notification shown in the person's list. `params` holds only what the text needs (a course
 * title, a survey title, a colleague's name, a day) — never a score, an answer or a band.
 * params: JSON checked by ZNotificationParams — changing its shape may need a migration.
 */
export const notifications = pgTable(
  'notifications',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    kind: text('kind').notNull(),
    params: jsonb('params').notNull().default({}),
    /** The page the notification opens (an address inside Tend). */
    link: text('link').notNull(),
    dueOn: date('due_on').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    readAt: at('read_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }).onDelete('cascade'),
    index('notifications_person_idx').on(t.orgId, t.personId, t.createdAt),
  ],
);

/**
 * What was sent: one row per person, kind, thing (`subject`: a plan version, a record, a cycle, a
 * pair, a grant) and due day. Its primary key is what makes sending idempotent: a round inserts
 * the row first and delivers only when the insert took, so a second round, or a second process
 * racing the first, finds the row and sends nothing.
 */
export const remindersSent = pgTable(
  'reminders_sent',
  {
    orgId: orgRef(),
    personId: uuid('person_id').notNull(),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    dueOn: date('due_on').notNull(),
    /** Which ways it went ('in-app', 'email'); a reminder the person switched off both ways is not sent, so not logged. */
    channels: text('channels').array().notNull(),
    sentAt: at('sent_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.personId, t.kind, t.subject, t.dueOn] }),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }).onDelete('cascade'),
  ],
);

/**
 * A hub admin's "remind the organisations that have not contributed" for one collaborative
 * timepoint: at most one a day per timepoint (the primary key, on the hub's day), with how many
 * organisations it reached. Hub-keyed; it names no person of a member organisation.
 */
export const hubReminderRequests = pgTable(
  'hub_reminder_requests',
  {
    hubId: uuid('hub_id')
      .notNull()
      .references(() => organisations.id),
    timepointId: uuid('timepoint_id').notNull(),
    onDay: date('on_day', { mode: 'string' }).notNull(),
    organisations: integer('organisations').notNull().default(0),
    requestedByPersonId: uuid('requested_by_person_id').notNull(),
    requestedAt: at('requested_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.timepointId, t.onDay] }),
    foreignKey({ columns: [t.hubId, t.timepointId], foreignColumns: [collaborativeTimepoints.hubId, collaborativeTimepoints.id] }).onDelete('cascade'),
  ],
);

import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, date, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';
import { people } from '../people/schema.js';
import { units } from '../units/schema.js';

/**
 * Care after a hard event. A hard event is ORGANISATIONAL in shape (a category, a day, a team or
 * some people) and deliberately has no column for what happened: nothing graphic is passed on
 * (S.ind.5). Offers are PROFESSIONAL-LIKE only in that their recorder and the person's line
 * manager see that one was made and whether it is still open; whether it was taken or declined,
 * and every answer, are PERSONAL (the well-being space's rules: the owner alone).
 */

const orgRef = () => uuid('org_id').notNull().references(() => organisations.id);
const at = (name: string) => timestamp(name, { withTimezone: true });
/** A person of the organisation; erasing the person removes what hangs from them. */
const personKey = (t: { orgId: AnyPgColumn; personId: AnyPgColumn }) =>
  foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }).onDelete('cascade');

export const HARD_EVENT_CATEGORIES = ['death-of-someone-supported', 'violence-or-threat', 'serious-incident', 'distressing-disclosure', 'other'] as const;

/**
 * One distressing event a team or some people met. unit_id: the team, when it was a team (its
 * members on that day were offered); null when people were named one by one. recorded_by is
 * null once the recorder erased their data (the offers stay the affected people's); it has no
 * foreign key, like an audit event's actor, so removing the recorder never removes the offers.
 */
export const hardEvents = pgTable(
  'hard_events',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    category: text('category', { enum: HARD_EVENT_CATEGORIES }).notNull(),
    occurredOn: date('occurred_on').notNull(),
    unitId: uuid('unit_id'),
    recordedBy: uuid('recorded_by'),
    recordedAt: at('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.unitId], foreignColumns: [units.orgId, units.id] }),
    index('hard_events_recorder_idx').on(t.orgId, t.recordedBy),
    index('hard_events_day_idx').on(t.orgId, t.occurredOn),
  ],
);

/**
 * One offer of a supportive check-in to one affected person: stage 'early' (about 3 days after)
 * or 'later' (about 4 weeks). status and postponed_to are the person's own: others learn only
 * whether the offer is still open (status = 'open'). unit_id: the person's unit when offered,
 * kept for the counts per unit that leave only through the privacy gate.
 */
export const hardEventOffers = pgTable(
  'hard_event_offers',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    eventId: uuid('event_id').notNull(),
    personId: uuid('person_id').notNull(),
    unitId: uuid('unit_id'),
    stage: text('stage', { enum: ['early', 'later'] }).notNull(),
    dueOn: date('due_on').notNull(),
    postponedTo: date('postponed_to'),
    status: text('status', { enum: ['open', 'taken', 'declined'] }).notNull().default('open'),
    closedAt: at('closed_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.eventId], foreignColumns: [hardEvents.orgId, hardEvents.id] }).onDelete('cascade'),
    personKey(t),
    uniqueIndex('hard_event_offers_once_idx').on(t.orgId, t.eventId, t.personId, t.stage),
    index('hard_event_offers_person_idx').on(t.orgId, t.personId, t.dueOn),
    check('hard_event_offers_closed_check', sql`(${t.status} = 'open') = (${t.closedAt} is null)`),
  ],
);

/**
 * The answers to one offer's check-in: PERSONAL, the owner's alone (404 to everyone else).
 * answers: JSON checked by ZCheckInAnswers — changing its shape may need a migration.
 */
export const hardEventCheckIns = pgTable(
  'hard_event_check_ins',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    offerId: uuid('offer_id').notNull(),
    personId: uuid('person_id').notNull(),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    answers: jsonb('answers').notNull(),
    note: text('note'),
    answeredAt: at('answered_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.offerId], foreignColumns: [hardEventOffers.orgId, hardEventOffers.id] }).onDelete('cascade'),
    personKey(t),
    uniqueIndex('hard_event_check_ins_offer_idx').on(t.orgId, t.offerId),
  ],
);

/**
 * A person asked to be referred for support after an event: the ONLY thing about an offer that
 * others learn (the recorder, the person's line manager and org admins see "X asked to be
 * referred" and when). One per person and event.
 */
export const hardEventReferrals = pgTable(
  'hard_event_referrals',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    eventId: uuid('event_id').notNull(),
    personId: uuid('person_id').notNull(),
    requestedAt: at('requested_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.eventId], foreignColumns: [hardEvents.orgId, hardEvents.id] }).onDelete('cascade'),
    personKey(t),
    uniqueIndex('hard_event_referrals_once_idx').on(t.orgId, t.eventId, t.personId),
  ],
);

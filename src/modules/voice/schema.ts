import { boolean, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';
import { people } from '../people/schema.js';

/**
 * Staff voice (C.1, C.2, C.5): concerns and suggestions, and announcements.
 *
 * voice_concerns is the public "you said, we did" list and holds NOTHING that could point at who
 * wrote a concern: no person, account or session column, no client address or agent, and no exact
 * time — only the coarse month it was raised in (`raised_in`, 'YYYY-MM'). Its ids are random
 * UUID v4 (a UUIDv7 embeds the moment it was made). An anonymous concern is exactly a row here and
 * nothing else; a named one also has a row in voice_concern_authors, which only the handlers'
 * policy reads. Answering is the handlers' act, so its month is kept too.
 */
const orgRef = () => uuid('org_id').notNull().references(() => organisations.id);

export const voiceConcerns = pgTable(
  'voice_concerns',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    kind: text('kind', { enum: ['concern', 'suggestion'] }).notNull(),
    body: text('body').notNull(),
    raisedIn: text('raised_in').notNull(),
    status: text('status', { enum: ['received', 'considering', 'acting', 'done', 'not-doing'] }).notNull().default('received'),
    publicAnswer: text('public_answer'),
    answeredIn: text('answered_in'),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index('voice_concerns_period_idx').on(t.orgId, t.raisedIn)],
);

/**
 * Who raised a named concern, and when: read only by the handlers' policy (never the author's
 * manager) and by the author. Erasing the person erases their named concerns with them.
 */
export const voiceConcernAuthors = pgTable(
  'voice_concern_authors',
  {
    orgId: orgRef(),
    concernId: uuid('concern_id').notNull(),
    personId: uuid('person_id').notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.concernId] }),
    foreignKey({ columns: [t.orgId, t.concernId], foreignColumns: [voiceConcerns.orgId, voiceConcerns.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }).onDelete('cascade'),
    index('voice_concern_authors_person_idx').on(t.orgId, t.personId),
  ],
);

/** An announcement of a policy, hiring or resource change (C.2), published by an org admin. */
export const voiceAnnouncements = pgTable(
  'voice_announcements',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    kind: text('kind', { enum: ['policy', 'hiring', 'resources', 'other'] }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    asksRead: boolean('asks_read').notNull().default(false),
    publishedBy: uuid('published_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.publishedBy], foreignColumns: [people.orgId, people.id] }),
    index('voice_announcements_published_idx').on(t.orgId, t.publishedAt),
  ],
);

/**
 * "I have read this": that the person read it, and nothing else (no time: counts are all that
 * ever leaves, through the privacy gate, and a time would let views be told apart).
 */
export const voiceAnnouncementReads = pgTable(
  'voice_announcement_reads',
  {
    orgId: orgRef(),
    announcementId: uuid('announcement_id').notNull(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.announcementId, t.personId] }),
    foreignKey({ columns: [t.orgId, t.announcementId], foreignColumns: [voiceAnnouncements.orgId, voiceAnnouncements.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }).onDelete('cascade'),
    index('voice_announcement_reads_person_idx').on(t.orgId, t.personId),
  ],
);

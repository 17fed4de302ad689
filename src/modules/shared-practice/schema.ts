import { sql } from 'drizzle-orm';
import { boolean, customType, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { collaboratives } from '../collaboratives/schema.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * Shared practice of a hub's learning collaborative: its library and its discussion board. Both
 * are hub-keyed (hub_id first in the primary key), distributed by hub_id on Citus and co-located
 * with the collaboratives they belong to. What is written here was written FOR the collaborative
 * by a hub admin or an organisation's admin; nothing here is about a worker.
 * `author_org_id` is the author's tenant (the hub itself, or a member organisation) and
 * `author_person_id` a person of that tenant; neither ever leaves the server as an id.
 */
export const sharedPracticeItems = pgTable(
  'shared_practice_items',
  {
    hubId: uuid('hub_id').notNull(),
    id: uuid('id').notNull(),
    collaborativeId: uuid('collaborative_id').notNull(),
    kind: text('kind', { enum: ['document', 'link', 'story'] }).notNull(),
    title: text('title').notNull(),
    /** a link's address (http or https only) */
    url: text('url'),
    /** a story's text (plain text) */
    body: text('body'),
    /** a document: its cleaned name, the media type decided from its bytes, its size and bytes */
    fileName: text('file_name'),
    mediaType: text('media_type'),
    size: integer('size'),
    content: bytea('content'),
    authorOrgId: uuid('author_org_id').notNull(),
    authorPersonId: uuid('author_person_id').notNull(),
    /** a story's organisation is named only when its author chose so (changeable later); false for others */
    nameOrganisation: boolean('name_organisation').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.collaborativeId], foreignColumns: [collaboratives.hubId, collaboratives.id] }).onDelete('cascade'),
    index('shared_practice_items_collaborative_idx').on(t.hubId, t.collaborativeId, t.createdAt),
  ],
);

/**
 * The collaborative's discussion board: a thread is a post with a title and no `thread_id`; a
 * reply names its thread (one level deep). An author's deletion keeps the row without its words
 * (so the replies of others stay in place); a hub admin's hiding keeps the words for the hub's
 * admins and shows everyone else the reason.
 */
export const sharedPracticePosts = pgTable(
  'shared_practice_posts',
  {
    hubId: uuid('hub_id').notNull(),
    id: uuid('id').notNull(),
    collaborativeId: uuid('collaborative_id').notNull(),
    threadId: uuid('thread_id'),
    title: text('title'),
    body: text('body').notNull(),
    authorOrgId: uuid('author_org_id').notNull(),
    authorPersonId: uuid('author_person_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenReason: text('hidden_reason'),
    hiddenByPersonId: uuid('hidden_by_person_id'),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.collaborativeId], foreignColumns: [collaboratives.hubId, collaboratives.id] }).onDelete('cascade'),
    index('shared_practice_posts_board_idx').on(t.hubId, t.collaborativeId, t.createdAt),
  ],
);

/**
 * A reader's report of a board post to the hub's moderators. The reporter's tenant and person are
 * kept only to hold one open report per person per post and to tell the reporter they already
 * reported it; they never leave the server, not even to the hub's admins (see board-reports.ts).
 * A report stays open until a hub admin dismisses the reports of the post or hides the post.
 */
export const hubPracticeReports = pgTable(
  'hub_practice_reports',
  {
    hubId: uuid('hub_id').notNull(),
    id: uuid('id').notNull(),
    collaborativeId: uuid('collaborative_id').notNull(),
    postId: uuid('post_id').notNull(),
    reporterOrgId: uuid('reporter_org_id').notNull(),
    reporterPersonId: uuid('reporter_person_id').notNull(),
    kind: text('kind', { enum: ['identifying', 'unkind', 'other'] }).notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedByPersonId: uuid('closed_by_person_id'),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.postId], foreignColumns: [sharedPracticePosts.hubId, sharedPracticePosts.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.hubId, t.collaborativeId], foreignColumns: [collaboratives.hubId, collaboratives.id] }).onDelete('cascade'),
    uniqueIndex('hub_practice_reports_open_idx').on(t.hubId, t.postId, t.reporterOrgId, t.reporterPersonId).where(sql`${t.closedAt} is null`),
    index('hub_practice_reports_board_idx').on(t.hubId, t.collaborativeId),
  ],
);

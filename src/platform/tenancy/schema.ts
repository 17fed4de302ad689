import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The tenant. Its id is the distribution column every other tenant-owned table carries.
 * settings: JSON each part checks with its own zod schema (composed in src/org-settings.ts) —
 * changing its shape may need a migration.
 */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  /**
   * 'organisation' or 'hub' (tenant-kind.ts). A hub is a tenant of its own: its people sign in
   * as anyone does, and the route rule's tenant wall keeps them out of organisations' routes.
   */
  kind: text('kind', { enum: ['organisation', 'hub'] }).notNull().default('organisation'),
  settings: jsonb('settings').notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

import { doublePrecision, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';
import { collaboratives } from '../collaboratives/schema.js';

/**
 * A hub's open-data publications: each the document its files are written from (metadata and
 * rows, as built from the cross-organisation gate's verdicts), stored once and served as it was
 * published, so noise drawn for a release is never drawn again. Hub-keyed (hub_id first), and
 * nothing in it is about a person: only released aggregates and the reasons others were hidden.
 * `epsilon` is what the release spent of the hub's privacy budget (null: exact figures, no noise).
 */
export const hubPublications = pgTable(
  'hub_publications',
  {
    hubId: uuid('hub_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull(),
    collaborativeId: uuid('collaborative_id').notNull(),
    version: integer('version').notNull(),
    language: text('language', { enum: ['en', 'es'] }).notNull(),
    epsilon: doublePrecision('epsilon'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    document: jsonb('document').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    unique('hub_publications_version').on(t.hubId, t.collaborativeId, t.version),
    foreignKey({ columns: [t.hubId, t.collaborativeId], foreignColumns: [collaboratives.hubId, collaboratives.id] }),
  ],
);

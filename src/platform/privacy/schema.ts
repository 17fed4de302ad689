import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../tenancy/schema.js';

/**
 * Which groups of people have had figures released, per data set, so a later query that
 * differs by too few people can be refused. Holds person ids only — never a value.
 */
export const privacyReleases = pgTable(
  'privacy_releases',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id),
    id: uuid('id').notNull(),
    /** what was aggregated and over which period, e.g. 'checkins:2026-11' */
    dataset: text('dataset').notNull(),
    /** the cell's group path, for the refusal message */
    cellKey: text('cell_key').notNull(),
    members: text('members').array().notNull(),
    /**
     * false: a group hidden as too small, logged so later releases of the family keep it
     * unknown (the cycle-wide gate, release-system.ts); true: a figure that was shown
     */
    shown: boolean('shown').notNull().default(true),
    releasedAt: timestamp('released_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index('privacy_releases_dataset_idx').on(t.orgId, t.dataset)],
);

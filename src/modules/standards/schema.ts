import { boolean, date, foreignKey, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';

/**
 * A hub's published standards. Every table is hub-keyed (hub_id first in the primary key): on
 * Citus they are distributed by hub_id and co-located with each other. A standard is backed by
 * one content pack id; its versions are installed versions of that pack (content_packs), so what
 * an organisation runs and what the hub published are the same id and version.
 */
export const hubStandards = pgTable(
  'hub_standards',
  {
    hubId: uuid('hub_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    packId: text('pack_id').notNull(),
    /** framework | assessment: the kind of the pack, fixed by its first version. */
    kind: text('kind', { enum: ['framework', 'assessment'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.hubId, t.id] }), unique('hub_standards_one_per_pack').on(t.hubId, t.packId)],
);

/** Each published version: the pack version and the hub's own "what changed" note. Never changed once published. */
export const hubStandardVersions = pgTable(
  'hub_standard_versions',
  {
    hubId: uuid('hub_id').notNull(),
    standardId: uuid('standard_id').notNull(),
    packVersion: text('pack_version').notNull(),
    note: text('note').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedByPersonId: uuid('published_by_person_id'),
    /**
     * The hub uploaded this pack version (true) rather than choosing one already installed: what
     * makes a pack id the hub's own, the only ids it may upload further versions of
     * (standard-rules.ts, checkUpload).
     */
    uploaded: boolean('uploaded').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.standardId, t.packVersion] }),
    foreignKey({ columns: [t.hubId, t.standardId], foreignColumns: [hubStandards.hubId, hubStandards.id] }).onDelete('cascade'),
  ],
);

/**
 * The hub's mark that a member organisation met a published standard version (W.incentives). A
 * withdrawn mark keeps its row with the withdrawal date; marking again starts it afresh (the
 * audit trail keeps every step).
 */
export const hubRecognitions = pgTable(
  'hub_recognitions',
  {
    hubId: uuid('hub_id').notNull(),
    standardId: uuid('standard_id').notNull(),
    packVersion: text('pack_version').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    metOn: date('met_on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    recognisedAt: timestamp('recognised_at', { withTimezone: true }).notNull().defaultNow(),
    recognisedByPersonId: uuid('recognised_by_person_id'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnByPersonId: uuid('withdrawn_by_person_id'),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.standardId, t.packVersion, t.orgId] }),
    foreignKey({ columns: [t.hubId, t.standardId, t.packVersion], foreignColumns: [hubStandardVersions.hubId, hubStandardVersions.standardId, hubStandardVersions.packVersion] }).onDelete('cascade'),
  ],
);

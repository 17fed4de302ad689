import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Installed content packs. Reference data, not tenant-owned: one copy serves every organisation
 * (on a Citus cluster, a reference table), so there is no org_id. A pack id + version is written
 * once and never changed — answers and placements record the id and version they used — so a
 * changed pack comes as a new version, never as an update of a row.
 */
export const contentPacks = pgTable(
  'content_packs',
  {
    id: text('id').notNull(),
    version: text('version').notNull(),
    kind: text('kind').notNull(),
    /** The whole pack as validated (header and body, without `$schema`): export gives it back. */
    body: jsonb('body').notNull(),
    /** SHA-256 of the pack's canonical JSON: the same pack installed again is recognised as such. */
    checksum: text('checksum').notNull(),
    installedAt: timestamp('installed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.id, t.version] })],
);

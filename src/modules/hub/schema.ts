import { foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';

/**
 * An organisation's membership of a regional hub: its standing now (model.ts) and the dates of
 * each step. Keyed by hub first. On Citus a REFERENCE table: a hub has at most a few thousand
 * members, and both sides read it — the hub by hub_id, an organisation's admins by org_id —
 * so a copy on every node answers both without a cross-shard query.
 * Everyone named here is named by person id in their own tenant: `invited_by` is a hub person,
 * `decided_by` and `revoked_by` are the organisation's people.
 */
export const hubMemberships = pgTable(
  'hub_memberships',
  {
    hubId: uuid('hub_id')
      .notNull()
      .references(() => organisations.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status', { enum: ['invited', 'consented', 'declined', 'revoked', 'withdrawn'] }).notNull(),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
    invitedByPersonId: uuid('invited_by_person_id'),
    /** When the organisation consented or declined this invitation, and who. */
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByPersonId: uuid('decided_by_person_id'),
    /** The consent statement version signed (model.ts CONSENT_STATEMENT_VERSION); null unless consented. */
    statementVersion: integer('statement_version'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedByPersonId: uuid('revoked_by_person_id'),
  },
  (t) => [primaryKey({ columns: [t.hubId, t.orgId] }), index('hub_memberships_org_idx').on(t.orgId)],
);

/**
 * The signed record: every consent, decline and revocation, never changed or deleted while the
 * membership exists (a new invitation starts a new period; the old signatures stay). Keyed by
 * hub first and DISTRIBUTED by hub_id on Citus, co-located with nothing of an organisation's:
 * it is read one hub at a time (the hub's page, or an organisation's page for one hub).
 */
export const hubConsents = pgTable(
  'hub_consents',
  {
    hubId: uuid('hub_id').notNull(),
    id: uuid('id').notNull(),
    orgId: uuid('org_id').notNull(),
    decision: text('decision', { enum: ['consented', 'declined', 'revoked'] }).notNull(),
    statementVersion: integer('statement_version'),
    personId: uuid('person_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.orgId], foreignColumns: [hubMemberships.hubId, hubMemberships.orgId] }),
    index('hub_consents_membership_idx').on(t.hubId, t.orgId, t.at),
  ],
);

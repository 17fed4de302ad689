import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../tenancy/schema.js';

/**
 * Append-only record of reads of another person's record and of admin changes: who, what,
 * when — never the content. data: JSON of ids and field names only (checked by ZAuditData);
 * changing its shape may need a migration.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id),
    id: uuid('id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    type: text('type').notNull(),
    actorAccountId: uuid('actor_account_id'),
    actorPersonId: uuid('actor_person_id'),
    subjectPersonId: uuid('subject_person_id'),
    /** A list read: everyone the list showed, so each finds it in their own access log. */
    subjectPersonIds: uuid('subject_person_ids').array().notNull().default(sql`'{}'::uuid[]`),
    data: jsonb('data').notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('audit_events_subject_idx').on(t.orgId, t.subjectPersonId, t.at),
    index('audit_events_subjects_idx').using('gin', t.subjectPersonIds),
  ],
);

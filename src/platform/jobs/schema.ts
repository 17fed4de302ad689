import { customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../tenancy/schema.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Background jobs (people and training imports, PDF reports), kept here rather than in a
 * process's memory so that any Tend process on the database can answer a poll or a download.
 * A job belongs to the person who started it: every read names org, owner and id together.
 * A row whose `expires_at` has passed is never served and is deleted by the clean-up.
 */
export const jobs = pgTable(
  'jobs',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull(),
    ownerAccountId: uuid('owner_account_id'),
    ownerPersonId: uuid('owner_person_id').notNull(),
    /** 'people-import' | 'training-import' | 'workforce-import' | 'assessment-report' */
    kind: text('kind').notNull(),
    /** 'running' | 'done' | 'failed' */
    status: text('status').notNull(),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    /** What the job's poll shows once done: counts, a cycle id; never people's data. */
    result: jsonb('result').notNull().default({}),
    message: text('message'),
    problems: jsonb('problems'),
    /** A report's PDF, only for its requester, gone at expiry. */
    file: bytea('file'),
    fileName: text('file_name'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index('jobs_owner_idx').on(t.orgId, t.ownerPersonId, t.kind), index('jobs_expires_idx').on(t.expiresAt)],
);

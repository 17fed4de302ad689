import { sql } from 'drizzle-orm';
import { date, foreignKey, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';
import { units } from '../units/schema.js';

/** Everyone who works or volunteers for the organisation, whether or not they sign in. */
export const people = pgTable(
  'people',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    jobTitle: text('job_title'),
    unitId: uuid('unit_id'),
    managerId: uuid('manager_id'),
    kind: text('kind', { enum: ['employee', 'volunteer', 'contractor', 'peer_worker'] }).notNull(),
    startDate: date('start_date'),
    endDate: date('end_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.unitId], foreignColumns: [units.orgId, units.id] }),
    foreignKey({ columns: [t.orgId, t.managerId], foreignColumns: [t.orgId, t.id] }),
    uniqueIndex('people_org_email_idx').on(t.orgId, sql`lower(${t.email})`),
    index('people_org_manager_idx').on(t.orgId, t.managerId),
    index('people_org_unit_idx').on(t.orgId, t.unitId),
  ],
);

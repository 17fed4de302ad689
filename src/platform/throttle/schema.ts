import { foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../tenancy/schema.js';
import { accounts } from '../auth/schema.js';

/**
 * Attempt counters for sign-in, password change and reset requests, shared by every Tend
 * process on the database (a counter in memory would let each process grant its own quota).
 * One fixed window per key; the key is a SHA-256 of what is counted ("sign-in:account:<email>"),
 * so the table holds no addresses. Rows whose window ended are deleted by `pruneAttempts`.
 */
export const attemptCounters = pgTable(
  'attempt_counters',
  {
    keyHash: text('key_hash').primaryKey(),
    count: integer('count').notNull(),
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('attempt_counters_window_ends_idx').on(t.windowEndsAt)],
);

/**
 * Browsers an account has signed in from (OWASP "device cookies"): only a SHA-256 of the
 * `tend_device` cookie is kept. Failed sign-ins from a stranger do not stop a known browser.
 */
export const knownDevices = pgTable(
  'known_devices',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id),
    accountId: uuid('account_id').notNull(),
    deviceHash: text('device_hash').notNull(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.accountId, t.deviceHash] }),
    foreignKey({ columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }).onDelete('cascade'),
    index('known_devices_last_sign_in_idx').on(t.lastSignInAt),
  ],
);

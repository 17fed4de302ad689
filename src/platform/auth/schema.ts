import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../../modules/people/schema.js';
import { organisations } from '../tenancy/schema.js';

/** Every role an account may hold; which of them mean something depends on its tenant's kind (tenancy/tenant-kind.ts). */
export const APP_ROLES = ['worker', 'supervisor', 'org_admin', 'hub_admin', 'hub_analyst'] as const;
export type AppRole = (typeof APP_ROLES)[number];

/** A person's way in: email, password hash (argon2id) and app roles. */
export const accounts = pgTable(
  'accounts',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id),
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    email: text('email').notNull(),
    passwordHash: text('password_hash'),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    locale: text('locale').notNull().default('en'),
    disabled: boolean('disabled').notNull().default(false),
    /** An address an admin asked to change to: sign-in ignores it until its owner confirms (email-change.ts). */
    pendingEmail: text('pending_email'),
    /** When a reset link last set the password; told once at the next sign-in, then cleared. */
    resetNoticeAt: timestamp('reset_notice_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }),
    index('accounts_org_person_idx').on(t.orgId, t.personId),
  ],
);

/**
 * Sign-in arrives with an email and no organisation. This small table routes an email to its
 * accounts; it is installation-wide (a Citus reference table). It holds only addresses their
 * owner has confirmed (invitation accepted, email change confirmed, or set by the operator), one
 * row per organisation: an organisation's unconfirmed rows can neither block nor reveal another's
 * (docs/decisions/004-identity-and-email.md).
 */
export const accountDirectory = pgTable(
  'account_directory',
  {
    email: text('email').notNull(),
    orgId: uuid('org_id').notNull(),
    accountId: uuid('account_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.email, t.orgId] })],
);

/** Server-side sessions. Only a SHA-256 of the cookie's token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id),
    tokenHash: text('token_hash').notNull(),
    accountId: uuid('account_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.tokenHash] }), index('sessions_org_account_idx').on(t.orgId, t.accountId)],
);

/**
 * One-time links: invitations, password resets and email-change confirmations. Only a hash of the
 * token is stored. `email` is the address the link was sent to: a link works only while that is
 * still the account's address (for an email change: still the pending one).
 */
export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id),
    tokenHash: text('token_hash').notNull(),
    accountId: uuid('account_id').notNull(),
    purpose: text('purpose', { enum: ['invite', 'reset', 'email-change'] }).notNull(),
    email: text('email'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.tokenHash] })],
);

import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';
import { people } from '../people/schema.js';
import type { LocalTexts } from './support-texts.js';

/**
 * The worker's private well-being space: PERSONAL data (DESIGN.md). Only the owner reads these
 * rows; anyone else only through a grant the owner made (wellbeing_grants), and every such read is
 * in the audit log. Aggregates leave only through the privacy gate. Erasing deletes the rows.
 */

const orgRef = () => uuid('org_id').notNull().references(() => organisations.id);
const at = (name: string) => timestamp(name, { withTimezone: true });
const owner = () => uuid('person_id').notNull();
/** The owner's row in people; erasing a person erases their space with them. */
const ownerKey = (t: { orgId: AnyPgColumn; personId: AnyPgColumn }) =>
  foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }).onDelete('cascade');

/**
 * One completed check-in: the answers to an instrument (skipped items are null). Scores are never
 * stored: they are recomputed from the answers and the instrument's declaration. unit_id and
 * submitted_on keep what the privacy gate needs to aggregate by unit and period.
 * origin 'imported': a past QuestionnaireResponse the person brought in from another app
 * (import-responses.ts). Its day and time are the response's `authored`, its unit_id is always
 * null and anything the organisation sees in aggregate must also filter on origin = 'tend': an
 * answer given elsewhere, perhaps before the person worked here, says nothing about a team here.
 * import_key is the response's identity (identifier, id or content hash), unique per person, so
 * the same response brought in twice is skipped; import_source says in words where it came from.
 * answers: JSON checked by ZCheckInAnswers — changing its shape may need a migration.
 */
export const checkIns = pgTable(
  'wellbeing_check_ins',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    personId: owner(),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    answers: jsonb('answers').notNull(),
    unitId: uuid('unit_id'),
    submittedOn: date('submitted_on').notNull(),
    submittedAt: at('submitted_at').notNull().defaultNow(),
    origin: text('origin', { enum: ['tend', 'imported'] }).notNull().default('tend'),
    importKey: text('import_key'),
    importSource: text('import_source'),
    importedAt: at('imported_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    ownerKey(t),
    index('wellbeing_check_ins_person_idx').on(t.orgId, t.personId, t.submittedAt),
    index('wellbeing_check_ins_unit_period_idx').on(t.orgId, t.unitId, t.submittedOn),
    uniqueIndex('wellbeing_check_ins_import_key_idx').on(t.orgId, t.personId, t.importKey),
    // an imported check-in always says where it came from and never counts for a team
    check(
      'wellbeing_check_ins_origin_check',
      sql`(${t.origin} = 'tend' and ${t.importKey} is null and ${t.importedAt} is null) or (${t.origin} = 'imported' and ${t.importKey} is not null and ${t.importedAt} is not null and ${t.unitId} is null)`,
    ),
  ],
);

/**
 * The worker's profile of strengths and vulnerabilities (S.ind.4), their coping plan for before,
 * during and after exposure (S.ind.2) and their check-in rhythm: one row per person.
 * profile/copingPlan: JSON checked by ZProfile / ZCopingPlan — changing its shape may need a migration.
 */
export const wellbeingSpaces = pgTable(
  'wellbeing_spaces',
  {
    orgId: orgRef(),
    personId: owner(),
    profile: jsonb('profile').notNull().default({}),
    copingPlan: jsonb('coping_plan').notNull().default({}),
    rhythm: text('rhythm', { enum: ['weekly', 'fortnightly', 'monthly', 'off'] }).notNull().default('off'),
    rhythmInstrumentId: text('rhythm_instrument_id'),
    /**
     * The person's choice (off unless they turn it on) to let their check-in results count in
     * the organisation's figures, only ever through the privacy gate; turning it off leaves them
     * out of every figure made from then on.
     */
    contributesToFigures: boolean('contributes_to_figures').notNull().default(false),
    contributionChangedAt: at('contribution_changed_at'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId] }), ownerKey(t), index('wellbeing_spaces_contributing_idx').on(t.orgId).where(sql`${t.contributesToFigures}`)],
);

/** Private reflection notes: the owner's alone, never shareable. */
export const reflections = pgTable(
  'wellbeing_reflections',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    personId: owner(),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), ownerKey(t), index('wellbeing_reflections_person_idx').on(t.orgId, t.personId, t.createdAt)],
);

/**
 * Access the owner granted to one named person, to one part of their space, until it expires or
 * the owner revokes it. checkInId is set only for the 'check-in' scope (a single result).
 */
export const grants = pgTable(
  'wellbeing_grants',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    personId: owner(),
    granteePersonId: uuid('grantee_person_id').notNull(),
    scope: text('scope', { enum: ['coping-plan', 'check-in-trend', 'check-in'] }).notNull(),
    checkInId: uuid('check_in_id'),
    expiresAt: at('expires_at').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    revokedAt: at('revoked_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    ownerKey(t),
    foreignKey({ columns: [t.orgId, t.granteePersonId], foreignColumns: [people.orgId, people.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.checkInId], foreignColumns: [checkIns.orgId, checkIns.id] }).onDelete('cascade'),
    index('wellbeing_grants_grantee_idx').on(t.orgId, t.granteePersonId),
    index('wellbeing_grants_owner_idx').on(t.orgId, t.personId),
  ],
);

/**
 * Where to find support outside the team (S.ind.7): employee assistance, counselling, crisis lines.
 * Organisational data, kept by org admins, shown on every page of the well-being space.
 */
export const supportContacts = pgTable(
  'support_contacts',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    kind: text('kind', { enum: ['employee-assistance', 'counselling', 'crisis', 'peer-support', 'other'] }).notNull(),
    // each text per language ({ en, es }), any of them missing; shape checked by ZLocalTexts in
    // support-texts.ts: changing it may need a migration
    name: jsonb('name').$type<LocalTexts>().notNull(),
    description: jsonb('description').$type<LocalTexts>().notNull().default({}),
    phone: text('phone'),
    url: text('url'),
    hours: jsonb('hours').$type<LocalTexts>().notNull().default({}),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] })],
);

import { index, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';

/** The instruments' own tables: what an organisation imported (licensed texts, its own instruments). Installed packs live in content_packs. */

/**
 * Item texts of a licensed measure, imported by an organisation that holds the licence (as a FHIR
 * Questionnaire). Tend ships only the scoring; these texts stay with the organisation.
 * questionnaire: the FHIR R4 Questionnaire as imported.
 */
export const licensedInstrumentTexts = pgTable(
  'licensed_instrument_texts',
  {
    orgId: uuid('org_id').notNull().references(() => organisations.id),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    questionnaire: jsonb('questionnaire').notNull(),
    importedByPersonId: uuid('imported_by_person_id'),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.instrumentId, t.instrumentVersion] })],
);

/**
 * Instruments an organisation imported from a FHIR Questionnaire of its own choosing. They belong
 * to that organisation alone (built-in packs in content_packs are shared): a draft is seen by its
 * admins only, a published one is offered to its workers, a withdrawn one is offered to nobody but
 * still scores the check-ins that answered it. pack: the instrument pack (safety marks included);
 * mapping: which linkId is which item and which coding which value, to read the form's own
 * responses; questionnaire: the form as imported, whose calculated expressions the preview runs;
 * notes: what the import left out or could not carry. A published version never changes.
 */
export const orgInstruments = pgTable(
  'org_instruments',
  {
    id: uuid('id').notNull(),
    orgId: uuid('org_id').notNull().references(() => organisations.id),
    instrumentId: text('instrument_id').notNull(),
    version: text('version').notNull(),
    status: text('status', { enum: ['draft', 'published', 'withdrawn'] }).notNull(),
    pack: jsonb('pack').notNull(),
    mapping: jsonb('mapping').notNull(),
    questionnaire: jsonb('questionnaire').notNull(),
    notes: jsonb('notes').notNull(),
    importedByPersonId: uuid('imported_by_person_id'),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
    publishedByPersonId: uuid('published_by_person_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  // org_id first in the key, as every organisation's table (docs/scale.md): the rows are distributed by it
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('org_instruments_version').on(t.orgId, t.instrumentId, t.version), index('org_instruments_org').on(t.orgId, t.status),
  ],
);

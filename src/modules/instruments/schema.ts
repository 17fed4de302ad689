import { jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';

/** The instruments' own table: what an organisation imported for a licensed measure. Installed packs live in content_packs. */

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

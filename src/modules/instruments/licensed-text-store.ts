import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { licensedInstrumentTexts } from './schema.js';

/** Item texts of licensed measures an organisation imported (they stay with the organisation). */

export type LicensedTextRow = typeof licensedInstrumentTexts.$inferSelect;

/** Stores (or replaces) the organisation's texts for one instrument version. */
export async function saveLicensedTexts(
  q: Queryable,
  orgId: string,
  input: { instrumentId: string; instrumentVersion: string; questionnaire: unknown; importedByPersonId: string },
): Promise<void> {
  const set = { questionnaire: input.questionnaire, importedByPersonId: input.importedByPersonId, importedAt: new Date() };
  await q
    .insert(licensedInstrumentTexts)
    .values({ orgId, ...input })
    .onConflictDoUpdate({ target: [licensedInstrumentTexts.orgId, licensedInstrumentTexts.instrumentId, licensedInstrumentTexts.instrumentVersion], set });
}

/** The organisation's imported texts, per instrument id and version. */
export function licensedTextsOf(q: Queryable, orgId: string, instrumentId?: string): Promise<LicensedTextRow[]> {
  return q
    .select()
    .from(licensedInstrumentTexts)
    .where(and(eq(licensedInstrumentTexts.orgId, orgId), instrumentId ? eq(licensedInstrumentTexts.instrumentId, instrumentId) : undefined));
}

import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { withoutOrg } from '../framework/framework-export.js';
import { licensedInstrumentTexts, orgInstruments } from './schema.js';

/**
 * The organisation's instruments for the operator's JSON export: the instruments it imported
 * (drafts, published and withdrawn, each with the form as imported, its mapping and notes), and
 * the licensed texts it holds. Nobody's answers: those are the workers' own.
 */
export async function instrumentsExport(q: Queryable, orgId: string) {
  return {
    ownInstruments: await q.select().from(orgInstruments).where(eq(orgInstruments.orgId, orgId)).orderBy(asc(orgInstruments.id)).then(withoutOrg),
    licensedTexts: await q
      .select()
      .from(licensedInstrumentTexts)
      .where(eq(licensedInstrumentTexts.orgId, orgId))
      .orderBy(asc(licensedInstrumentTexts.instrumentId), asc(licensedInstrumentTexts.instrumentVersion))
      .then(withoutOrg),
  };
}

import { getPack } from '../../content/pack-store.js';
import type { Locale, TInstrumentPack } from '../../content/pack-schema.js';
import type { Queryable } from '../../platform/db/client.js';
import type { QuestionnaireResponse } from '../instruments/fhir/fhir-types.js';
import { responseFromAnswers } from '../instruments/fhir/questionnaire-response.js';
import { findInstrument } from '../instruments/instrument-catalogue.js';
import type { CheckInRow } from './check-in-store.js';
import { ZCheckInAnswers } from './model.js';

/** A check-in written as FHIR: used by its own download and by the owner's export. */

/**
 * The pack a check-in's FHIR response is written with: the organisation's view (licensed texts
 * merged), else the installed pack itself — texts the organisation no longer has, yet the answers
 * are still the person's own. Undefined when the version is not installed.
 */
export async function responsePackOf(q: Queryable, orgId: string, instrumentId: string, version: string): Promise<TInstrumentPack | undefined> {
  const pack = (await findInstrument(q, orgId, instrumentId, version)) ?? (await getPack(q, instrumentId, version))?.pack;
  return pack?.kind === 'instrument' ? pack : undefined;
}

/** A check-in as a FHIR QuestionnaireResponse (its id is the check-in's), written with the version it answered. */
export function checkInResponseWith(pack: TInstrumentPack, row: CheckInRow, locale: string, publicUrl: string): QuestionnaireResponse & { id: string } {
  const language = pack.locales.includes(locale as Locale) ? (locale as Locale) : pack.locales[0]!;
  const response = responseFromAnswers(pack, ZCheckInAnswers.parse(row.answers), { publicUrl, locale: language, authored: row.submittedAt.toISOString() });
  const { resourceType, ...rest } = response;
  return { resourceType, id: row.id, ...rest };
}

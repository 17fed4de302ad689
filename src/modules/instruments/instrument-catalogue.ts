import type { TPack } from '../../content/pack-schema.js';
import { getPack, listPacks } from '../../content/pack-store.js';
import type { Queryable } from '../../platform/db/client.js';
import type { Questionnaire } from './fhir/fhir-types.js';
import { mergeLicensedTexts } from './merge-licensed-texts.js';
import type { InstrumentPack } from './instrument-types.js';
import { licensedTextsOf } from './licensed-text-store.js';
import { latestPublishedRow, mappingOf, ownInstrumentIds, publishedOrgPacks, usableOrgPack } from './org-instrument-store.js';
import type { QuestionnaireMapping } from './fhir/import-questionnaire.js';
import { tendMapping } from './fhir/questionnaire-response.js';

/**
 * The instruments an organisation's workers may use: every installed instrument pack whose item
 * texts ship with Tend, the licensed measures whose texts this organisation imported, and the
 * instruments it imported and published itself (no other organisation ever sees those).
 */

const asInstrument = (pack: TPack | undefined): InstrumentPack | undefined => (pack?.kind === 'instrument' ? pack : undefined);

/** A licensed measure whose texts Tend does not ship: usable only with the organisation's import. */
export const needsLicensedTexts = (pack: InstrumentPack) => pack.body.licence !== null && !pack.body.licence.textsIncluded;

/**
 * One instrument as this organisation sees it: the given version (for re-scoring old answers) or
 * the latest; licensed texts merged in. Undefined when not installed, not an instrument, a
 * licensed measure this organisation has not imported, or none of this organisation's own
 * published (or, by version, withdrawn) instruments. An import refuses an installed pack's id,
 * but a pack installed later may take one an organisation already uses: for that organisation
 * its own instrument stays what the id means, so its check-ins keep their meaning.
 */
export async function findInstrument(q: Queryable, orgId: string, id: string, version?: string): Promise<InstrumentPack | undefined> {
  if ((await ownInstrumentIds(q, orgId)).has(id)) return usableOrgPack(q, orgId, id, version);
  return installedAsOrgSees(q, orgId, id, version);
}

/** An installed instrument as the organisation sees it (licensed texts merged), or undefined. */
async function installedAsOrgSees(q: Queryable, orgId: string, id: string, version?: string): Promise<InstrumentPack | undefined> {
  const installed = await getPack(q, id, version);
  if (!installed) return undefined;
  const pack = asInstrument(installed.pack);
  if (!pack || !needsLicensedTexts(pack)) return pack;
  // the texts imported for this version, else for another one if they still fit this scoring
  const texts = (await licensedTextsOf(q, orgId, id)).sort((a, b) => Number(b.instrumentVersion === pack.version) - Number(a.instrumentVersion === pack.version));
  for (const imported of texts) {
    const merged = mergeLicensedTexts(pack, imported.questionnaire as Questionnaire);
    if (merged.ok) return merged.pack;
  }
  return undefined;
}

/** The installed instrument pack itself (latest version), texts or not: for importing licensed texts. */
export async function installedInstrument(q: Queryable, id: string): Promise<InstrumentPack | undefined> {
  return asInstrument((await getPack(q, id))?.pack);
}

/** Every instrument the organisation's workers may use, latest versions, by id. */
export async function availableInstruments(q: Queryable, orgId: string): Promise<InstrumentPack[]> {
  const ownIds = await ownInstrumentIds(q, orgId);
  const ids = [...new Set((await listPacks(q)).filter((p) => p.kind === 'instrument' && !ownIds.has(p.id)).map((p) => p.id))];
  const [found, own] = await Promise.all([Promise.all(ids.map((id) => installedAsOrgSees(q, orgId, id))), publishedOrgPacks(q, orgId)]);
  return [...found.filter((p): p is InstrumentPack => p !== undefined), ...own].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * How a QuestionnaireResponse to an instrument on offer is read (its latest version): an installed
 * pack by the codes of its own Questionnaire (tendMapping: linkId = item id, code = value), the
 * organisation's own published instrument by the mapping kept when its Questionnaire was imported
 * (the form's own linkIds and codings). Undefined when the instrument is not on offer to the
 * organisation's workers (a draft, a withdrawn one, another organisation's).
 */
export async function findInstrumentMapping(q: Queryable, orgId: string, id: string): Promise<QuestionnaireMapping | undefined> {
  if (!(await ownInstrumentIds(q, orgId)).has(id) && (await getPack(q, id))) {
    const pack = await findInstrument(q, orgId, id);
    return pack ? tendMapping(pack) : undefined;
  }
  const row = await latestPublishedRow(q, orgId, id);
  return row ? mappingOf(row) : undefined;
}

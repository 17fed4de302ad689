import { and, desc, eq, inArray } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { compareVersions, type TInstrumentPack } from '../../content/pack-schema.js';
import type { Queryable } from '../../platform/db/client.js';
import type { OptionCoding, QuestionnaireMapping } from './fhir/import-questionnaire.js';
import { orgInstruments } from './schema.js';

/** An organisation's own instruments (imported FHIR Questionnaires): drafts, published, withdrawn. */

export type OrgInstrumentStatus = (typeof orgInstruments.$inferSelect)['status'];
export type OrgInstrumentRow = typeof orgInstruments.$inferSelect;

/**
 * How a mapping is stored: its maps as entry lists (JSON has no Map). scaleOf and passedOver were
 * added later (reading past responses checks stored totals and passes over groups): a row stored
 * before has neither — changing this shape may need a migration.
 */
interface StoredMapping {
  itemOf: Array<[string, string]>;
  codings: Array<[string, OptionCoding[]]>;
  scaleOf?: Array<[string, string]>;
  passedOver?: string[];
}

export const storedMapping = (mapping: QuestionnaireMapping): StoredMapping => ({
  itemOf: [...mapping.itemOf],
  codings: [...mapping.codings],
  ...(mapping.scaleOf ? { scaleOf: [...mapping.scaleOf] } : {}),
  ...(mapping.passedOver ? { passedOver: [...mapping.passedOver] } : {}),
});

/** Every linkId of a Questionnaire's items, at any depth. */
function linkIdsOf(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: { linkId?: unknown; item?: unknown }) => [...(typeof item?.linkId === 'string' ? [item.linkId] : []), ...linkIdsOf(item?.item)]);
}

/**
 * The row's mapping of its Questionnaire to its pack. A row stored before scaleOf and passedOver
 * were kept passes over every linkId of its form that is not a scored item, so a response's
 * groups and stored totals are not taken for unknown questions (its totals are then not checked).
 */
export function mappingOf(row: OrgInstrumentRow): QuestionnaireMapping {
  const stored = row.mapping as StoredMapping;
  const itemOf = new Map(stored.itemOf);
  const passedOver = stored.passedOver ?? linkIdsOf((row.questionnaire as { item?: unknown } | null)?.item).filter((linkId) => !itemOf.has(linkId));
  return {
    pack: row.pack as TInstrumentPack,
    itemOf,
    codings: new Map(stored.codings),
    ...(stored.scaleOf ? { scaleOf: new Map(stored.scaleOf) } : {}),
    passedOver: new Set(passedOver),
  };
}

export async function addDraft(
  q: Queryable,
  orgId: string,
  input: { pack: TInstrumentPack; mapping: QuestionnaireMapping; questionnaire: unknown; notes: string[]; importedByPersonId: string | null },
): Promise<OrgInstrumentRow | undefined> {
  const [row] = await q
    .insert(orgInstruments)
    .values({
      id: uuidv7(),
      orgId,
      instrumentId: input.pack.id,
      version: input.pack.version,
      status: 'draft',
      pack: input.pack,
      mapping: storedMapping(input.mapping),
      questionnaire: input.questionnaire,
      notes: input.notes,
      importedByPersonId: input.importedByPersonId,
    })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** Every instrument the organisation imported, newest import first. */
export function listOrgInstruments(q: Queryable, orgId: string): Promise<OrgInstrumentRow[]> {
  return q.select().from(orgInstruments).where(eq(orgInstruments.orgId, orgId)).orderBy(desc(orgInstruments.importedAt), desc(orgInstruments.id));
}

export async function getOrgInstrument(q: Queryable, orgId: string, id: string): Promise<OrgInstrumentRow | undefined> {
  const [row] = await q.select().from(orgInstruments).where(and(eq(orgInstruments.orgId, orgId), eq(orgInstruments.id, id)));
  return row;
}

/** The ids the organisation's own instruments use (any status): for it, those ids are its own. */
export async function ownInstrumentIds(q: Queryable, orgId: string): Promise<Set<string>> {
  const rows = await q.selectDistinct({ instrumentId: orgInstruments.instrumentId }).from(orgInstruments).where(eq(orgInstruments.orgId, orgId));
  return new Set(rows.map((r) => r.instrumentId));
}

/** Whether the organisation already has this id and version (any status). */
export async function hasVersion(q: Queryable, orgId: string, instrumentId: string, version: string): Promise<boolean> {
  const [row] = await q
    .select({ id: orgInstruments.id })
    .from(orgInstruments)
    .where(and(eq(orgInstruments.orgId, orgId), eq(orgInstruments.instrumentId, instrumentId), eq(orgInstruments.version, version)));
  return row !== undefined;
}

/** Replaces a draft's pack (its safety marks); published versions never change. */
export async function changeDraftPack(q: Queryable, orgId: string, id: string, pack: TInstrumentPack): Promise<OrgInstrumentRow | undefined> {
  const [row] = await q
    .update(orgInstruments)
    .set({ pack })
    .where(and(eq(orgInstruments.orgId, orgId), eq(orgInstruments.id, id), eq(orgInstruments.status, 'draft')))
    .returning();
  return row;
}

/** Moves an instrument from one status to another; undefined when it was not in `from`. */
export async function moveStatus(
  q: Queryable,
  orgId: string,
  id: string,
  from: OrgInstrumentStatus[],
  to: OrgInstrumentStatus,
  byPersonId: string,
): Promise<OrgInstrumentRow | undefined> {
  const [row] = await q
    .update(orgInstruments)
    .set({ status: to, ...(to === 'published' ? { publishedByPersonId: byPersonId, publishedAt: new Date() } : {}) })
    .where(and(eq(orgInstruments.orgId, orgId), eq(orgInstruments.id, id), inArray(orgInstruments.status, from)))
    .returning();
  return row;
}

export async function deleteDraft(q: Queryable, orgId: string, id: string): Promise<boolean> {
  const gone = await q
    .delete(orgInstruments)
    .where(and(eq(orgInstruments.orgId, orgId), eq(orgInstruments.id, id), eq(orgInstruments.status, 'draft')))
    .returning({ id: orgInstruments.id });
  return gone.length > 0;
}

/**
 * The organisation's instrument with this id as its workers may use it: the given version when
 * published or withdrawn (old check-ins keep their scores), else the latest published version.
 * Drafts never: they are the admins' alone.
 */
export async function usableOrgPack(q: Queryable, orgId: string, instrumentId: string, version?: string): Promise<TInstrumentPack | undefined> {
  const rows = await q
    .select({ pack: orgInstruments.pack, version: orgInstruments.version, status: orgInstruments.status })
    .from(orgInstruments)
    .where(
      and(
        eq(orgInstruments.orgId, orgId),
        eq(orgInstruments.instrumentId, instrumentId),
        version === undefined ? eq(orgInstruments.status, 'published') : and(eq(orgInstruments.version, version), inArray(orgInstruments.status, ['published', 'withdrawn'])),
      ),
    );
  return latestOf(rows);
}

/** The latest published version of the organisation's own instrument with this id (its mapping with it); drafts and withdrawn ones never. */
export async function latestPublishedRow(q: Queryable, orgId: string, instrumentId: string): Promise<OrgInstrumentRow | undefined> {
  const rows = await q
    .select()
    .from(orgInstruments)
    .where(and(eq(orgInstruments.orgId, orgId), eq(orgInstruments.instrumentId, instrumentId), eq(orgInstruments.status, 'published')));
  return rows.sort((a, b) => compareVersions(b.version, a.version))[0];
}

/** The latest published version of each of the organisation's own instruments. */
export async function publishedOrgPacks(q: Queryable, orgId: string): Promise<TInstrumentPack[]> {
  const rows = await q
    .select({ pack: orgInstruments.pack, version: orgInstruments.version, instrumentId: orgInstruments.instrumentId })
    .from(orgInstruments)
    .where(and(eq(orgInstruments.orgId, orgId), eq(orgInstruments.status, 'published')));
  const ids = [...new Set(rows.map((r) => r.instrumentId))];
  return ids.map((id) => latestOf(rows.filter((r) => r.instrumentId === id))!);
}

const latestOf = (rows: Array<{ pack: unknown; version: string }>): TInstrumentPack | undefined =>
  rows.sort((a, b) => compareVersions(b.version, a.version)).map((r) => r.pack as TInstrumentPack)[0];

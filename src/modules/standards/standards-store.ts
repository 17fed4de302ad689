import { and, asc, eq, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { organisations } from '../../platform/tenancy/schema.js';
import type { StandardKind } from './standard-rules.js';
import { hubRecognitions, hubStandardVersions, hubStandards } from './schema.js';

/** The standards tables: reads and writes, no rules (standard-rules.ts, the use-cases). */

export type StandardRow = typeof hubStandards.$inferSelect;
export type VersionRow = typeof hubStandardVersions.$inferSelect;

/** A hub's standards by name, each with its versions (any order: callers sort by semver). */
export async function listStandards(q: Queryable, hubId: string): Promise<Array<StandardRow & { versions: VersionRow[] }>> {
  const standards = await q.select().from(hubStandards).where(eq(hubStandards.hubId, hubId)).orderBy(asc(hubStandards.name), asc(hubStandards.id));
  const versions = await q.select().from(hubStandardVersions).where(eq(hubStandardVersions.hubId, hubId));
  return standards.map((s) => ({ ...s, versions: versions.filter((v) => v.standardId === s.id) }));
}

/** One standard of the hub, locked when a version is about to be added. */
export async function findStandard(q: Queryable, hubId: string, id: string, forUpdate = false): Promise<StandardRow | undefined> {
  const query = q.select().from(hubStandards).where(and(eq(hubStandards.hubId, hubId), eq(hubStandards.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findStandardOfPack(q: Queryable, hubId: string, packId: string): Promise<StandardRow | undefined> {
  const [row] = await q.select().from(hubStandards).where(and(eq(hubStandards.hubId, hubId), eq(hubStandards.packId, packId)));
  return row;
}

export async function versionsOf(q: Queryable, hubId: string, standardId: string): Promise<VersionRow[]> {
  return q.select().from(hubStandardVersions).where(and(eq(hubStandardVersions.hubId, hubId), eq(hubStandardVersions.standardId, standardId)));
}

export async function insertStandard(q: Queryable, input: { hubId: string; name: string; packId: string; kind: StandardKind }): Promise<string> {
  const id = uuidv7();
  await q.insert(hubStandards).values({ ...input, id });
  return id;
}

/** The versions of a pack id this hub installed by uploading them (whichever of its standards they belong to). */
export async function uploadedVersionsOf(q: Queryable, hubId: string, packId: string): Promise<string[]> {
  const rows = await q
    .select({ packVersion: hubStandardVersions.packVersion })
    .from(hubStandardVersions)
    .innerJoin(hubStandards, and(eq(hubStandards.hubId, hubStandardVersions.hubId), eq(hubStandards.id, hubStandardVersions.standardId)))
    .where(and(eq(hubStandardVersions.hubId, hubId), eq(hubStandards.packId, packId), eq(hubStandardVersions.uploaded, true)));
  return rows.map((r) => r.packVersion);
}

export async function insertVersion(q: Queryable, input: { hubId: string; standardId: string; packVersion: string; note: string; publishedByPersonId: string | null; publishedAt?: Date; uploaded?: boolean }) {
  await q.insert(hubStandardVersions).values(input);
}

/** The hub's recognitions in force (not withdrawn), with each organisation's and standard's names; one organisation's when orgId is given. */
export async function listRecognitions(q: Queryable, hubId: string, orgId?: string) {
  return q
    .select({ recognition: hubRecognitions, orgName: organisations.name, standardName: hubStandards.name })
    .from(hubRecognitions)
    .innerJoin(organisations, eq(organisations.id, hubRecognitions.orgId))
    .innerJoin(hubStandards, and(eq(hubStandards.hubId, hubRecognitions.hubId), eq(hubStandards.id, hubRecognitions.standardId)))
    .where(and(eq(hubRecognitions.hubId, hubId), isNull(hubRecognitions.withdrawnAt), orgId ? eq(hubRecognitions.orgId, orgId) : undefined))
    .orderBy(asc(organisations.name), asc(hubStandards.name), asc(hubRecognitions.packVersion));
}

type RecognitionKey = { hubId: string; standardId: string; packVersion: string; orgId: string };
const keyIs = (k: RecognitionKey) =>
  and(eq(hubRecognitions.hubId, k.hubId), eq(hubRecognitions.standardId, k.standardId), eq(hubRecognitions.packVersion, k.packVersion), eq(hubRecognitions.orgId, k.orgId));

/** Marks (or marks again after a withdrawal); false when a mark is already in force. */
export async function writeRecognition(q: Queryable, input: RecognitionKey & { metOn: string; note: string; byPersonId: string | null }): Promise<boolean> {
  const values = { metOn: input.metOn, note: input.note, recognisedByPersonId: input.byPersonId, recognisedAt: new Date(), withdrawnAt: null, withdrawnByPersonId: null };
  const [existing] = await q.select({ withdrawnAt: hubRecognitions.withdrawnAt }).from(hubRecognitions).where(keyIs(input)).for('update');
  if (existing && existing.withdrawnAt === null) return false;
  if (existing) await q.update(hubRecognitions).set(values).where(keyIs(input));
  else await q.insert(hubRecognitions).values({ hubId: input.hubId, standardId: input.standardId, packVersion: input.packVersion, orgId: input.orgId, ...values });
  return true;
}

/** Withdraws a mark in force; false when there is none. */
export async function withdrawRecognition(q: Queryable, key: RecognitionKey, byPersonId: string): Promise<boolean> {
  const done = await q
    .update(hubRecognitions)
    .set({ withdrawnAt: new Date(), withdrawnByPersonId: byPersonId })
    .where(and(keyIs(key), isNull(hubRecognitions.withdrawnAt)))
    .returning({ orgId: hubRecognitions.orgId });
  return done.length > 0;
}

import { compareVersions, type TPack } from '../../content/pack-schema.js';
import { getPack, installedVersions, installPack, listPacks, PackConflictError } from '../../content/pack-store.js';
import { validatePackText } from '../../content/validate-pack.js';
import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Db, Queryable } from '../../platform/db/client.js';
import { AppError, conflict, invalid, notFound } from '../../platform/http/errors.js';
import { todayIn } from '../../platform/time/day.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { findMembership } from '../hub/hub-store.js';
import { hubPolicy } from '../hub/policy.js';
import { checkNewVersion, checkRecognition, checkUpload, STANDARD_KINDS, type StandardKind } from './standard-rules.js';
import * as store from './standards-store.js';

/** Where a new version's pack comes from: a file the hub admin uploaded (its text), or a pack already installed. */
export type PackSource = { packText: string } | { packId: string; packVersion: string };

/** The hub's standards, each with its versions newest first, and the recognitions in force. */
export async function listHubStandards(db: Queryable, actor: Actor) {
  authorize(hubPolicy(actor, 'list', { hubId: actor.orgId }), 'The hub');
  const standards = await store.listStandards(db, actor.orgId);
  const recognitions = await store.listRecognitions(db, actor.orgId);
  return {
    standards: await Promise.all(
      standards.map(async (s) => ({
        ...s,
        title: (await getPack(db, s.packId))?.pack.title ?? null,
        versions: [...s.versions].sort((a, b) => compareVersions(b.packVersion, a.packVersion)),
      })),
    ),
    recognitions,
  };
}

/** Installed framework and assessment packs, every version, newest first within each id: what a version can be chosen from. */
export async function standardPacks(db: Queryable, actor: Actor) {
  authorize(hubPolicy(actor, 'list', { hubId: actor.orgId }), 'The hub');
  return (await listPacks(db)).filter((p) => (STANDARD_KINDS as readonly string[]).includes(p.kind));
}

/** The pack of a new version: an upload is checked exactly as `packs import` checks a file, every problem named by its JSON path. */
async function packOf(q: Queryable, source: PackSource): Promise<{ pack: TPack; uploaded: boolean }> {
  if ('packText' in source) {
    const result = validatePackText(source.packText, 'packText');
    if (!result.ok) {
      const errors = result.problems.map((p) => ({ field: p.path, problem: p.line === undefined ? p.problem : `${p.problem} (line ${p.line}, column ${p.column})` }));
      throw new AppError(422, 'invalid', `The pack has ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was published.`, errors);
    }
    return { pack: result.pack, uploaded: true };
  }
  const found = await getPack(q, source.packId, source.packVersion);
  if (!found) throw invalid('packVersion', `${source.packId} ${source.packVersion} is not installed`);
  return { pack: found.pack, uploaded: false };
}

/**
 * Publishes a version: of a new standard (`standardId` absent: `name` names it, the pack's id backs
 * it) or of an existing one. An uploaded pack is installed (so every member organisation can run it;
 * only a pack of the hub's own, checkUpload) and
 * the version recorded with the hub's note, in one transaction: a refused pack leaves nothing.
 */
export async function publishVersion(db: Db, actor: Actor, input: { standardId?: string; name?: string; note: string; source: PackSource }) {
  authorize(hubPolicy(actor, 'create', { hubId: actor.orgId }), 'The hub');
  const hubId = actor.orgId;
  return db.transaction(async (tx) => {
    const standard = input.standardId ? await store.findStandard(tx, hubId, input.standardId, true) : null;
    if (input.standardId && !standard) throw notFound('The standard');
    if (!standard && !input.name) throw invalid('name', 'give the standard a name');
    const { pack, uploaded } = await packOf(tx, input.source);
    const published = standard ? (await store.versionsOf(tx, hubId, standard.id)).map((v) => v.packVersion) : [];
    const verdict = checkNewVersion(standard ?? null, published, pack);
    if (!verdict.ok) throw invalid('packText' in input.source ? 'packText' : 'packVersion', verdict.reason);
    if (!standard && (await store.findStandardOfPack(tx, hubId, pack.id))) {
      throw conflict(`${pack.id} is already a standard of this hub: publish a new version of it instead.`, [{ field: 'name', problem: `${pack.id} is already a standard of this hub` }]);
    }
    if (uploaded) {
      const installed = await installedVersions(tx, pack.id);
      const mine = checkUpload(pack.id, installed, await store.uploadedVersionsOf(tx, hubId, pack.id));
      if (!mine.ok) throw conflict(mine.reason, [{ field: mine.field, problem: mine.reason }]);
      try {
        await installPack(tx, pack);
      } catch (error) {
        if (error instanceof PackConflictError) throw conflict(error.message, [{ field: 'packText', problem: error.message }]);
        throw error;
      }
    }
    const standardId = standard?.id ?? (await store.insertStandard(tx, { hubId, name: input.name!, packId: pack.id, kind: pack.kind as StandardKind }));
    await store.insertVersion(tx, { hubId, standardId, packVersion: pack.version, note: input.note, publishedByPersonId: actor.personId, uploaded });
    await recordAudit(tx, actor, { type: 'standard.published', data: { standardId, packId: pack.id, packVersion: pack.version, from: uploaded ? 'upload' : 'installed' } });
    return { standardId, packVersion: pack.version };
  });
}

async function standardAndVersion(q: Queryable, hubId: string, standardId: string, packVersion: string) {
  const standard = await store.findStandard(q, hubId, standardId);
  if (!standard) throw notFound('The standard');
  const versions = await store.versionsOf(q, hubId, standardId);
  return { standard, versionPublished: versions.some((v) => v.packVersion === packVersion) };
}

/**
 * Marks a consenting member as having met a published version (W.incentives), in both audit
 * trails: the hub's with its person, the organisation's with `via: hub`.
 */
export async function recognise(db: Db, actor: Actor, standardId: string, input: { orgId: string; packVersion: string; metOn: string; note: string }) {
  authorize(hubPolicy(actor, 'create', { hubId: actor.orgId }), 'The hub');
  const hubId = actor.orgId;
  await db.transaction(async (tx) => {
    const { versionPublished } = await standardAndVersion(tx, hubId, standardId, input.packVersion);
    const membership = await findMembership(tx, hubId, input.orgId);
    const verdict = checkRecognition({ consented: membership?.status === 'consented', versionPublished, metOn: input.metOn, today: todayIn(actor.timeZone) });
    if (!verdict.ok) throw invalid(verdict.field, verdict.reason);
    if (!(await store.writeRecognition(tx, { hubId, standardId, ...input, byPersonId: actor.personId }))) throw conflict('This organisation is already recognised for this version.');
    const data = { standardId, packVersion: input.packVersion, orgId: input.orgId, metOn: input.metOn };
    await recordAudit(tx, actor, { type: 'standard.recognised', data });
    await recordAudit(tx, null, { orgId: input.orgId, type: 'standard.recognised', data: { ...data, hubId, via: 'hub' } });
  });
}

/** Withdraws a mark in force, in both audit trails; an unknown one is not found. */
export async function withdraw(db: Db, actor: Actor, standardId: string, input: { orgId: string; packVersion: string }) {
  authorize(hubPolicy(actor, 'change', { hubId: actor.orgId }), 'The hub');
  const hubId = actor.orgId;
  await db.transaction(async (tx) => {
    if (!(await store.withdrawRecognition(tx, { hubId, standardId, ...input }, actor.personId))) throw notFound('The recognition');
    const data = { standardId, packVersion: input.packVersion, orgId: input.orgId };
    await recordAudit(tx, actor, { type: 'standard.recognition-withdrawn', data });
    await recordAudit(tx, null, { orgId: input.orgId, type: 'standard.recognition-withdrawn', data: { ...data, hubId, via: 'hub' } });
  });
}

import { compareVersions } from '../../content/pack-schema.js';
import { getPack } from '../../content/pack-store.js';
import type { Actor } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { packVersionInUse } from '../assessments/pack-version-in-use.js';
import { FRAMEWORK_PACK } from '../framework/framework-pack.js';
import { findHub, findMembership } from '../hub/hub-store.js';
import { membershipPolicy } from '../hub/policy.js';
import { diffPacks, type PackDiff } from './pack-diff.js';
import { newestVersion, versionsSince } from './standard-rules.js';
import * as store from './standards-store.js';

/**
 * How an organisation moves to a newer version, by kind. A new team review or staff survey opens
 * with the latest installed version of its pack, so adopting an assessment standard is opening
 * the next cycle; the practice framework is the one this installation ships, the same for every
 * organisation, so an organisation cannot choose its version.
 */
export type Adoption = 'next-cycle' | 'not-choosable';

/** Which version of a standard's pack the organisation runs now, read from what it stored. */
async function usedVersion(q: Queryable, orgId: string, kind: string, packId: string): Promise<string | null> {
  if (kind === 'framework') return packId === FRAMEWORK_PACK.id ? FRAMEWORK_PACK.version : null;
  return packVersionInUse(q, orgId, packId);
}

/**
 * A hub's standards as one member organisation sees them: for each, the version it runs, the
 * newest, the hub's notes for every version after its own, the computed difference between the
 * two packs, and how it can adopt the newer one; and the hub's recognitions of this organisation.
 * Only its admins, and only while its consent is in force: otherwise the hub is not found.
 */
export async function myHubStandards(q: Queryable, actor: Actor, hubId: string) {
  authorize(membershipPolicy(actor, 'see', { orgId: actor.orgId, hubId }), 'The hub');
  const membership = await findMembership(q, hubId, actor.orgId);
  if (membership?.status !== 'consented') throw notFound('The hub');
  const hub = await findHub(q, hubId);
  const standards = [];
  for (const s of await store.listStandards(q, hubId)) {
    if (s.versions.length === 0) continue;
    const newest = newestVersion(s.versions.map((v) => v.packVersion))!;
    const used = await usedVersion(q, actor.orgId, s.kind, s.packId);
    const latestInstalled = (await getPack(q, s.packId))?.pack ?? null;
    const changes = versionsSince(s.versions, used).map((v) => ({ packVersion: v.packVersion, note: v.note, publishedAt: v.publishedAt }));
    let diff: PackDiff | null = null;
    if (used !== null && compareVersions(newest, used) > 0) {
      const [from, to] = await Promise.all([getPack(q, s.packId, used), getPack(q, s.packId, newest)]);
      if (from && to) diff = diffPacks(from.pack, to.pack);
    }
    standards.push({
      id: s.id,
      name: s.name,
      kind: s.kind,
      packId: s.packId,
      title: latestInstalled?.title ?? null,
      usedVersion: used,
      newestVersion: newest,
      changes,
      diff,
      adoption: (s.kind === 'assessment' ? 'next-cycle' : 'not-choosable') as Adoption,
      // a new cycle opens with the latest installed version, which may be newer than the hub's newest
      nextCycleVersion: s.kind === 'assessment' ? (latestInstalled?.version ?? null) : null,
    });
  }
  const recognitions = (await store.listRecognitions(q, hubId, actor.orgId)).map(({ recognition: r, standardName }) => ({
    standardId: r.standardId,
    standardName,
    packVersion: r.packVersion,
    metOn: r.metOn,
    note: r.note,
  }));
  return { hubId, hubName: hub?.name ?? '', standards, recognitions };
}

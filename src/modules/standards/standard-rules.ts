import { compareVersions, type TPack } from '../../content/pack-schema.js';

/** The kinds of pack a hub publishes as a standard: what organisations run (instruments and coping libraries are not standards). */
export const STANDARD_KINDS = ['framework', 'assessment'] as const;
export type StandardKind = (typeof STANDARD_KINDS)[number];

export type Verdict = { ok: true } | { ok: false; field: string; reason: string };

/**
 * May this pack become the standard's next version? Its id must be the standard's, its kind a
 * standard's (and the standard's, once it has one), and its version newer than every version
 * published before: organisations move forward through a standard, never back.
 */
export function checkNewVersion(standard: { packId: string; kind: StandardKind } | null, published: readonly string[], pack: Pick<TPack, 'id' | 'kind' | 'version'>): Verdict {
  if (!(STANDARD_KINDS as readonly string[]).includes(pack.kind)) {
    return { ok: false, field: 'pack', reason: `a standard is a framework or an assessment pack, not a ${pack.kind} pack` };
  }
  if (standard && pack.id !== standard.packId) return { ok: false, field: 'pack', reason: `this standard's versions are versions of ${standard.packId}, not of ${pack.id}` };
  if (standard && pack.kind !== standard.kind) return { ok: false, field: 'pack', reason: `this standard is a ${standard.kind} pack, not a ${pack.kind} pack` };
  const newest = newestVersion(published);
  if (newest !== undefined && compareVersions(pack.version, newest) <= 0) {
    return { ok: false, field: 'pack', reason: `version ${pack.version} is not newer than ${newest}, the newest published` };
  }
  return { ok: true };
}

/**
 * May a hub's upload install a version of this pack id? Installed packs serve the whole
 * installation: a newer version becomes the one every organisation running that pack opens its
 * next cycle with, members of the hub or not. So a hub uploads only packs of its own: an id
 * nobody has installed, or one whose every installed version this hub uploaded. A new version
 * of a built-in pack, an operator's or another hub's comes through the operator (`packs import`);
 * the hub then publishes it as an installed pack.
 */
export function checkUpload(packId: string, installedVersions: readonly string[], uploadedByThisHub: readonly string[]): Verdict {
  const notOurs = installedVersions.filter((v) => !uploadedByThisHub.includes(v));
  if (notOurs.length === 0) return { ok: true };
  return {
    ok: false,
    field: 'packText',
    reason: `${packId} is installed for every organisation here (version ${newestVersion(notOurs)} did not come from this hub), so a new version of it is installed by the operator (packs import); then publish it as an installed pack, or upload a pack with an id of the hub's own`,
  };
}

/** The newest of the versions by semver, or undefined for none. */
export function newestVersion(versions: readonly string[]): string | undefined {
  return [...versions].sort(compareVersions).at(-1);
}

/**
 * The published versions after `used` up to and including the newest, oldest first: what changed
 * since the version an organisation runs. All of them when it runs none (or one the hub never
 * published, which is older or newer than the hub's line); none when it runs the newest or later.
 */
export function versionsSince<T extends { packVersion: string }>(published: readonly T[], used: string | null): T[] {
  const sorted = [...published].sort((a, b) => compareVersions(a.packVersion, b.packVersion));
  if (used === null) return sorted;
  return sorted.filter((v) => compareVersions(v.packVersion, used) > 0);
}

/**
 * May the hub mark this organisation as having met this version? Only a member whose consent is
 * in force (recognition is shown on its page and the hub's list, which it agreed to), only for a
 * published version, on a day not in the future.
 */
export function checkRecognition(input: { consented: boolean; versionPublished: boolean; metOn: string; today: string }): Verdict {
  if (!input.consented) return { ok: false, field: 'orgId', reason: 'only an organisation whose consent to the hub is in force can be recognised' };
  if (!input.versionPublished) return { ok: false, field: 'packVersion', reason: 'must be a version this standard published' };
  if (input.metOn > input.today) return { ok: false, field: 'metOn', reason: 'must not be after today' };
  return { ok: true };
}

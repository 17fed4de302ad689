import { createHash } from 'node:crypto';
import { and, asc, eq, ne, or } from 'drizzle-orm';
import type { Queryable } from '../platform/db/client.js';
import { type Coverage, coverageOf } from './coverage.js';
import { compareVersions, type TPack, type TText, ZPack } from './pack-schema.js';
import { contentPacks } from './schema.js';

/** A pack that cannot be installed as it stands; the message says what to change. */
export class PackConflictError extends Error {}

export interface InstalledPack {
  id: string;
  version: string;
  kind: string;
  title: TText;
  checksum: string;
  installedAt: Date;
}

/** JSON with keys sorted at every level: the same pack gives the same text however it was written. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const packChecksum = (pack: TPack): string => createHash('sha256').update(canonicalJson(pack)).digest('hex');

/**
 * Installs a validated pack. The same pack again changes nothing ('unchanged'); different content
 * under an installed id and version is refused, since records that cite that version must keep
 * meaning what they meant. Safe when two processes install at once (the insert decides).
 */
export async function installPack(q: Queryable, pack: TPack): Promise<'installed' | 'unchanged'> {
  const [otherKind] = await q
    .select({ version: contentPacks.version, kind: contentPacks.kind })
    .from(contentPacks)
    .where(and(eq(contentPacks.id, pack.id), ne(contentPacks.kind, pack.kind)))
    .limit(1);
  if (otherKind) {
    throw new PackConflictError(`${pack.id} ${otherKind.version} is a ${otherKind.kind} pack; version ${pack.version} cannot be a ${pack.kind} pack (give it another id)`);
  }
  const checksum = packChecksum(pack);
  const inserted = await q
    .insert(contentPacks)
    .values({ id: pack.id, version: pack.version, kind: pack.kind, body: pack, checksum })
    .onConflictDoNothing()
    .returning({ id: contentPacks.id });
  if (inserted.length > 0) return 'installed';
  const [existing] = await q
    .select({ checksum: contentPacks.checksum })
    .from(contentPacks)
    .where(and(eq(contentPacks.id, pack.id), eq(contentPacks.version, pack.version)));
  if (existing?.checksum === checksum) return 'unchanged';
  throw new PackConflictError(
    `${pack.id} ${pack.version} is already installed with different content. A changed pack needs a new version (records cite the id and version they used); raise its "version" and install it again`,
  );
}

/** Every installed pack and version: by id, newest version first. */
export async function listPacks(q: Queryable): Promise<InstalledPack[]> {
  const rows = await q
    .select({
      id: contentPacks.id,
      version: contentPacks.version,
      kind: contentPacks.kind,
      body: contentPacks.body,
      checksum: contentPacks.checksum,
      installedAt: contentPacks.installedAt,
    })
    .from(contentPacks)
    .orderBy(asc(contentPacks.id));
  return rows
    .map(({ body, ...row }) => ({ ...row, title: (body as TPack).title }))
    .sort((a, b) => a.id.localeCompare(b.id) || compareVersions(b.version, a.version));
}

/** The stored pack, read back through the schema so fields come in the format's order (jsonb sorts keys). */
function readBody(id: string, version: string, body: unknown): TPack {
  const parsed = ZPack.safeParse(body);
  if (!parsed.success) {
    throw new Error(`Installed pack ${id} ${version} no longer matches the pack format this Tend reads: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  }
  return parsed.data;
}

export interface StoredPack {
  pack: TPack;
  checksum: string;
  installedAt: Date;
}

/**
 * Installed packs by id and version, per process. An installed version never changes (installPack
 * refuses different content under it), so a pack is read and checked against the format once per
 * process, not on every check-in, survey or score. Bounded: the least recently used go first.
 * Frozen, since every caller shares the one object.
 */
const installed = new Map<string, StoredPack>();
export const INSTALLED_PACK_CACHE_SIZE = 256;
const keyOf = (id: string, version: string) => `${id}\u0000${version}`;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function recall(id: string, version: string): StoredPack | undefined {
  const key = keyOf(id, version);
  const found = installed.get(key);
  if (found) {
    installed.delete(key);
    installed.set(key, found);
  }
  return found;
}

function remember(id: string, version: string, stored: StoredPack): StoredPack {
  installed.set(keyOf(id, version), deepFreeze(stored));
  while (installed.size > INSTALLED_PACK_CACHE_SIZE) installed.delete(installed.keys().next().value!);
  return stored;
}

/**
 * Forgets every cached pack. Only for what removes installed packs behind installPack's back: a
 * restore, or a test that empties the table.
 */
export function forgetInstalledPacks(): void {
  installed.clear();
}

/** The given versions, from the cache, and the rest in one query. */
async function storedPacks(q: Queryable, wanted: Array<{ id: string; version: string }>): Promise<Map<string, StoredPack>> {
  const found = new Map<string, StoredPack>();
  const missing = wanted.filter(({ id, version }) => {
    const hit = recall(id, version);
    if (hit) found.set(keyOf(id, version), hit);
    return !hit;
  });
  if (missing.length > 0) {
    const rows = await q
      .select({ id: contentPacks.id, version: contentPacks.version, body: contentPacks.body, checksum: contentPacks.checksum, installedAt: contentPacks.installedAt })
      .from(contentPacks)
      .where(or(...missing.map(({ id, version }) => and(eq(contentPacks.id, id), eq(contentPacks.version, version)))));
    for (const row of rows) {
      found.set(keyOf(row.id, row.version), remember(row.id, row.version, { pack: readBody(row.id, row.version, row.body), checksum: row.checksum, installedAt: row.installedAt }));
    }
  }
  return found;
}

/**
 * One pack: the given version, or the latest by semver when none is given; undefined when not
 * installed. A version asked for by name is served from the per-process cache once read; "the
 * latest" still asks the database which versions there are (another process may have installed one).
 */
export async function getPack(q: Queryable, id: string, version?: string): Promise<StoredPack | undefined> {
  const wanted = version ?? (await installedVersions(q, id)).at(-1);
  if (wanted === undefined) return undefined;
  return (await storedPacks(q, [{ id, version: wanted }])).get(keyOf(id, wanted));
}

/** The versions of one pack that are installed, oldest first by semver (none: not installed). */
export async function installedVersions(q: Queryable, id: string): Promise<string[]> {
  const rows = await q.select({ version: contentPacks.version }).from(contentPacks).where(eq(contentPacks.id, id));
  return rows.map((v) => v.version).sort(compareVersions);
}

/** The latest version of every installed pack. */
export async function latestPacks(q: Queryable): Promise<TPack[]> {
  const rows = await q.select({ id: contentPacks.id, version: contentPacks.version }).from(contentPacks);
  const latest = new Map<string, string>();
  for (const row of rows) {
    const current = latest.get(row.id);
    if (!current || compareVersions(row.version, current) > 0) latest.set(row.id, row.version);
  }
  const wanted = [...latest].sort(([a], [b]) => a.localeCompare(b)).map(([id, version]) => ({ id, version }));
  const stored = await storedPacks(q, wanted);
  return wanted.flatMap(({ id, version }) => {
    const found = stored.get(keyOf(id, version));
    return found ? [found.pack] : [];
  });
}

/**
 * Which SEED-MAP IDs the installed packs carry. Only each pack's latest version counts: an ID an
 * older version cited but the current one dropped is no longer carried.
 */
export async function coverage(q: Queryable): Promise<Coverage> {
  return coverageOf(await latestPacks(q));
}

import { and, eq, like, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { type CellNode, buildCellTree, type Observation } from './cell-tree.js';
import { checkDifferencing, type EarlierRelease } from './differencing.js';
import type { EarlierFigure } from './release-system.js';
import { type ReleasedCell, releaseTree, type Statistic } from './release-tree.js';
import { privacyReleases } from './schema.js';

/** The people under each cell of the tree, keyed by the cell's path. */
function membersByPath(observations: readonly Observation[], root: CellNode) {
  const firstPath = new Map<string, readonly string[]>();
  for (const o of observations) if (!firstPath.has(o.personId)) firstPath.set(o.personId, o.groupPath);
  const members = new Map<string, Set<string>>();
  const add = (path: readonly string[], person: string) => {
    const key = path.join('/');
    members.set(key, (members.get(key) ?? new Set()).add(person));
  };
  for (const [person, path] of firstPath) {
    add(root.path, person);
    for (let i = 1; i <= path.length; i++) add(path.slice(0, i), person);
  }
  return members;
}

function releasedPaths(cell: ReleasedCell, out: string[][] = []): string[][] {
  if (cell.status === 'released') out.push(cell.path);
  for (const child of cell.children) releasedPaths(child, out);
  return out;
}

/**
 * Holds the release log of one organisation's data family until the caller's transaction ends:
 * the log is read, checked against and written in one go, and two releases at once (two
 * requests, or two Tend processes on one database) would otherwise each check against a log
 * without the other's figures. Must run inside a transaction.
 */
export async function lockReleaseLog(q: Queryable, orgId: string, family: string): Promise<void> {
  await q.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${orgId}), hashtext(${family}))`);
}

/**
 * Every figure released earlier in a family (a survey cycle: `assessment-survey:<cycle>`), as
 * item (the data set after the family, e.g. 'criterion:c1') and the records it covered. Call
 * under lockReleaseLog.
 */
export async function earlierFigures(q: Queryable, orgId: string, family: string): Promise<EarlierFigure[]> {
  const rows = await q
    .select({ dataset: privacyReleases.dataset, members: privacyReleases.members, shown: privacyReleases.shown })
    .from(privacyReleases)
    .where(and(eq(privacyReleases.orgId, orgId), like(privacyReleases.dataset, `${family}:%`)));
  return rows.map((r) => ({ item: r.dataset.slice(family.length + 1), members: r.members, shown: r.shown }));
}

/**
 * Records the figures a release showed, and the groups it hid as too small (`shown: false`),
 * each item's group once, under lockReleaseLog. Only who was covered — never a value.
 * `earlier`: the family's log as earlierFigures read it under the same lock in the same
 * transaction (nothing else can have written since), so it need not be read again.
 */
export async function recordFigures(
  q: Queryable,
  orgId: string,
  family: string,
  figures: ReadonlyArray<EarlierFigure & { group: string }>,
  earlier?: readonly EarlierFigure[],
): Promise<void> {
  const keyOf = (f: EarlierFigure) => `${f.shown !== false}|${f.item}|${[...f.members].sort().join(',')}`;
  const known = new Set((earlier ?? (await earlierFigures(q, orgId, family))).map(keyOf));
  const rows = [];
  for (const f of figures) {
    const key = keyOf(f);
    if (known.has(key)) continue;
    known.add(key);
    rows.push({ orgId, id: uuidv7(), dataset: `${family}:${f.item}`, cellKey: f.group || '(all)', members: [...f.members].sort(), shown: f.shown !== false });
  }
  if (rows.length > 0) await q.insert(privacyReleases).values(rows);
}

/**
 * Releases a tree of aggregates through the privacy gate and keeps the differencing log:
 * refuses (422, nothing recorded) when any figure it would release covers a group that
 * differs from one released earlier for the same data set by fewer than the minimum number
 * of people; otherwise records the groups it released and returns the tree.
 */
export async function releaseThroughGate(
  q: Queryable,
  input: { orgId: string; dataset: string; observations: readonly Observation[]; statistic: Statistic; minGroupSize: number },
): Promise<ReleasedCell> {
  await lockReleaseLog(q, input.orgId, input.dataset);
  const result = releaseTree(input.observations, input.minGroupSize, input.statistic);
  const members = membersByPath(input.observations, buildCellTree(input.observations));
  const earlierRows = await q
    .select({ cellKey: privacyReleases.cellKey, members: privacyReleases.members })
    .from(privacyReleases)
    .where(and(eq(privacyReleases.orgId, input.orgId), eq(privacyReleases.dataset, input.dataset)));
  const earlier: EarlierRelease[] = earlierRows.map((r) => ({ key: r.cellKey, members: r.members }));
  const known = new Set(earlier.map((e) => [...e.members].sort().join(',')));
  const toRecord: Array<{ cellKey: string; members: string[] }> = [];
  for (const path of releasedPaths(result)) {
    const group = members.get(path.join('/')) ?? new Set<string>();
    const verdict = checkDifferencing(group, earlier, input.minGroupSize);
    if (!verdict.ok) {
      throw new AppError(
        422,
        'privacy-refused',
        `These figures would differ from figures already shown by fewer than ${input.minGroupSize} people, so they could point at individuals. Choose a wider group, or wait until more people have taken part.`,
      );
    }
    const signature = [...group].sort().join(',');
    if (!known.has(signature)) {
      known.add(signature);
      toRecord.push({ cellKey: path.join('/') || '(all)', members: [...group].sort() });
    }
  }
  if (toRecord.length > 0) {
    await q.insert(privacyReleases).values(toRecord.map((r) => ({ orgId: input.orgId, id: uuidv7(), dataset: input.dataset, ...r })));
  }
  return result;
}

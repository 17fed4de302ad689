import { eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { listPeople } from '../people/people-store.js';
import type { CoveragePerson, CoverageWorld } from './coverage-rules.js';
import type { Placement } from '../framework/placement-rules.js';
import { placements } from '../framework/schema.js';
import { factsOf, listTrainingOfPeople, type TrainingRow } from './training-store.js';
import { unitTree } from '../framework/unit-scope.js';

/** Loads what the coverage rules compute over: people, their records, every placement decision, the unit tree. */

export interface CoveragePersonRow extends CoveragePerson {
  name: string;
  kind: string;
  managerId: string | null;
  trainingRows: TrainingRow[];
}

async function placementHistories(q: Queryable, orgId: string) {
  const rows = await q
    .select({ unitId: placements.unitId, personId: placements.personId, level: placements.level, decidedAt: placements.decidedAt })
    .from(placements)
    .where(eq(placements.orgId, orgId));
  const unitPlacements = new Map<string, Placement[]>();
  const personPlacements = new Map<string, Placement[]>();
  for (const row of rows) {
    const [map, key] = row.personId ? [personPlacements, row.personId] : [unitPlacements, row.unitId];
    if (!key) continue;
    map.set(key, [...(map.get(key) ?? []), { level: row.level, decidedAt: row.decidedAt }]);
  }
  return { unitPlacements, personPlacements };
}

/**
 * The organisation as the coverage rules see it, narrowed to the people `include` keeps (all by
 * default). Returns the world, the people with names and rows, and the unit tree.
 */
export async function loadCoverageWorld(
  q: Queryable,
  orgId: string,
  include: (person: { id: string; unitId: string | null; managerId: string | null }, parentOf: ReadonlyMap<string, string | null>) => boolean = () => true,
) {
  const [{ rows: everyone }, histories, tree] = await Promise.all([
    listPeople(q, orgId, { limit: 1_000_000, offset: 0 }),
    placementHistories(q, orgId),
    unitTree(q, orgId),
  ]);
  const chosen = everyone.filter((p) => include(p, tree.parentOf));
  const records = await listTrainingOfPeople(q, orgId, chosen.length === everyone.length ? undefined : chosen.map((p) => p.id));
  const recordsOf = new Map<string, TrainingRow[]>();
  for (const r of records) recordsOf.set(r.personId, [...(recordsOf.get(r.personId) ?? []), r]);
  const people: CoveragePersonRow[] = chosen.map((p) => {
    const rows = recordsOf.get(p.id) ?? [];
    return { id: p.id, name: p.name, kind: p.kind, managerId: p.managerId, unitId: p.unitId, startDate: p.startDate, endDate: p.endDate, records: rows.map(factsOf), trainingRows: rows };
  });
  const world: Omit<CoverageWorld, 'people'> & { people: CoveragePersonRow[] } = { people, ...histories, parentOf: tree.parentOf };
  return { world, tree };
}

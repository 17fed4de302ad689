import { and, asc, eq, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { conflict, invalid, notFound } from '../../platform/http/errors.js';
import { type TUnitInput, wouldCreateCycle } from './model.js';
import { people, units } from './schema.js';

/** All units of the organisation with how many people each holds directly. */
export async function listUnits(q: Queryable, orgId: string) {
  return q
    .select({
      id: units.id,
      name: units.name,
      kind: units.kind,
      parentId: units.parentId,
      peopleCount: sql<number>`count(${people.id})::int`,
    })
    .from(units)
    .leftJoin(people, and(eq(people.orgId, units.orgId), eq(people.unitId, units.id)))
    .where(eq(units.orgId, orgId))
    .groupBy(units.orgId, units.id)
    .orderBy(asc(units.name));
}

async function parentMap(q: Queryable, orgId: string) {
  const rows = await q.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.orgId, orgId));
  return new Map(rows.map((r) => [r.id, r.parentId]));
}

export async function createUnit(q: Queryable, orgId: string, input: TUnitInput): Promise<string> {
  if (input.parentId) {
    const parents = await parentMap(q, orgId);
    if (!parents.has(input.parentId)) throw invalid('parentId', 'no such unit in this organisation');
  }
  const id = uuidv7();
  await q.insert(units).values({ orgId, id, name: input.name, kind: input.kind, parentId: input.parentId ?? null });
  return id;
}

export async function updateUnit(q: Queryable, orgId: string, id: string, patch: { name?: string | undefined; parentId?: string | null | undefined }) {
  const parents = await parentMap(q, orgId);
  if (!parents.has(id)) throw notFound('The unit');
  if (patch.parentId !== undefined) {
    if (patch.parentId && !parents.has(patch.parentId)) throw invalid('parentId', 'no such unit in this organisation');
    if (wouldCreateCycle(id, patch.parentId, parents)) throw invalid('parentId', 'a unit cannot sit inside itself or one of its own teams');
  }
  const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  if (Object.keys(changes).length > 0) await q.update(units).set(changes).where(and(eq(units.orgId, orgId), eq(units.id, id)));
  return Object.keys(changes);
}

/** Removes a unit that holds no people and no other units. */
export async function deleteUnit(q: Queryable, orgId: string, id: string) {
  const [child] = await q.select({ id: units.id }).from(units).where(and(eq(units.orgId, orgId), eq(units.parentId, id))).limit(1);
  if (child) throw conflict('This unit still contains other units: move or remove them first.');
  const [member] = await q.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), eq(people.unitId, id))).limit(1);
  if (member) throw conflict('People still belong to this unit: move them first.');
  const deleted = await q.delete(units).where(and(eq(units.orgId, orgId), eq(units.id, id))).returning({ id: units.id });
  if (deleted.length === 0) throw notFound('The unit');
}

import { and, asc, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { conflict, invalid, notFound } from '../../platform/http/errors.js';
import { type TUnitInput, type TUnitPatch, wouldCreateCycle } from './model.js';
import { units } from './schema.js';

/** All units of the organisation (id, name, kind, parent), by name. */
export async function listUnits(q: Queryable, orgId: string) {
  return q
    .select({ id: units.id, name: units.name, kind: units.kind, parentId: units.parentId })
    .from(units)
    .where(eq(units.orgId, orgId))
    .orderBy(asc(units.name));
}

async function parentMap(q: Queryable, orgId: string) {
  const rows = await q.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.orgId, orgId));
  return new Map(rows.map((r) => [r.id, r.parentId]));
}

/** Adds a unit; returns its id. A parent must be a unit of the same organisation. */
export async function createUnit(q: Queryable, orgId: string, input: TUnitInput): Promise<string> {
  if (input.parentId) {
    const parents = await parentMap(q, orgId);
    if (!parents.has(input.parentId)) throw invalid('parentId', 'no such unit in this organisation');
  }
  const id = uuidv7();
  await q.insert(units).values({ orgId, id, name: input.name, kind: input.kind, parentId: input.parentId ?? null });
  return id;
}

/** Renames or moves a unit (never into itself or its own teams); returns the fields changed. */
export async function updateUnit(q: Queryable, orgId: string, id: string, patch: TUnitPatch) {
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

/** Does the unit hold other units? */
export async function hasChildUnits(q: Queryable, orgId: string, id: string): Promise<boolean> {
  const [child] = await q.select({ id: units.id }).from(units).where(and(eq(units.orgId, orgId), eq(units.parentId, id))).limit(1);
  return child !== undefined;
}

/** Removes a unit (the caller has checked it is empty); 404 when there is no such unit. */
export async function deleteUnit(q: Queryable, orgId: string, id: string) {
  const deleted = await q.delete(units).where(and(eq(units.orgId, orgId), eq(units.id, id))).returning({ id: units.id });
  if (deleted.length === 0) throw notFound('The unit');
}

/** Guards a removal: throws 409 while the unit still holds other units. */
export async function requireNoChildUnits(q: Queryable, orgId: string, id: string) {
  if (await hasChildUnits(q, orgId, id)) throw conflict('This unit still contains other units: move or remove them first.');
}

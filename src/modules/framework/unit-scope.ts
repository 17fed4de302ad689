import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { findPerson } from '../people/people-store.js';
import { units } from '../units/schema.js';
import { unitChainOf } from './placement-rules.js';
import type { UnitAccess } from './policy.js';

/**
 * The organisation's units as the framework needs them: names and parents, by id. Read from the
 * units table alone: listUnits also counts each unit's people, which grows with the organisation.
 */
export async function unitTree(q: Queryable, orgId: string) {
  const rows = await q.select({ id: units.id, name: units.name, kind: units.kind, parentId: units.parentId }).from(units).where(eq(units.orgId, orgId)).orderBy(asc(units.name));
  const byId = new Map(rows.map((u) => [u.id, { id: u.id, name: u.name, kind: u.kind, parentId: u.parentId }]));
  const parentOf = new Map(rows.map((u) => [u.id, u.parentId]));
  return { byId, parentOf };
}
export type UnitTree = Awaited<ReturnType<typeof unitTree>>;

/** The unit, or 404: another organisation's unit ids are simply not found. */
export function unitOr404(tree: UnitTree, unitId: string) {
  const unit = tree.byId.get(unitId);
  if (!unit) throw notFound('The unit');
  return unit;
}

/**
 * Loads a unit of the actor's organisation (404 when there is none) with what the unit policies
 * decide on: its chain of ancestors and the unit the actor belongs to.
 */
export async function loadUnitAccess(q: Queryable, actor: Actor, unitId: string) {
  const tree = await unitTree(q, actor.orgId);
  const unit = unitOr404(tree, unitId);
  // only a supervisor's own unit matters to the rules; no need to read it for anyone else
  const self = actor.roles.includes('supervisor') ? await findPerson(q, actor.orgId, actor.personId) : undefined;
  const access: UnitAccess = { unit: { orgId: actor.orgId, id: unit.id, chain: unitChainOf(unit.id, tree.parentOf) }, actorUnitId: self?.unitId ?? null };
  return { tree, unit, access };
}

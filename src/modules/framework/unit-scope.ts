import type { Actor } from '../../platform/access/policy.js';
import { hasRole } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { forbidden, notFound } from '../../platform/http/errors.js';
import { findPerson } from '../people/people-store.js';
import { listUnits } from '../units/unit-store.js';
import { unitChainOf } from './placement-rules.js';

/** The organisation's units as the framework needs them: names and parents, by id. */
export async function unitTree(q: Queryable, orgId: string) {
  const rows = await listUnits(q, orgId);
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
 * Does the actor manage this unit? Org admins manage every unit; a supervisor manages the unit
 * they belong to and every unit inside it (a service lead answers for the service's teams).
 */
export async function managesUnit(q: Queryable, actor: Actor, tree: UnitTree, unitId: string): Promise<boolean> {
  if (hasRole(actor, 'org_admin')) return true;
  if (!hasRole(actor, 'supervisor')) return false;
  const self = await findPerson(q, actor.orgId, actor.personId);
  if (!self?.unitId) return false;
  return unitChainOf(unitId, tree.parentOf).includes(self.unitId);
}

/** Loads the tree and requires that the actor manages the unit: 404 unknown, 403 outside their own. */
export async function requireManagedUnit(q: Queryable, actor: Actor, unitId: string, denial: 'forbidden' | 'not-found' = 'forbidden') {
  const tree = await unitTree(q, actor.orgId);
  const unit = unitOr404(tree, unitId);
  if (!(await managesUnit(q, actor, tree, unitId))) {
    throw denial === 'forbidden' ? forbidden('You can look after only your own unit and the teams inside it.') : notFound('The unit');
  }
  return { tree, unit };
}

import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Db, Queryable } from '../../platform/db/client.js';
import { conflict } from '../../platform/http/errors.js';
import { authorize } from '../../platform/usecase/authorize.js';
import type { TUnitInput, TUnitPatch } from './model.js';
import { ownTree, unitPolicy } from './policy.js';
import { createUnit, deleteUnit, listUnits, requireNoChildUnits, updateUnit } from './unit-store.js';

/**
 * Who belongs to units. The people module answers (people sit in units, so it depends on this
 * module, never the other way round); the app wires it in.
 */
export interface UnitMembers {
  /** How many people each unit holds directly, by unit id (units with none may be missing). */
  countByUnit(q: Queryable, orgId: string): Promise<Map<string, number>>;
  /** Does anyone belong to this unit directly? */
  anyIn(q: Queryable, orgId: string, unitId: string): Promise<boolean>;
}

/** The organisation's units by name, each with how many people it holds directly. */
export async function showUnits(db: Db, members: UnitMembers, actor: Actor) {
  authorize(unitPolicy(actor, 'list', ownTree(actor)), 'The units');
  const [units, counts] = await Promise.all([listUnits(db, actor.orgId), members.countByUnit(db, actor.orgId)]);
  return units.map((u) => ({ ...u, peopleCount: counts.get(u.id) ?? 0 }));
}

/** Adds a service or team, with its audit event; returns its id. */
export async function addUnit(db: Db, actor: Actor, input: TUnitInput): Promise<string> {
  authorize(unitPolicy(actor, 'create', ownTree(actor)), 'The units');
  return db.transaction(async (tx) => {
    const id = await createUnit(tx, actor.orgId, input);
    await recordAudit(tx, actor, { type: 'unit.created', data: { unitId: id } });
    return id;
  });
}

/** Renames or moves a unit, with its audit event naming the fields changed. */
export async function changeUnit(db: Db, actor: Actor, unitId: string, patch: TUnitPatch): Promise<void> {
  authorize(unitPolicy(actor, 'change', ownTree(actor)), 'The unit');
  await db.transaction(async (tx) => {
    const fields = await updateUnit(tx, actor.orgId, unitId, patch);
    await recordAudit(tx, actor, { type: 'unit.updated', data: { unitId, fields } });
  });
}

/** Removes a unit that holds no other units and no people (409 otherwise), with its audit event. */
export async function removeUnit(db: Db, members: UnitMembers, actor: Actor, unitId: string): Promise<void> {
  authorize(unitPolicy(actor, 'remove', ownTree(actor)), 'The unit');
  await db.transaction(async (tx) => {
    await requireNoChildUnits(tx, actor.orgId, unitId);
    if (await members.anyIn(tx, actor.orgId, unitId)) throw conflict('People still belong to this unit: move them first.');
    await deleteUnit(tx, actor.orgId, unitId);
    await recordAudit(tx, actor, { type: 'unit.deleted', data: { unitId } });
  });
}

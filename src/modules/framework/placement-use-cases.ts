import type { Actor } from '../../platform/access/policy.js';
import { recordAudit, recordRead } from '../../platform/audit/audit-store.js';
import type { Db, Queryable } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { findPerson } from '../people/people-store.js';
import { namesOf } from '../people/person-names.js';
import type { TPlacementInput } from './model.js';
import { presentPlacement, presentReview } from './placement-present.js';
import { requiredLevel, unitChainOf } from './placement-rules.js';
import { currentUnitPlacements, insertPlacement, listReviews, placementHistory } from './placement-store.js';
import { personPlacementPolicy, unitPlacementPolicy } from './policy.js';
import { loadUnitAccess, unitTree } from './unit-scope.js';

/**
 * Placing units and people at a practice level (H.placement): load, authorize, then do the work
 * with its audit event in one transaction. The HTTP routes and the CLI call these alike.
 */

/** The person, once the actor may `ability` their placement; missing and not allowed answer alike (404). */
export async function loadPlacedPerson(q: Queryable, actor: Actor, personId: string, ability: 'see' | 'change') {
  const person = await findPerson(q, actor.orgId, personId);
  if (!person) throw notFound('The person');
  authorize(personPlacementPolicy(actor, ability, person), 'The person');
  return person;
}

/** A unit's level in force (its own, or the nearest placed unit above it) and its decisions. */
export async function seeUnitPlacement(db: Db, actor: Actor, unitId: string) {
  const { tree, unit, access } = await loadUnitAccess(db, actor, unitId);
  authorize(unitPlacementPolicy(actor, 'see', access), 'The unit');
  const [history, current] = await Promise.all([placementHistory(db, actor.orgId, { unitId }), currentUnitPlacements(db, actor.orgId)]);
  const effective = requiredLevel(null, access.unit.chain, current);
  return {
    unit: { id: unit.id, name: unit.name },
    effective: effective?.unitId ? { level: effective.level, unitId: effective.unitId, unitName: tree.byId.get(effective.unitId)?.name ?? '' } : null,
    history: history.map(presentPlacement),
  };
}

/** Places a unit: org admins, or a supervisor for their own unit and the units inside it (403 otherwise). */
export async function placeUnit(db: Db, actor: Actor, unitId: string, input: TPlacementInput) {
  return db.transaction(async (tx) => {
    const { access } = await loadUnitAccess(tx, actor, unitId);
    authorize(unitPlacementPolicy(actor, 'change', access), 'The unit');
    const result = await insertPlacement(tx, actor.orgId, { unitId }, input, actor.personId);
    await recordAudit(tx, actor, { type: 'placement.decided', data: { unitId, placementId: result.id, level: result.level } });
    return result;
  });
}

/** A person's required level and where it comes from, their decisions and review requests; the read is logged. */
export async function seePersonPlacement(db: Db, actor: Actor, personId: string) {
  const person = await loadPlacedPerson(db, actor, personId, 'see');
  const [tree, current, history, reviewRows] = await Promise.all([
    unitTree(db, actor.orgId),
    currentUnitPlacements(db, actor.orgId),
    placementHistory(db, actor.orgId, { personId }),
    listReviews(db, actor.orgId, [personId]),
  ]);
  const own = history[0] ? { level: history[0].level, decidedAt: history[0].decidedAt } : null;
  const required = requiredLevel(own, unitChainOf(person.unitId, tree.parentOf), current);
  const names = await namesOf(db, actor.orgId, [personId, ...reviewRows.map((r) => r.resolvedByPersonId)]);
  const reviews = reviewRows.map((r) => presentReview(r, names));
  await recordRead(db, actor, personId, 'placement');
  return {
    person: { id: person.id, name: person.name, unitId: person.unitId, unitName: person.unitName },
    required: required
      ? { level: required.level, from: required.from, ...(required.unitId ? { unitId: required.unitId, unitName: tree.byId.get(required.unitId)?.name ?? '' } : {}) }
      : null,
    history: history.map(presentPlacement),
    openReview: reviews.find((r) => r.status === 'open') ?? null,
    reviews,
  };
}

/** Places one person: who may read their professional record may place them (self, line manager, admin). */
export async function placePerson(db: Db, actor: Actor, personId: string, input: TPlacementInput) {
  return db.transaction(async (tx) => {
    await loadPlacedPerson(tx, actor, personId, 'change');
    const result = await insertPlacement(tx, actor.orgId, { personId }, input, actor.personId);
    await recordAudit(tx, actor, { type: 'placement.decided', subjectPersonId: personId, data: { placementId: result.id, level: result.level } });
    return result;
  });
}

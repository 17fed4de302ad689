import { getPack } from '../../content/pack-store.js';
import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Db, Queryable } from '../../platform/db/client.js';
import { badRequest, conflict, invalid, notFound } from '../../platform/http/errors.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { hubPolicy } from '../hub/policy.js';
import * as store from './collaborative-store.js';
import { phaseDaysInOrder, type TCollaborativePatch, type TPhasePatch, type TTimepointCreate } from './model.js';

/**
 * A hub admin keeps a collaborative's description and timeline up to date: its name and purpose,
 * its phases, and timepoints of its own. Every change is in the hub's audit trail as
 * `collaborative.changed` with its step; an analyst is told only admins change (403), anyone
 * outside the hub finds nothing (404).
 */

const changing = (actor: Actor) => authorize(hubPolicy(actor, 'change', { hubId: actor.orgId }), 'The hub');
const defined = <T extends object>(patch: T) => Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;

async function ownCollaborative(q: Queryable, actor: Actor, id: string) {
  const found = await store.findCollaborative(q, actor.orgId, id);
  if (!found) throw notFound('The collaborative');
  return found;
}

const audit = (tx: Queryable, actor: Actor, collaborativeId: string, step: string, extra: Record<string, string | string[]> = {}) =>
  recordAudit(tx, actor, { type: 'collaborative.changed', data: { collaborativeId, step, ...extra } });

export async function changeCollaborative(db: Db, actor: Actor, id: string, patch: TCollaborativePatch) {
  changing(actor);
  const set = defined(patch);
  await db.transaction(async (tx) => {
    await ownCollaborative(tx, actor, id);
    await store.updateCollaborative(tx, actor.orgId, id, set);
    await audit(tx, actor, id, 'described', { fields: Object.keys(set) });
  });
}

/** Changes a phase; the days after the change must still run forward (else 400 naming `endsOn`, nothing changed). */
export async function changePhase(db: Db, actor: Actor, phaseId: string, patch: TPhasePatch) {
  changing(actor);
  const set = defined(patch);
  await db.transaction(async (tx) => {
    const phase = await store.findPhase(tx, actor.orgId, phaseId);
    if (!phase) throw notFound('The phase');
    if (!phaseDaysInOrder(set.startsOn ?? phase.startsOn, set.endsOn ?? phase.endsOn)) {
      throw badRequest('endsOn: must be on or after the start', [{ field: 'endsOn', problem: 'must be on or after the start' }]);
    }
    await store.updatePhase(tx, actor.orgId, phaseId, set);
    await audit(tx, actor, phase.collaborativeId, 'phase-changed', { fields: Object.keys(set) });
  });
}

export async function removePhase(db: Db, actor: Actor, phaseId: string) {
  changing(actor);
  await db.transaction(async (tx) => {
    const phase = await store.findPhase(tx, actor.orgId, phaseId);
    if (!phase) throw notFound('The phase');
    await store.deletePhase(tx, actor.orgId, phaseId);
    await audit(tx, actor, phase.collaborativeId, 'phase-removed');
  });
}

/** Adds a timepoint of the hub's own (its slot is its id, so it pools with no other collaborative's moment). */
export async function addTimepoint(db: Db, actor: Actor, id: string, input: TTimepointCreate) {
  changing(actor);
  if (input.packId && !(await getPack(db, input.packId))) throw invalid('packId', 'must name an installed assessment pack');
  return db.transaction(async (tx) => {
    await ownCollaborative(tx, actor, id);
    const timepointId = await store.insertOwnTimepoint(tx, actor.orgId, id, { ...input, kinds: [...new Set(input.kinds)] });
    await audit(tx, actor, id, 'timepoint-added');
    return timepointId;
  });
}

/**
 * Deletes a timepoint no organisation contributed to. One with contributions stays (409): its
 * figures are among the gate's unknowns and may already be published. A survey linked but not yet
 * released is simply unlinked with it.
 */
export async function removeTimepoint(db: Db, actor: Actor, timepointId: string) {
  changing(actor);
  await db.transaction(async (tx) => {
    const timepoint = await store.findTimepoint(tx, actor.orgId, timepointId);
    if (!timepoint) throw notFound('The timepoint');
    if (await store.timepointHasContributions(tx, actor.orgId, timepointId)) {
      throw conflict('Organisations have already shared figures for this timepoint, so it stays. You can change its label or due date instead.');
    }
    await store.deleteTimepoint(tx, actor.orgId, timepointId);
    await audit(tx, actor, timepoint.collaborativeId, 'timepoint-removed');
  });
}

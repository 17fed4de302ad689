import type { Actor } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../platform/http/errors.js';
import { findPerson } from '../people/people-store.js';
import { type AssessmentPack, assessmentPack } from './assessment-pack.js';
import { type CycleRow, findCycle } from './cycle-store.js';
import { canConfirm, canContribute, canManage, canSeeCycle } from './model.js';

export type CycleNeed = 'see' | 'contribute' | 'confirm' | 'manage';

const DENIALS: Record<Exclude<CycleNeed, 'see'>, string> = {
  contribute: "Only the review's contributors and its lead can change this.",
  confirm: "Only the review's lead confirms a final rating.",
  manage: "Only the organisation's admins and the review's lead can do this.",
};

/**
 * The cycle, if the actor may `need` it. A cycle they may not see is not found (404, the same as
 * an id that does not exist: another organisation's ids reveal nothing); one they see but may not
 * change is 403; `open` refuses a closed cycle (409), which keeps its ratings as they were.
 */
export async function requireCycle(q: Queryable, actor: Actor, id: string, need: CycleNeed, options: { open?: boolean; lock?: boolean } = {}): Promise<CycleRow> {
  const cycle = await findCycle(q, actor.orgId, id, options.lock);
  if (!cycle || !canSeeCycle(actor, cycle)) throw notFound('The assessment cycle');
  const allowed = need === 'see' || (need === 'contribute' ? canContribute : need === 'confirm' ? canConfirm : canManage)(actor, cycle);
  if (!allowed) throw forbidden(DENIALS[need as Exclude<CycleNeed, 'see'>]);
  if (options.open && cycle.status !== 'open') throw conflict('This assessment cycle is closed: its ratings and evidence stay as they were.');
  return cycle;
}

/** The pack version the cycle answers. */
export async function packOfCycle(q: Queryable, cycle: CycleRow): Promise<AssessmentPack> {
  const pack = await assessmentPack(q, cycle.packId, cycle.packVersion);
  // installed versions are never removed; a missing one is a broken installation, not bad input
  if (!pack) throw new AppError(500, 'internal', `The pack ${cycle.packId} ${cycle.packVersion} of this cycle is not installed.`);
  return pack;
}

/** The criterion of the cycle's pack, or a 400 naming criterionId (a criterion from another pack changes nothing). */
export async function requireCriterion(q: Queryable, cycle: CycleRow, criterionId: string) {
  const pack = await packOfCycle(q, cycle);
  const found = pack.criteria.get(criterionId);
  if (!found) throw badRequest('That criterion is not part of this assessment.', [{ field: 'criterionId', problem: `"${criterionId}" is not a criterion of ${cycle.packId} ${cycle.packVersion}` }]);
  return { pack, ...found };
}

/** A person of the organisation, or a 400 naming the field. */
export async function requirePersonOfOrg(q: Queryable, orgId: string, personId: string, field: string) {
  const person = await findPerson(q, orgId, personId);
  if (!person) throw badRequest('That person is not in your organisation.', [{ field, problem: 'is not a person of your organisation' }]);
  return person;
}

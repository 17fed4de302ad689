import type { Queryable } from '../../platform/db/client.js';
import { AppError, badRequest } from '../../platform/http/errors.js';
import { findPerson } from '../people/people-store.js';
import { type AssessmentPack, assessmentPack } from './assessment-pack.js';
import type { CycleRow } from './cycle-store.js';

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

import type { Queryable } from '../platform/db/client.js';
import type { TPlacementInput } from '../modules/framework/model.js';
import { insertPlacement } from '../modules/framework/placement-store.js';

/**
 * Levels for some of the demo organisation's units, so the demo shows inherited levels from the
 * start. District Nursing is left unplaced on purpose: the demo supervisor's first journey (and
 * the browser test) is placing it.
 */
const DEMO_PLACEMENTS: Array<{ unit: string; input: TPlacementInput }> = [
  { unit: 'leadership', input: { answers: { serviceRemit: false, workerContact: false }, note: null } },
  { unit: 'mental', input: { answers: { serviceRemit: true, workerContact: true, specialistInterventions: false }, note: null } },
  {
    unit: 'safeguarding',
    input: { answers: { serviceRemit: true, workerContact: true, specialistInterventions: true }, note: 'The team gives specialist support after disclosures and advises other services.' },
  },
  { unit: 'housing', input: { answers: { serviceRemit: false, workerContact: true }, note: null } },
];

/** Places the demo units above, decided by the demo admin; `unitIds` maps demo unit keys to ids. */
export async function placeDemoUnits(q: Queryable, orgId: string, unitIds: ReadonlyMap<string, string>, decidedByPersonId: string) {
  for (const { unit, input } of DEMO_PLACEMENTS) {
    const unitId = unitIds.get(unit);
    if (unitId) await insertPlacement(q, orgId, { unitId }, input, decidedByPersonId);
  }
}

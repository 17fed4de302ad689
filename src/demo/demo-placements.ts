import type { Queryable } from '../platform/db/client.js';
import type { TPlacementInput } from '../modules/framework/model.js';
import { insertPlacement } from '../modules/framework/placement-store.js';

/**
 * Levels for the demo organisation's services and some teams, decided a little over a year ago so
 * that coverage has twelve month ends to count. Every team is placed, directly or through its
 * service: Adult Community Health at Trauma-skilled is what gives the demo supervisor's District
 * Nursing team a level (without it their coverage read "0 of 0 people"). The journeys place it
 * again (framework-journey) and place District Nursing itself (placement): both at skilled, so
 * what the demo worker is asked stays the same.
 */
const DEMO_PLACEMENTS: Array<{ unit: string; input: TPlacementInput }> = [
  { unit: 'leadership', input: { answers: { serviceRemit: false, workerContact: false }, note: null } },
  { unit: 'adult', input: { answers: { serviceRemit: false, workerContact: true }, note: 'Nurses and practitioners see people at home every day, often after hard times.' } },
  { unit: 'mental', input: { answers: { serviceRemit: true, workerContact: true, specialistInterventions: false }, note: null } },
  { unit: 'family', input: { answers: { serviceRemit: false, workerContact: true }, note: null } },
  {
    unit: 'safeguarding',
    input: { answers: { serviceRemit: true, workerContact: true, specialistInterventions: true }, note: 'The team gives specialist support after disclosures and advises other services.' },
  },
  { unit: 'housing', input: { answers: { serviceRemit: false, workerContact: true }, note: null } },
];

/** The level each demo unit's people are asked for (the nearest placement up the tree), for the demo's training. */
export const DEMO_REQUIRED_LEVEL: Record<string, 'informed' | 'skilled' | 'enhanced'> = {
  leadership: 'informed',
  district: 'skilled',
  mental: 'skilled',
  earlyhelp: 'skilled',
  safeguarding: 'enhanced',
  outreach: 'skilled',
  volunteers: 'skilled',
  nightsupport: 'skilled',
};

/** Places the demo units above, decided by the demo admin `decidedAt`; `unitIds` maps demo unit keys to ids. */
export async function placeDemoUnits(q: Queryable, orgId: string, unitIds: ReadonlyMap<string, string>, decidedByPersonId: string, decidedAt: Date) {
  for (const { unit, input } of DEMO_PLACEMENTS) {
    const unitId = unitIds.get(unit);
    if (unitId) await insertPlacement(q, orgId, { unitId }, input, decidedByPersonId, decidedAt);
  }
}

import type { Tx } from '../../platform/db/client.js';
import type { ReleasedSurvey } from '../assessments/survey-release.js';
import { responsesForGate, type SurveyCycle } from '../assessments/survey-store.js';
import * as store from './collaborative-store.js';

/**
 * An organisation's contribution to its collaborative: when a staff-survey cycle linked to a
 * timepoint has just been released through the cycle-wide gate (in the same transaction), each
 * section's whole-organisation figure that the gate SHOWED becomes the hub's (n ratings, their
 * sum, and how many people gave them, which the hub's minimum group size is checked against). A hidden figure gives nothing, a unit's figure never leaves, and no response does.
 * Written once per timepoint, and only while the organisation's consent is in force: after a
 * revocation nothing new is written (what was written stays: it was published).
 */
export async function contributeReleasedSurvey(tx: Tx, cycle: SurveyCycle, released: ReleasedSurvey): Promise<number> {
  if (cycle.unitId !== null) return 0; // only a whole-organisation cycle can be linked; a unit's figures stay home
  const linked = await store.runOfCycle(tx, cycle.orgId, cycle.id);
  if (linked?.run.kind !== 'staff-survey') return 0;
  const { hubId, timepointId } = linked.run;
  if (!(await store.isConsented(tx, hubId, cycle.orgId))) return 0;
  if (await store.hasContribution(tx, hubId, cycle.orgId, timepointId)) return 0;
  // The released means are rounded for reading; the contribution needs the exact count and sum
  // of the same figure, recomputed here only for the sections whose whole-scope cell was shown.
  const responses = await responsesForGate(tx, cycle.orgId, cycle.id);
  const rows = [];
  for (const section of released.results.sections) {
    const whole = section.cells.find((c) => c.unitId === null);
    if (!whole || whole.suppressed) continue;
    const criteria = released.shape.sections.find((s) => s.id === section.id)?.criteria.map((c) => c.id) ?? [];
    let n = 0;
    let sum = 0;
    let people = 0;
    for (const r of responses) {
      let gave = false;
      for (const c of criteria) {
        const value = r.answers[c];
        if (value === undefined) continue;
        n += 1;
        sum += value;
        gave = true;
      }
      if (gave) people += 1;
    }
    if (n !== whole.ratings) continue; // not the figure the gate showed: give nothing rather than something else
    rows.push({ hubId, orgId: cycle.orgId, timepointId, slot: linked.timepoint.slot, kind: 'staff-survey', measure: section.id, cell: 'all', n, sum, people });
  }
  await store.insertContributions(tx, rows);
  return rows.length;
}

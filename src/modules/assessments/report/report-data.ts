import { getOrganisation } from '../../../platform/tenancy/org-store.js';
import { todayIn } from '../../../platform/time/day.js';
import type { TAssessmentPack } from '../../../content/pack-schema.js';
import type { Queryable } from '../../../platform/db/client.js';
import { namesOf } from '../../people/person-names.js';
import { listUnits } from '../../units/unit-store.js';
import { listActions } from '../action-store.js';
import { presentActions, type TAction } from '../action-view.js';
import { packOfCycle } from '../cycle-lookups.js';
import { type CycleRow, cyclesOfPackAndUnit, ratingsOf } from '../cycle-store.js';
import type { Rating } from '../model.js';
import { type CycleResults, confirmedRatings, cycleResults, previousClosedCycle } from '../results.js';
import { type EvidenceRow, evidenceOf, sectionNotesOf } from '../review-store.js';

/** Everything a cycle's CSV and PDF show, read in one go (the writers are pure). */
export interface ReportData {
  cycle: CycleRow;
  pack: TAssessmentPack;
  unitName: string | null;
  results: CycleResults;
  ratings: Map<string, { rating: Rating | null; confirmedBy: string | null; confirmedAt: Date | null }>;
  evidence: EvidenceRow[];
  actions: TAction[];
  notes: Map<string, string>;
}

export async function reportData(q: Queryable, orgId: string, cycle: CycleRow): Promise<ReportData> {
  const { pack } = await packOfCycle(q, cycle);
  const previous = previousClosedCycle(await cyclesOfPackAndUnit(q, orgId, cycle.packId, cycle.unitId), cycle.id);
  const rows = await ratingsOf(q, orgId, previous ? [cycle.id, previous.id] : [cycle.id]);
  const own = rows.filter((r) => r.cycleId === cycle.id);
  const evidence = await evidenceOf(q, orgId, cycle.id);
  const evidenceCounts = new Map<string, number>();
  for (const e of evidence) evidenceCounts.set(e.criterionId, (evidenceCounts.get(e.criterionId) ?? 0) + 1);
  const results = cycleResults(pack, own, evidenceCounts, previous ? confirmedRatings(rows.filter((r) => r.cycleId === previous.id)) : null);
  const names = await namesOf(q, orgId, own.map((r) => r.confirmedByPersonId));
  const ratings = new Map(
    own.map((r) => [r.criterionId, { rating: r.rating, confirmedBy: r.confirmedByPersonId ? (names.get(r.confirmedByPersonId) ?? null) : null, confirmedAt: r.confirmedAt }]),
  );
  const unitName = cycle.unitId ? ((await listUnits(q, orgId)).find((u) => u.id === cycle.unitId)?.name ?? null) : null;
  // overdue as the organisation's own calendar has it on the day the report is made
  const { settings } = await getOrganisation(q, orgId);
  const actions = await presentActions(q, orgId, await listActions(q, orgId, { cycleIds: [cycle.id] }), todayIn(settings.timeZone));
  const notes = new Map((await sectionNotesOf(q, orgId, cycle.id)).map((n) => [n.sectionId, n.note]));
  return { cycle, pack, unitName, results, ratings, evidence, actions, notes };
}

import type { Queryable, Tx } from '../../platform/db/client.js';
import { releaseFreeText, resolveThresholds, type Thresholds } from '../../platform/privacy/index.js';
import { releaseThroughGate } from '../../platform/privacy/release-log-store.js';
import { getOrganisation } from '../people/org-store.js';
import { pathBelow, type TSurveyShape, type UnitNode } from './survey-model.js';
import { type FreeTextGate, type Gate, releaseSurveyResults, type SurveyResults } from './survey-results.js';
import { responsesForGate, type SurveyCycle, surveyShapeOf, unitTree } from './survey-store.js';

export interface ReleasedSurvey {
  results: SurveyResults;
  shape: TSurveyShape;
  thresholds: Thresholds;
  /** the units the released cells name */
  units: UnitNode[];
  scopeName: string;
}

/** The organisation's thresholds in force (its minimum group size, 10 or more for free text). */
export async function surveyThresholds(q: Queryable, orgId: string): Promise<Thresholds> {
  const org = await getOrganisation(q, orgId);
  return resolveThresholds({ minGroupSize: org.settings.minGroupSize });
}

/**
 * A closed survey's results through the privacy gate, in the caller's transaction: if the gate
 * refuses any figure (422, differencing), the transaction rolls back and nothing is recorded.
 * Comments are released as one group per section, and their writers are recorded in the same
 * differencing log: if a reopened survey gained a comment or two, the new set is refused, since
 * the difference between the two sets would be those few people's words.
 */
export async function releaseSurvey(tx: Tx, cycle: SurveyCycle): Promise<ReleasedSurvey> {
  // one after another: a transaction is one connection
  const shape = await surveyShapeOf(tx, cycle);
  const thresholds = await surveyThresholds(tx, cycle.orgId);
  const tree = await unitTree(tx, cycle.orgId);
  const responses = await responsesForGate(tx, cycle.orgId, cycle.id);
  const gate: Gate = (dataset, observations, statistic) =>
    releaseThroughGate(tx, { orgId: cycle.orgId, dataset, observations, statistic, minGroupSize: thresholds.minGroupSize });
  const freeText: FreeTextGate = async (dataset, items) => {
    if (items.length === 0) return { group: 'all', status: 'released', texts: [] };
    const [release] = releaseFreeText(items, thresholds.minFreeTextGroupSize);
    if (release?.status !== 'released') return { group: 'all', status: 'withheld', reason: 'small-group' };
    const writers = [...new Set(items.map((i) => i.personId))];
    await releaseThroughGate(tx, {
      orgId: cycle.orgId,
      dataset,
      observations: writers.map((id) => ({ personId: id, groupPath: [], value: 1 })),
      statistic: 'count',
      minGroupSize: thresholds.minFreeTextGroupSize,
    });
    return release;
  };
  const pathOf = (unitId: string | null) => pathBelow(cycle.unitId, unitId, tree.parents);
  const results = await releaseSurveyResults({ cycleId: cycle.id, shape, responses, pathOf, gate, freeText });
  const named = new Set(results.heatMap.units);
  for (const s of results.sections) for (const c of s.criteria) for (const cell of c.cells) named.add(cell.unitId);
  const units = tree.units.filter((u) => named.has(u.id));
  const scopeName = cycle.unitId ? (tree.units.find((u) => u.id === cycle.unitId)?.name ?? 'The unit') : 'Whole organisation';
  return { results, shape, thresholds, units, scopeName };
}

import type { Tx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { releaseFreeText, type Thresholds } from '../../platform/privacy/index.js';
import { earlierFigures, lockReleaseLog, recordFigures, releaseThroughGate } from '../../platform/privacy/release-log-store.js';
import { frozenSurvey } from './survey-freeze.js';
import { pathBelow, type TSurveyShape, type UnitNode } from './survey-model.js';
import { type FreeTextGate, releaseSurveyResults, type SurveyResults, surveyFamily } from './survey-results.js';
import { findSurveyCycle, mixSurveyResponses, responsesForGate, type SurveyCycle, surveyShapeOf } from './survey-store.js';

export interface ReleasedSurvey {
  results: SurveyResults;
  shape: TSurveyShape;
  thresholds: Thresholds;
  /** the units the released cells name (from the cycle's frozen tree) */
  units: UnitNode[];
  scopeName: string;
}

/**
 * A closed survey's results through the cycle-wide gate, in the caller's transaction: its
 * responses mixed first (mixSurveyResponses), then computed over the cycle's frozen tree with
 * its frozen thresholds, checked together with every earlier release of the cycle under the release log's lock, and the figures shown recorded. If even showing
 * nothing would leave a hidden figure computable (422), the transaction rolls back.
 * Comments are released as one group per section, and their writers are recorded in the
 * differencing log: if a reopened survey gained a comment or two, the new set is refused, since
 * the difference between the two sets would be those few people's words.
 */
export async function releaseSurvey(tx: Tx, cycle: SurveyCycle): Promise<ReleasedSurvey> {
  // one after another: a transaction is one connection
  // no figure is computed from responses that could still be paired with their participants
  await findSurveyCycle(tx, cycle.orgId, cycle.id, 'mix');
  await mixSurveyResponses(tx, cycle);
  const shape = await surveyShapeOf(tx, cycle);
  const frozen = await frozenSurvey(tx, cycle);
  const { thresholds } = frozen;
  const family = surveyFamily(cycle.id);
  await lockReleaseLog(tx, cycle.orgId, family);
  const earlier = await earlierFigures(tx, cycle.orgId, family);
  const responses = await responsesForGate(tx, cycle.orgId, cycle.id);
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
  const pathOf = (unitId: string | null) => pathBelow(cycle.unitId, unitId, frozen.parents);
  const release = await releaseSurveyResults({
    cycleId: cycle.id,
    shape,
    responses,
    pathOf,
    unitOrder: frozen.units.map((u) => u.id),
    earlier: earlier.filter((f) => !f.item.startsWith('comments:')),
    minGroupSize: thresholds.minGroupSize,
    freeText,
  });
  if (!release.ok) {
    throw new AppError(
      422,
      'privacy-refused',
      'Figures shown earlier for this survey, together with any figure now, could point at individuals, so none can be shown. Nothing was recorded.',
    );
  }
  await recordFigures(tx, cycle.orgId, family, release.released);
  const { results } = release;
  const named = new Set(results.heatMap.units);
  for (const s of results.sections) for (const c of s.criteria) for (const cell of c.cells) named.add(cell.unitId);
  const units = frozen.units.filter((u) => named.has(u.id));
  const scopeName = cycle.unitId ? (frozen.units.find((u) => u.id === cycle.unitId)?.name ?? 'The unit') : 'Whole organisation';
  return { results, shape, thresholds, units, scopeName };
}

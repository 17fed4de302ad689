import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError, badRequest, conflict } from '../../../platform/http/errors.js';
import { todayIn } from '../../../platform/time/day.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { type ActionRow, insertFigureAction, listActions } from '../action-store.js';
import type { SurveyAfter } from '../action-view.js';
import { assessmentPack } from '../assessment-pack.js';
import { requireCriterion, requirePersonOfOrg } from '../cycle-lookups.js';
import { type CycleRow, listCycles, ratingsOf } from '../cycle-store.js';
import { domainRollup } from '../domain-progress.js';
import { auditProgressPolicy, surveyResultsPolicy } from '../policy.js';
import { confirmedRatings, nextClosedCycle } from '../results.js';
import { resultsReady } from '../survey-model.js';
import type { SurveyResults } from '../survey-results.js';
import { findSurveyCycle } from '../survey-store.js';
import { loadActionPlan, loadSurveyResults } from './load-resource.js';
import { readSurveyResults } from './survey-use-cases.js';

/**
 * Closing the loop from the assessments' own figures: an action raised from a staff survey
 * criterion's mean for a group, as the gate released it to the one raising it, or from an audit's
 * share of green criteria in an implementation domain. Either joins the cycle's action plan and
 * keeps the figure it came from; the same figure at the next release is shown beside it.
 */

interface ActionInput {
  title: string;
  ownerPersonId: string;
  dueOn: string;
}

const cellOf = (results: SurveyResults, criterionId: string, unitId: string | null) =>
  results.sections.flatMap((s) => s.criteria).find((c) => c.id === criterionId)?.cells.find((cell) => cell.unitId === unitId);

/** From a survey criterion's released mean for a group (the whole scope: unitId null); admins and the survey's lead. */
export async function raiseSurveyAction(db: Db, actor: Actor, cycleId: string, input: ActionInput & { criterionId: string; unitId: string | null }): Promise<ActionRow> {
  const survey = await loadSurveyResults(db, actor, cycleId, 'see');
  if (!resultsReady(survey, todayIn(actor.timeZone))) throw conflict('This survey is still open: actions come from its results once it closes.');
  const { results } = await readSurveyResults(db, actor, survey, 'json');
  if (!results.sections.some((s) => s.criteria.some((c) => c.id === input.criterionId))) {
    throw badRequest('That criterion is not part of this survey.', [{ field: 'criterionId', problem: 'has no figure in these results' }]);
  }
  const cell = cellOf(results, input.criterionId, input.unitId);
  if (!cell) throw badRequest('That group has no figure in these results.', [{ field: 'unitId', problem: 'has no figure in these results' }]);
  if (cell.suppressed) throw badRequest('That figure is hidden: an action can only be raised from a figure that is shown.', [{ field: 'unitId', problem: 'is hidden for this criterion' }]);
  return db.transaction(async (tx) => {
    const cycle = await loadActionPlan(tx, actor, cycleId, 'create', { lock: true });
    await requireCriterion(tx, cycle, input.criterionId);
    await requirePersonOfOrg(tx, actor.orgId, input.ownerPersonId, 'ownerPersonId');
    const figure = { kind: 'survey-criterion' as const, unitId: input.unitId, value: cell.mean };
    const actionId = await insertFigureAction(tx, actor.orgId, figure, input, actor.personId, { cycleId, criterionId: input.criterionId });
    await recordAudit(tx, actor, { type: 'assessment.action-created', data: { cycleId, criterionId: input.criterionId, actionId, unitId: input.unitId } });
    return (await listActions(tx, actor.orgId, { actionId }))[0]!;
  });
}

/** From a team review's share of green criteria in a domain (confirmed ratings); the organisation's admins, who see the audit's progress. */
export async function raiseDomainAction(db: Db, actor: Actor, cycleId: string, input: ActionInput & { domain: string }): Promise<ActionRow> {
  authorize(auditProgressPolicy(actor, 'see', { orgId: actor.orgId }), 'Audit progress');
  return db.transaction(async (tx) => {
    const cycle = await loadActionPlan(tx, actor, cycleId, 'create', { lock: true });
    if (cycle.mode !== 'team-review') throw badRequest('Domain figures come from team reviews.', [{ field: 'cycleId', problem: 'is not a team review' }]);
    const pack = await assessmentPack(tx, cycle.packId, cycle.packVersion);
    const confirmed = confirmedRatings(await ratingsOf(tx, actor.orgId, [cycle.id]));
    const value = pack ? domainRollup(pack.pack, confirmed).find((d) => d.domain === input.domain)?.greenShare : null;
    if (value === null || value === undefined) throw badRequest('That domain has no figure in this review.', [{ field: 'domain', problem: "has no criterion in this review's pack" }]);
    await requirePersonOfOrg(tx, actor.orgId, input.ownerPersonId, 'ownerPersonId');
    const figure = { kind: 'domain' as const, domain: input.domain, unitId: cycle.unitId, value };
    const actionId = await insertFigureAction(tx, actor.orgId, figure, input, actor.personId, { cycleId, criterionId: null });
    await recordAudit(tx, actor, { type: 'assessment.action-created', data: { cycleId, domain: input.domain, actionId } });
    return (await listActions(tx, actor.orgId, { actionId }))[0]!;
  });
}

/**
 * The same criterion's mean for the same group in the next survey of the pack and scope whose
 * results are ready, released to the reader as the results page would (the same gate, the same
 * record of what was shown); undefined where there is none yet or the reader may not see it.
 */
export function laterSurveyFigures(db: Db, actor: Actor): SurveyAfter {
  const today = todayIn(actor.timeZone);
  const released = new Map<string, Promise<SurveyResults | null>>();
  let cycles: Promise<CycleRow[]> | undefined;
  return async (cycle, criterionId, unitId) => {
    cycles ??= listCycles(db, actor.orgId);
    const alike = (await cycles).filter((c) => c.mode === 'staff-survey' && c.packId === cycle.packId && c.unitId === cycle.unitId).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    const ready = alike.map((c) => ({ ...c, status: resultsReady(c, today) ? 'closed' : 'open' }));
    const next = nextClosedCycle(ready, cycle.id);
    if (!next || surveyResultsPolicy(actor, 'see', next).kind !== 'allowed') return undefined;
    if (!released.has(next.id)) released.set(next.id, resultsOf(db, actor, next.id));
    const results = await released.get(next.id)!;
    const cell = results ? cellOf(results, criterionId, unitId) : undefined;
    return { cycleId: next.id, cycleTitle: next.title, value: cell && !cell.suppressed ? cell.mean : null };
  };
}

async function resultsOf(db: Db, actor: Actor, cycleId: string): Promise<SurveyResults | null> {
  try {
    return (await readSurveyResults(db, actor, await findSurveyCycle(db, actor.orgId, cycleId), 'json')).results;
  } catch (error) {
    // the gate refused the whole release (it would give away a hidden figure): nothing is shown
    if (error instanceof AppError && error.status === 422) return null;
    throw error;
  }
}

import type { Ability, Actor, Policy } from '../../../platform/access/policy.js';
import type { Queryable } from '../../../platform/db/client.js';
import { conflict } from '../../../platform/http/errors.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { listActions } from '../action-store.js';
import { type CycleRow, findCycle } from '../cycle-store.js';
import { actionPlanPolicy, actionPolicy, type CycleRef, cyclePolicy, evidencePolicy, reviewPolicy, surveyAnswerPolicy, surveyResultsPolicy } from '../policy.js';
import { eligibleUnit } from '../survey-freeze.js';
import { findSurveyCycle, type SurveyCycle } from '../survey-store.js';

/**
 * The first step of every assessments use-case: load the resource, authorise the actor against
 * its policy (404 hidden, 403 denied), before anything else is read or written.
 */

export interface CycleLoad {
  /** refuse a closed cycle (409): it keeps its ratings and evidence as they were */
  open?: boolean;
  /** lock the cycle row for the transaction: changes to one cycle are serialised, so closing cannot race a rating */
  lock?: boolean;
}

async function cycleUnder(policy: Policy<CycleRef>, q: Queryable, actor: Actor, id: string, ability: Ability, options: CycleLoad): Promise<CycleRow> {
  const cycle = await findCycle(q, actor.orgId, id, options.lock);
  // a missing cycle answers exactly as a hidden one does
  authorize(cycle ? policy(actor, ability, cycle) : { kind: 'hidden' }, 'The assessment cycle');
  if (options.open && cycle!.status !== 'open') throw conflict('This assessment cycle is closed: its ratings and evidence stay as they were.');
  return cycle!;
}

/** The cycle itself (see it, or manage: close it). */
export const loadCycle = (q: Queryable, actor: Actor, id: string, ability: Ability, options: CycleLoad = {}) => cycleUnder(cyclePolicy, q, actor, id, ability, options);
/** The cycle whose review (ratings, comments, journey notes) the actor reads or changes. */
export const loadReview = (q: Queryable, actor: Actor, id: string, ability: Ability, options: CycleLoad = {}) => cycleUnder(reviewPolicy, q, actor, id, ability, options);
/** The cycle whose evidence the actor reads, adds or removes. */
export const loadEvidenceCycle = (q: Queryable, actor: Actor, id: string, ability: Ability, options: CycleLoad = {}) =>
  cycleUnder(evidencePolicy, q, actor, id, ability, options);
/** The cycle whose action plan the actor reads or adds to. */
export const loadActionPlan = (q: Queryable, actor: Actor, id: string, ability: Ability, options: CycleLoad = {}) =>
  cycleUnder(actionPlanPolicy, q, actor, id, ability, options);

/** One action of the organisation, if the actor may `ability` it (404 otherwise, the same as no such action). */
export async function loadAction(q: Queryable, actor: Actor, id: string, ability: Ability) {
  const [row] = await listActions(q, actor.orgId, { actionId: id });
  // an action raised from a workforce figure has no cycle
  const cycle = row?.cycleId ? await findCycle(q, actor.orgId, row.cycleId) : null;
  const found = row && (cycle || !row.cycleId);
  authorize(found ? actionPolicy(actor, ability, { orgId: actor.orgId, ownerPersonId: row.ownerPersonId, cycle: cycle ?? null }) : { kind: 'hidden' }, 'The action');
  return row!;
}

/**
 * A staff survey as one of the people it asks meets it: those frozen as its respondents when it
 * opened (in its scope then, with their own account active). `unitId` is their unit at that
 * moment, where their answer is counted, wherever they have moved since. `lock: 'answer'` takes
 * the cycle row's share lock an answer needs (see findSurveyCycle).
 */
export async function loadSurveyAsked(q: Queryable, actor: Actor, id: string, ability: Ability, lock?: 'answer'): Promise<{ cycle: SurveyCycle; unitId: string | null }> {
  const cycle = await findSurveyCycle(q, actor.orgId, id, lock);
  const { eligible, unitId } = await eligibleUnit(q, cycle, actor.personId);
  authorize(surveyAnswerPolicy(actor, ability, { orgId: cycle.orgId, respondent: eligible }), 'The staff survey');
  return { cycle, unitId };
}

/** A staff survey whose results the actor reads (see) or exports (share). */
export async function loadSurveyResults(q: Queryable, actor: Actor, id: string, ability: Ability): Promise<SurveyCycle> {
  const cycle = await findSurveyCycle(q, actor.orgId, id);
  authorize(surveyResultsPolicy(actor, ability, cycle), 'The staff survey');
  return cycle;
}

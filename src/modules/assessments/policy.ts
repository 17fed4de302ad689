import { type Actor, allowed, allowedIf, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';

/**
 * Who may do what in organisational assessments. Pure: each resource is loaded first, and the
 * use-cases in `use-cases/` turn a decision into 404 (hidden: another organisation's ids, or a
 * cycle one takes no part in, reveal nothing) or 403 (denied: seen, but not this).
 */

/** What decides who may do what with a cycle. */
export interface CycleRef {
  orgId: string;
  leadPersonId: string | null;
  contributorIds: readonly string[];
}

const isLead = (actor: Actor, cycle: CycleRef) => cycle.leadPersonId === actor.personId;
const takesPart = (actor: Actor, cycle: CycleRef) => isLead(actor, cycle) || cycle.contributorIds.includes(actor.personId);
/** Admins see every cycle of their organisation; others the cycles they lead or contribute to. */
const seesCycle = (actor: Actor, cycle: CycleRef) => actor.orgId === cycle.orgId && (hasRole(actor, 'org_admin') || takesPart(actor, cycle));

export const DENIALS = {
  contribute: "Only the review's contributors and its lead can change this.",
  confirm: "Only the review's lead confirms a final rating.",
  manage: "Only the organisation's admins and the review's lead can do this.",
  plan: "Only the review's team and the organisation's admins plan its actions.",
};

/** A cycle itself: see and list (those who see it); manage — close it — the organisation's admins and its lead. */
export const cyclePolicy: Policy<CycleRef> = (actor, ability, cycle) => {
  if (!seesCycle(actor, cycle)) return hidden;
  if (ability === 'see' || ability === 'list') return allowed;
  return allowedIf(ability === 'manage' && (hasRole(actor, 'org_admin') || isLead(actor, cycle)), denied(DENIALS.manage));
};

/**
 * A team review's ratings, comments and journey notes: see (those who see the cycle); create,
 * change, remove — propose a rating, comment — its contributors and lead (an admin who takes no
 * part only reads); manage — confirm a final rating — the lead alone, not even an admin.
 */
export const reviewPolicy: Policy<CycleRef> = (actor, ability, cycle) => {
  if (!seesCycle(actor, cycle)) return hidden;
  if (ability === 'see' || ability === 'list') return allowed;
  if (ability === 'manage') return allowedIf(isLead(actor, cycle), denied(DENIALS.confirm));
  return allowedIf((ability === 'create' || ability === 'change' || ability === 'remove') && takesPart(actor, cycle), denied(DENIALS.contribute));
};

/** Evidence on a criterion: see and download (those who see the cycle); create and remove, its contributors and lead. */
export const evidencePolicy: Policy<CycleRef> = (actor, ability, cycle) => {
  if (!seesCycle(actor, cycle)) return hidden;
  if (ability === 'see' || ability === 'list') return allowed;
  return allowedIf((ability === 'create' || ability === 'remove') && takesPart(actor, cycle), denied(DENIALS.contribute));
};

/** A cycle's action plan: see it (those who see the cycle); create actions, the admins, the lead and the contributors. */
export const actionPlanPolicy: Policy<CycleRef> = (actor, ability, cycle) => {
  if (!seesCycle(actor, cycle)) return hidden;
  if (ability === 'see' || ability === 'list') return allowed;
  return allowedIf(ability === 'create' && (hasRole(actor, 'org_admin') || takesPart(actor, cycle)), denied(DENIALS.plan));
};

/** One action, with the cycle it belongs to (null: raised from a workforce figure). */
export interface ActionRef {
  orgId: string;
  ownerPersonId: string | null;
  cycle: CycleRef | null;
}

/** Those who see the workforce figures: the organisation's admins and supervisors. */
const seesFigures = (actor: Actor) => hasRole(actor, 'org_admin') || hasRole(actor, 'supervisor');

/**
 * An action: whoever sees its cycle — or, for one raised from a workforce figure, whoever sees
 * the figures — or owns it, may see it, change its progress and add notes (the owner reports,
 * the others follow up). Anyone else does not know it exists.
 */
export const actionPolicy: Policy<ActionRef> = (actor, ability, action) => {
  const followsUp = action.cycle ? seesCycle(actor, action.cycle) : seesFigures(actor);
  const sees = actor.orgId === action.orgId && (followsUp || action.ownerPersonId === actor.personId);
  return allowedIf(sees && (ability === 'see' || ability === 'change' || ability === 'create'));
};

/** A staff survey as its respondents meet it: `respondent` — frozen as one of the people it asks when it opened. */
export interface SurveyAsked {
  orgId: string;
  respondent: boolean;
}

/** See what the survey tells people first, and create an answer: its frozen respondents only; to anyone else it is not there. */
export const surveyAnswerPolicy: Policy<SurveyAsked> = (actor, ability, survey) =>
  allowedIf(actor.orgId === survey.orgId && survey.respondent && (ability === 'see' || ability === 'create'));

/** A staff survey's results (see, and the CSV export, share): the organisation's admins and the cycle's lead; to anyone else it is not there. */
export const surveyResultsPolicy: Policy<{ orgId: string; leadPersonId: string | null }> = (actor, ability, survey) =>
  allowedIf(
    actor.orgId === survey.orgId && (hasRole(actor, 'org_admin') || survey.leadPersonId === actor.personId) && (ability === 'see' || ability === 'share'),
  );

/**
 * The audit's progress across every team review (by implementation domain, actions on time):
 * see — the organisation's admins, who see every cycle; anyone else sees only the cycles they
 * take part in, so a roll-up over all of them is not theirs.
 */
export const auditProgressPolicy: Policy<{ orgId: string }> = (actor, _ability, org) => {
  if (actor.orgId !== org.orgId) return hidden;
  return allowedIf(hasRole(actor, 'org_admin'), denied('Audit progress across every review is for the organisation’s admins.'));
};

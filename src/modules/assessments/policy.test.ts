import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/policy.js';
import type { AppRole } from '../../platform/auth/schema.js';
import { actionPlanPolicy, actionPolicy, type CycleRef, cyclePolicy, DENIALS, evidencePolicy, reviewPolicy, surveyAnswerPolicy, surveyResultsPolicy } from './policy.js';

const ORG = 'org-1';
const actor = (personId: string, roles: AppRole[] = ['worker'], orgId = ORG): Actor => ({ accountId: `a-${personId}`, personId, orgId, roles, email: '', name: '', locale: 'en', timeZone: 'UTC', tenantKind: 'organisation' });
const cycle: CycleRef = { orgId: ORG, leadPersonId: 'lead', contributorIds: ['contrib'] };

const admin = actor('admin', ['org_admin']);
const lead = actor('lead');
const contributor = actor('contrib');
const worker = actor('someone');
const supervisor = actor('boss', ['supervisor']);
// the same person ids, and an admin, in another organisation
const foreignLead = actor('lead', ['worker'], 'org-2');
const foreignAdmin = actor('admin', ['org_admin'], 'org-2');

const allowed = { kind: 'allowed' };
const hidden = { kind: 'hidden' };
const denied = (reason: string) => ({ kind: 'denied', reason });

describe('cyclePolicy', () => {
  it.each([
    ['an admin', admin, allowed, allowed],
    ['the lead', lead, allowed, allowed],
    ['a contributor', contributor, allowed, denied(DENIALS.manage)],
    ['a worker who takes no part', worker, hidden, hidden],
    ['a supervisor who takes no part', supervisor, hidden, hidden],
    ["another organisation's lead", foreignLead, hidden, hidden],
    ["another organisation's admin", foreignAdmin, hidden, hidden],
  ])('%s: see → %o, manage → %o', (_, who, see, manage) => {
    expect(cyclePolicy(who, 'see', cycle)).toEqual(see);
    expect(cyclePolicy(who, 'manage', cycle)).toEqual(manage);
  });
});

describe('reviewPolicy', () => {
  it.each([
    ['an admin who takes no part reads only', admin, allowed, denied(DENIALS.contribute), denied(DENIALS.confirm)],
    ['the lead proposes and confirms', lead, allowed, allowed, allowed],
    ['a contributor proposes, never confirms', contributor, allowed, allowed, denied(DENIALS.confirm)],
    ['a worker who takes no part', worker, hidden, hidden, hidden],
    ["another organisation's lead", foreignLead, hidden, hidden, hidden],
    ["another organisation's admin", foreignAdmin, hidden, hidden, hidden],
  ])('%s', (_, who, see, change, confirm) => {
    expect(reviewPolicy(who, 'see', cycle)).toEqual(see);
    expect(reviewPolicy(who, 'change', cycle)).toEqual(change);
    expect(reviewPolicy(who, 'create', cycle)).toEqual(change);
    expect(reviewPolicy(who, 'manage', cycle)).toEqual(confirm);
  });
});

describe('evidencePolicy', () => {
  it.each([
    ['an admin who takes no part', admin, allowed, denied(DENIALS.contribute)],
    ['the lead', lead, allowed, allowed],
    ['a contributor', contributor, allowed, allowed],
    ['a worker who takes no part', worker, hidden, hidden],
    ["another organisation's admin", foreignAdmin, hidden, hidden],
  ])('%s', (_, who, see, add) => {
    expect(evidencePolicy(who, 'see', cycle)).toEqual(see);
    expect(evidencePolicy(who, 'create', cycle)).toEqual(add);
    expect(evidencePolicy(who, 'remove', cycle)).toEqual(add);
  });
});

describe('actionPlanPolicy', () => {
  it.each([
    ['an admin', admin, allowed],
    ['the lead', lead, allowed],
    ['a contributor', contributor, allowed],
    ['a worker who takes no part', worker, hidden],
    ["another organisation's admin", foreignAdmin, hidden],
  ])('%s plans: %o', (_, who, create) => {
    expect(actionPlanPolicy(who, 'create', cycle)).toEqual(create);
  });
  it('is never more than planning: no one manages a plan through it', () => {
    expect(actionPlanPolicy(admin, 'manage', cycle)).toEqual(denied(DENIALS.plan));
  });
});

describe('actionPolicy', () => {
  const action = { orgId: ORG, ownerPersonId: 'owner', cycle };
  it.each([
    ['its owner, who takes no part in the cycle', actor('owner'), allowed],
    ['a contributor', contributor, allowed],
    ['an admin', admin, allowed],
    ['a worker who neither owns it nor takes part', worker, hidden],
    ["another organisation's person with the owner's id", actor('owner', ['worker'], 'org-2'), hidden],
    ["another organisation's admin", foreignAdmin, hidden],
  ])('%s: %o', (_, who, decision) => {
    expect(actionPolicy(who, 'see', action)).toEqual(decision);
    expect(actionPolicy(who, 'change', action)).toEqual(decision);
  });
  it('removes for nobody', () => {
    expect(actionPolicy(admin, 'remove', action)).toEqual(hidden);
  });
});

describe('surveyAnswerPolicy', () => {
  it('lets a frozen respondent see and answer', () => {
    expect(surveyAnswerPolicy(worker, 'create', { orgId: ORG, respondent: true })).toEqual(allowed);
    expect(surveyAnswerPolicy(worker, 'see', { orgId: ORG, respondent: true })).toEqual(allowed);
  });
  it('hides it from anyone not asked, an admin included, and from another organisation', () => {
    expect(surveyAnswerPolicy(admin, 'create', { orgId: ORG, respondent: false })).toEqual(hidden);
    expect(surveyAnswerPolicy(foreignAdmin, 'see', { orgId: ORG, respondent: true })).toEqual(hidden);
  });
});

describe('surveyResultsPolicy', () => {
  const survey = { orgId: ORG, leadPersonId: 'lead' };
  it.each([
    ['an admin', admin, allowed],
    ['the lead, a plain worker', lead, allowed],
    ['a respondent who is not the lead', worker, hidden],
    ['a supervisor', supervisor, hidden],
    ["another organisation's admin", foreignAdmin, hidden],
    ["another organisation's person with the lead's id", foreignLead, hidden],
  ])('%s: %o', (_, who, decision) => {
    expect(surveyResultsPolicy(who, 'see', survey)).toEqual(decision);
    expect(surveyResultsPolicy(who, 'share', survey)).toEqual(decision);
  });
});

import { describe, expect, it } from 'vitest';
import { policyActor } from '../../test-support/policy-cast.js';
import { type EventRef, eventPolicy, figuresPolicy, namedEventPolicy, offerPolicy, referralScope, teamEventPolicy, visibleAffected } from './policy.js';

const worker = policyActor('worker', ['worker']);
const recorder = policyActor('recorder', ['worker']);
const manager = policyActor('manager', ['supervisor']);
const otherManager = policyActor('other-manager', ['supervisor']);
const admin = policyActor('admin', ['org_admin']);
const analyst = policyActor('analyst', ['hub_analyst']);
const foreign = policyActor('worker', ['org_admin', 'supervisor', 'worker'], 'other-org');

const event: EventRef = { orgId: 'org', recordedBy: 'recorder', managerIds: ['manager'] };
const affected = [
  { personId: 'worker', managerId: 'manager' },
  { personId: 'colleague', managerId: 'other-manager-of-nobody-here' },
];

describe('recording for a team', () => {
  const team = (over: { isMember?: boolean; managesMember?: boolean; orgId?: string } = {}) => ({ orgId: 'org', isMember: false, managesMember: false, ...over });
  it('lets its members, a supervisor who manages one of them and org admins record', () => {
    expect(teamEventPolicy(worker, 'create', team({ isMember: true })).kind).toBe('allowed');
    expect(teamEventPolicy(manager, 'create', team({ managesMember: true })).kind).toBe('allowed');
    expect(teamEventPolicy(admin, 'create', team()).kind).toBe('allowed');
  });
  it('refuses, with a reason, a worker of another team and a supervisor of nobody in it', () => {
    expect(teamEventPolicy(worker, 'create', team()).kind).toBe('denied');
    expect(teamEventPolicy(otherManager, 'create', team()).kind).toBe('denied');
    // a worker does not become a manager by line-managing someone without the supervisor role
    expect(teamEventPolicy(worker, 'create', team({ managesMember: true })).kind).toBe('denied');
  });
  it("hides another organisation's team, even from its admin", () => {
    expect(teamEventPolicy(foreign, 'create', team({ isMember: true, managesMember: true })).kind).toBe('hidden');
  });
  it('never lets an event be changed', () => {
    expect(teamEventPolicy(admin, 'change', team()).kind).toBe('denied');
  });
});

describe('recording for named people', () => {
  it('lets anyone of the organisation record, and hides another organisation', () => {
    for (const who of [worker, manager, admin, analyst]) expect(namedEventPolicy(who, 'create', { orgId: 'org' }).kind).toBe('allowed');
    expect(namedEventPolicy(foreign, 'create', { orgId: 'org' }).kind).toBe('hidden');
  });
});

describe('an event as managers see it', () => {
  it('shows it to its recorder and to a line manager of someone it affected', () => {
    expect(eventPolicy(recorder, 'see', event).kind).toBe('allowed');
    expect(eventPolicy(manager, 'see', event).kind).toBe('allowed');
  });
  it.each([
    ['an affected worker', worker],
    ['another supervisor', otherManager],
    ['an org admin who did not record it', admin],
    ['a hub analyst', analyst],
    ['another organisation', foreign],
  ])('hides it from %s', (_who, who) => {
    expect(eventPolicy(who, 'see', event).kind).toBe('hidden');
  });
  it('hides it from a manager without the supervisor role', () => {
    expect(eventPolicy(policyActor('manager', ['worker']), 'see', event).kind).toBe('hidden');
  });
  it('shows the recorder everyone affected and a line manager only their own reports', () => {
    expect(visibleAffected(recorder, event, affected).map((p) => p.personId)).toEqual(['worker', 'colleague']);
    expect(visibleAffected(manager, event, affected).map((p) => p.personId)).toEqual(['worker']);
    expect(visibleAffected(admin, event, affected)).toEqual([]);
  });
});

describe('an offer and its answers', () => {
  const offer = { orgId: 'org', personId: 'worker' };
  it('belong to the affected person alone', () => {
    for (const ability of ['see', 'list', 'change'] as const) expect(offerPolicy(worker, ability, offer).kind).toBe('allowed');
  });
  it.each([
    ['their line manager', manager],
    ['the recorder', recorder],
    ['an org admin', admin],
    ['a hub analyst', analyst],
    ['another organisation (same person id)', foreign],
  ])('are hidden from %s', (_who, who) => {
    expect(offerPolicy(who, 'see', offer).kind).toBe('hidden');
  });
});

describe('referral requests and counts', () => {
  it('show an org admin every request, others the ones they recorded or manage', () => {
    expect(referralScope(admin)).toEqual({ all: true });
    expect(referralScope(manager)).toEqual({ all: false, recordedBy: 'manager', managerId: 'manager' });
    expect(referralScope(recorder)).toEqual({ all: false, recordedBy: 'recorder', managerId: null });
  });
  it('let only org admins see the counts', () => {
    expect(figuresPolicy(admin, 'see', { orgId: 'org' }).kind).toBe('allowed');
    expect(figuresPolicy(manager, 'see', { orgId: 'org' }).kind).toBe('denied');
    expect(figuresPolicy(analyst, 'see', { orgId: 'org' }).kind).toBe('denied');
    expect(figuresPolicy(foreign, 'see', { orgId: 'org' }).kind).toBe('hidden');
  });
});

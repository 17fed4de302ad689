import { describe, expect, it } from 'vitest';
import { policyActor, policyCast } from '../../test-support/policy-cast.js';
import { CATALOGUE_ADMINS_ONLY, coursePolicy, coveragePolicy, seesWholeCatalogue, trainingRecordPolicy } from './policy.js';

const actor = policyActor;
const { worker, supervisor, otherSupervisor, admin, foreignAdmin, workerRecord } = policyCast;

describe('training records', () => {
  it('the person, their line manager and org admins see, record and remove them', () => {
    for (const who of [worker, supervisor, admin]) for (const ability of ['see', 'create', 'remove'] as const) expect(trainingRecordPolicy(who, ability, workerRecord)).toEqual({ kind: 'allowed' });
  });

  it('a manager of another team, a colleague and another organisation find nothing', () => {
    for (const who of [otherSupervisor, actor('colleague', ['worker']), foreignAdmin]) expect(trainingRecordPolicy(who, 'see', workerRecord)).toEqual({ kind: 'hidden' });
  });
});

describe('the course catalogue', () => {
  it('everyone in the organisation lists it; only org admins see the unapproved courses and the reviews', () => {
    for (const who of [worker, supervisor, admin]) expect(coursePolicy(who, 'list', { orgId: 'org' })).toEqual({ kind: 'allowed' });
    expect([worker, supervisor, admin].map(seesWholeCatalogue)).toEqual([false, false, true]);
  });

  it('only org admins add, change and review courses; others are told why; another organisation finds nothing', () => {
    for (const ability of ['create', 'change', 'manage'] as const) {
      expect(coursePolicy(admin, ability, { orgId: 'org' })).toEqual({ kind: 'allowed' });
      expect(coursePolicy(supervisor, ability, { orgId: 'org' })).toEqual({ kind: 'denied', reason: CATALOGUE_ADMINS_ONLY });
      expect(coursePolicy(foreignAdmin, ability, { orgId: 'org' })).toEqual({ kind: 'hidden' });
    }
    expect(coursePolicy(foreignAdmin, 'list', { orgId: 'org' })).toEqual({ kind: 'hidden' });
  });
});

describe('coverage', () => {
  it("one's own coverage, and a line manager's or admin's look at it; not a manager of another team", () => {
    expect(coveragePolicy(worker, 'see', { kind: 'person', person: workerRecord })).toEqual({ kind: 'allowed' });
    expect(coveragePolicy(supervisor, 'see', { kind: 'person', person: workerRecord })).toEqual({ kind: 'allowed' });
    expect(coveragePolicy(otherSupervisor, 'see', { kind: 'person', person: workerRecord })).toEqual({ kind: 'hidden' });
  });

  it('a supervisor lists their own direct reports, never another manager’s', () => {
    expect(coveragePolicy(supervisor, 'list', { kind: 'direct-reports', orgId: 'org', managerId: 'supervisor' })).toEqual({ kind: 'allowed' });
    expect(coveragePolicy(otherSupervisor, 'list', { kind: 'direct-reports', orgId: 'org', managerId: 'supervisor' })).toEqual({ kind: 'hidden' });
    expect(coveragePolicy(worker, 'list', { kind: 'direct-reports', orgId: 'org', managerId: 'worker' })).toEqual({ kind: 'hidden' });
  });

  it('only org admins look at a whole unit: a supervisor is told why; another organisation’s unit is not found', () => {
    expect(coveragePolicy(admin, 'list', { kind: 'unit', orgId: 'org' })).toEqual({ kind: 'allowed' });
    expect(coveragePolicy(supervisor, 'list', { kind: 'unit', orgId: 'org' })).toMatchObject({ kind: 'denied', reason: expect.stringContaining('Only organisation admins') });
    expect(coveragePolicy(foreignAdmin, 'list', { kind: 'unit', orgId: 'org' })).toEqual({ kind: 'hidden' });
  });

  it('only org admins see the whole organisation; another organisation’s admin finds nothing', () => {
    expect(coveragePolicy(admin, 'see', { kind: 'organisation', orgId: 'org' })).toEqual({ kind: 'allowed' });
    expect(coveragePolicy(supervisor, 'see', { kind: 'organisation', orgId: 'org' })).toMatchObject({ kind: 'denied' });
    expect(coveragePolicy(foreignAdmin, 'see', { kind: 'organisation', orgId: 'org' })).toEqual({ kind: 'hidden' });
  });
});

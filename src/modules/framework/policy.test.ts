import { describe, expect, it } from 'vitest';
import { policyActor, policyCast } from '../../test-support/policy-cast.js';
import { personPlacementPolicy, placementReviewPolicy, professionalRecordPolicy, reviewListScope, type UnitAccess, unitPlacementPolicy } from './policy.js';

const actor = policyActor;
const { worker, supervisor, otherSupervisor, admin, foreignAdmin, workerRecord } = policyCast;

describe('professional records (placement, plans, training)', () => {
  it('the person, their line manager and org admins see and change them', () => {
    for (const who of [worker, supervisor, admin]) {
      expect(professionalRecordPolicy(who, 'see', workerRecord)).toEqual({ kind: 'allowed' });
      expect(personPlacementPolicy(who, 'change', workerRecord)).toEqual({ kind: 'allowed' });
    }
  });

  it('a manager of another team, a colleague and another organisation find nothing', () => {
    expect(professionalRecordPolicy(otherSupervisor, 'see', workerRecord)).toEqual({ kind: 'hidden' });
    expect(professionalRecordPolicy(actor('colleague', ['worker']), 'see', workerRecord)).toEqual({ kind: 'hidden' });
    expect(professionalRecordPolicy(foreignAdmin, 'see', workerRecord)).toEqual({ kind: 'hidden' });
    expect(professionalRecordPolicy(actor('worker', ['worker'], 'other-org'), 'see', workerRecord)).toEqual({ kind: 'hidden' });
  });

  it('being named line manager counts only for a supervisor', () => {
    expect(professionalRecordPolicy(actor('supervisor', ['worker']), 'see', workerRecord)).toEqual({ kind: 'hidden' });
  });
});

describe('unit placements', () => {
  // service > team > sub-team; the supervisor belongs to the team
  const subTeam = (actorUnitId: string | null, orgId = 'org'): UnitAccess => ({ unit: { orgId, id: 'sub', chain: ['sub', 'team', 'service'] }, actorUnitId });

  it('anyone in the organisation sees a unit placement; another organisation finds nothing', () => {
    expect(unitPlacementPolicy(worker, 'see', subTeam(null))).toEqual({ kind: 'allowed' });
    expect(unitPlacementPolicy(foreignAdmin, 'see', subTeam(null))).toEqual({ kind: 'hidden' });
  });

  it('org admins place every unit; a supervisor their own unit and the units inside it', () => {
    expect(unitPlacementPolicy(admin, 'change', subTeam(null))).toEqual({ kind: 'allowed' });
    expect(unitPlacementPolicy(supervisor, 'change', subTeam('team'))).toEqual({ kind: 'allowed' });
    expect(unitPlacementPolicy(supervisor, 'change', subTeam('sub'))).toEqual({ kind: 'allowed' });
  });

  it('a manager of another team, a worker and another organisation cannot place it', () => {
    expect(unitPlacementPolicy(otherSupervisor, 'change', subTeam('elsewhere'))).toMatchObject({ kind: 'denied', reason: expect.stringContaining('your own unit') });
    expect(unitPlacementPolicy(supervisor, 'change', subTeam(null))).toMatchObject({ kind: 'denied' });
    expect(unitPlacementPolicy(worker, 'change', subTeam('team'))).toMatchObject({ kind: 'denied' });
    expect(unitPlacementPolicy(foreignAdmin, 'change', subTeam(null))).toEqual({ kind: 'hidden' });
  });
});

describe('placement review requests', () => {
  const review = { person: workerRecord };

  it('only the person asks for their own placement to be looked at again, not even an admin for them', () => {
    expect(placementReviewPolicy(worker, 'create', review)).toEqual({ kind: 'allowed' });
    expect(placementReviewPolicy(admin, 'create', review)).toEqual({ kind: 'hidden' });
    expect(placementReviewPolicy(supervisor, 'create', review)).toEqual({ kind: 'hidden' });
  });

  it('their line manager or an org admin answers; a manager of another team and another organisation find nothing', () => {
    expect(placementReviewPolicy(supervisor, 'change', review)).toEqual({ kind: 'allowed' });
    expect(placementReviewPolicy(admin, 'change', review)).toEqual({ kind: 'allowed' });
    expect(placementReviewPolicy(otherSupervisor, 'change', review)).toEqual({ kind: 'hidden' });
    expect(placementReviewPolicy(worker, 'change', review)).toEqual({ kind: 'hidden' });
    expect(placementReviewPolicy(foreignAdmin, 'change', review)).toEqual({ kind: 'hidden' });
  });

  it('admins list everyone’s requests, supervisors their direct reports’', () => {
    expect(reviewListScope(admin)).toBe('everyone');
    expect(reviewListScope(supervisor)).toEqual({ managerId: 'supervisor' });
  });
});

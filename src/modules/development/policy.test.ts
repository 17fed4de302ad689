import { describe, expect, it } from 'vitest';
import { policyActor, policyCast } from '../../test-support/policy-cast.js';
import type { UnitAccess } from '../framework/policy.js';
import { needsPolicy, planPolicy, teamPlansScope } from './policy.js';

const actor = policyActor;
const { worker, supervisor, otherSupervisor, admin, foreignAdmin, workerRecord } = policyCast;

describe('training needs assessments of a unit', () => {
  const team = (actorUnitId: string | null): UnitAccess => ({ unit: { orgId: 'org', id: 'team', chain: ['team', 'service'] }, actorUnitId });

  it('those who look after the unit read and record them: admins, and supervisors of the unit or a unit above it', () => {
    for (const ability of ['list', 'create'] as const) {
      expect(needsPolicy(admin, ability, team(null))).toEqual({ kind: 'allowed' });
      expect(needsPolicy(supervisor, ability, team('team'))).toEqual({ kind: 'allowed' });
      expect(needsPolicy(supervisor, ability, team('service'))).toEqual({ kind: 'allowed' });
    }
  });

  it("a manager of another team does not learn they exist, and is told why they cannot record one", () => {
    expect(needsPolicy(otherSupervisor, 'list', team('elsewhere'))).toEqual({ kind: 'hidden' });
    expect(needsPolicy(otherSupervisor, 'create', team('elsewhere'))).toMatchObject({ kind: 'denied' });
    expect(needsPolicy(worker, 'list', team('team'))).toEqual({ kind: 'hidden' });
  });

  it('another organisation finds nothing', () => {
    expect(needsPolicy(foreignAdmin, 'list', team(null))).toEqual({ kind: 'hidden' });
    expect(needsPolicy(foreignAdmin, 'create', team(null))).toEqual({ kind: 'hidden' });
  });
});

describe('self-assessments and plans', () => {
  it('only the person answers and submits their self-assessment: not their manager, not an org admin', () => {
    expect(planPolicy(worker, 'create', workerRecord)).toEqual({ kind: 'allowed' });
    expect(planPolicy(supervisor, 'create', workerRecord)).toEqual({ kind: 'hidden' });
    expect(planPolicy(admin, 'create', workerRecord)).toEqual({ kind: 'hidden' });
    expect(planPolicy(actor('worker', ['worker'], 'other-org'), 'create', workerRecord)).toEqual({ kind: 'hidden' });
  });

  it('the person, their line manager and org admins see, write and confirm the plan', () => {
    for (const who of [worker, supervisor, admin]) for (const ability of ['see', 'change', 'manage'] as const) expect(planPolicy(who, ability, workerRecord)).toEqual({ kind: 'allowed' });
  });

  it('a manager of another team and another organisation find nothing', () => {
    for (const ability of ['see', 'change', 'manage'] as const) {
      expect(planPolicy(otherSupervisor, ability, workerRecord)).toEqual({ kind: 'hidden' });
      expect(planPolicy(foreignAdmin, ability, workerRecord)).toEqual({ kind: 'hidden' });
    }
  });

  it('admins list everyone’s plans, supervisors their direct reports’', () => {
    expect(teamPlansScope(admin)).toBe('everyone');
    expect(teamPlansScope(supervisor)).toEqual({ managerId: 'supervisor' });
  });
});

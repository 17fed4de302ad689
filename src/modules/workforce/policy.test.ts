import { describe, expect, it } from 'vitest';
import { policyActor, policyCast } from '../../test-support/policy-cast.js';
import { HR_ADMINS_ONLY, HR_NOT_FOR_MANAGERS, hrEventPolicy, hrEventsPolicy } from './policy.js';

const { worker, supervisor, otherSupervisor, admin, foreignAdmin, workerRecord } = policyCast;
const analyst = policyActor('analyst', ['hub_analyst']);
const colleague = policyActor('colleague', ['worker']);

describe("a person's HR events", () => {
  it('org admins see, record and remove them', () => {
    for (const ability of ['see', 'list', 'create', 'remove'] as const) expect(hrEventPolicy(admin, ability, workerRecord)).toEqual({ kind: 'allowed' });
  });

  it('the person sees their own and is told they cannot record or remove them', () => {
    expect(hrEventPolicy(worker, 'see', workerRecord)).toEqual({ kind: 'allowed' });
    for (const ability of ['create', 'remove'] as const) expect(hrEventPolicy(worker, ability, workerRecord)).toEqual({ kind: 'denied', reason: HR_ADMINS_ONLY });
  });

  it('their line manager, who knows them, is refused with a reason', () => {
    for (const ability of ['see', 'create'] as const) expect(hrEventPolicy(supervisor, ability, workerRecord)).toEqual({ kind: 'denied', reason: HR_NOT_FOR_MANAGERS });
  });

  it('a manager of another team, a colleague, a hub analyst and another organisation find nothing', () => {
    for (const who of [otherSupervisor, colleague, analyst, foreignAdmin]) {
      for (const ability of ['see', 'create', 'remove'] as const) expect(hrEventPolicy(who, ability, workerRecord)).toEqual({ kind: 'hidden' });
    }
  });
});

describe("the organisation's HR events", () => {
  it('org admins list and import them; anyone else in the organisation is told why; another organisation finds nothing', () => {
    expect(hrEventsPolicy(admin, 'list', { orgId: 'org' })).toEqual({ kind: 'allowed' });
    for (const who of [worker, supervisor, analyst]) expect(hrEventsPolicy(who, 'list', { orgId: 'org' })).toEqual({ kind: 'denied', reason: HR_ADMINS_ONLY });
    expect(hrEventsPolicy(foreignAdmin, 'list', { orgId: 'org' })).toEqual({ kind: 'hidden' });
  });
});

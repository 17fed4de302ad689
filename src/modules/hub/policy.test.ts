import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/policy.js';
import { policyActor } from '../../test-support/policy-cast.js';
import { hubPolicy, membershipPolicy } from './policy.js';

const hubActor = (personId: string, roles: Actor['roles'], hubId = 'hub'): Actor => ({ ...policyActor(personId, roles, hubId), tenantKind: 'hub' });
const hubAdmin = hubActor('ha', ['hub_admin']);
const analyst = hubActor('an', ['hub_analyst']);
const otherHubAdmin = hubActor('oa', ['hub_admin'], 'other-hub');
const orgAdmin = policyActor('oa', ['org_admin'], 'org');
const foreignAdmin = policyActor('fa', ['org_admin'], 'other-org');
const worker = policyActor('w', ['worker'], 'org');
const ABILITIES = ['see', 'list', 'create', 'change', 'remove', 'share', 'manage'] as const;

describe('hub policy', () => {
  it('its admins may do everything with their hub', () => {
    for (const ability of ABILITIES) expect(hubPolicy(hubAdmin, ability, { hubId: 'hub' }).kind).toBe('allowed');
  });

  it('an analyst reads and is told (403) they cannot invite, add people or change settings', () => {
    expect(hubPolicy(analyst, 'see', { hubId: 'hub' }).kind).toBe('allowed');
    expect(hubPolicy(analyst, 'list', { hubId: 'hub' }).kind).toBe('allowed');
    for (const ability of ['create', 'change', 'manage'] as const) expect(hubPolicy(analyst, ability, { hubId: 'hub' }).kind).toBe('denied');
  });

  it("another hub's admin, and an organisation's admin even with the hub's id, find nothing", () => {
    for (const ability of ABILITIES) {
      expect(hubPolicy(otherHubAdmin, ability, { hubId: 'hub' }).kind).toBe('hidden');
      expect(hubPolicy({ ...orgAdmin, orgId: 'hub' }, ability, { hubId: 'hub' }).kind).toBe('hidden');
    }
  });

  it('an organisation role stored in a hub account means nothing there', () => {
    expect(hubPolicy(hubActor('x', ['org_admin']), 'see', { hubId: 'hub' }).kind).toBe('hidden');
  });
});

describe('membership policy (the organisation side)', () => {
  const mine = { orgId: 'org', hubId: 'hub' };

  it('only its own org admins answer an invitation', () => {
    for (const ability of ABILITIES) expect(membershipPolicy(orgAdmin, ability, mine).kind).toBe('allowed');
    expect(membershipPolicy(worker, 'change', mine)).toEqual({ kind: 'denied', reason: expect.stringContaining('admins') });
  });

  it("another organisation's admin and the hub's own people find nothing", () => {
    for (const ability of ABILITIES) {
      expect(membershipPolicy(foreignAdmin, ability, mine).kind).toBe('hidden');
      expect(membershipPolicy(hubAdmin, ability, mine).kind).toBe('hidden');
      // a hub account whose tenant id were somehow the organisation's is still not the organisation
      expect(membershipPolicy({ ...hubAdmin, orgId: 'org', roles: ['org_admin'] }, ability, mine).kind).toBe('hidden');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { type AccessRule, type Actor, anyTenantSignedIn, behindTenantWall, hubAdmins, hubPeople, orgAdmins, publicAccess, ruleAllows, signedIn } from './policy.js';

const orgActor = (roles: Actor['roles']): Actor => ({ accountId: 'a', personId: 'p', orgId: 'o', tenantKind: 'organisation', roles, email: '', name: '', locale: 'en', timeZone: 'UTC' });
const hubActor = (roles: Actor['roles']): Actor => ({ ...orgActor(roles), tenantKind: 'hub' });

describe('the tenant wall', () => {
  it("an organisation's routes are behind the wall for every hub account, whatever its roles", () => {
    for (const rule of [signedIn, orgAdmins] as AccessRule[]) {
      expect(behindTenantWall(rule, hubActor(['hub_admin']))).toBe(true);
      expect(behindTenantWall(rule, hubActor(['hub_analyst', 'org_admin']))).toBe(true);
      expect(ruleAllows(rule, hubActor(['org_admin']))).toBe(false);
    }
  });

  it("a hub's routes are behind the wall for every organisation account", () => {
    for (const rule of [hubPeople, hubAdmins]) {
      expect(behindTenantWall(rule, orgActor(['org_admin']))).toBe(true);
      expect(ruleAllows(rule, orgActor(['hub_admin', 'hub_analyst']))).toBe(false);
    }
  });

  it('each kind passes its own routes by role', () => {
    expect(ruleAllows(hubPeople, hubActor(['hub_analyst']))).toBe(true);
    expect(ruleAllows(hubAdmins, hubActor(['hub_analyst']))).toBe(false);
    expect(behindTenantWall(hubAdmins, hubActor(['hub_analyst']))).toBe(false);
    expect(ruleAllows(signedIn, orgActor([]))).toBe(true);
  });

  it("public routes and the account's own routes serve both kinds; nobody signed in meets no wall", () => {
    for (const actor of [orgActor(['worker']), hubActor(['hub_analyst'])]) {
      expect(ruleAllows(publicAccess, actor)).toBe(true);
      expect(ruleAllows(anyTenantSignedIn, actor)).toBe(true);
    }
    expect(behindTenantWall(hubPeople, undefined)).toBe(false);
    expect(ruleAllows(hubPeople, undefined)).toBe(false);
  });
});

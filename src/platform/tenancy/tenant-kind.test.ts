import { describe, expect, it } from 'vitest';
import { rolesInTenant, tenantKindOf } from './tenant-kind.js';

describe('roles in a tenant', () => {
  it('a hub role stored in an organisation grants nothing there', () => {
    expect(rolesInTenant('organisation', ['hub_analyst'])).toEqual([]);
    expect(rolesInTenant('organisation', ['supervisor', 'hub_analyst', 'hub_admin'])).toEqual(['supervisor']);
  });

  it("an organisation's role stored in a hub grants nothing there", () => {
    expect(rolesInTenant('hub', ['org_admin', 'worker'])).toEqual([]);
    expect(rolesInTenant('hub', ['hub_admin', 'org_admin', 'hub_analyst'])).toEqual(['hub_admin', 'hub_analyst']);
  });

  it('unknown strings are dropped in both kinds', () => {
    expect(rolesInTenant('hub', ['root'])).toEqual([]);
    expect(rolesInTenant('organisation', ['root', 'worker'])).toEqual(['worker']);
  });

  it('only the stored word hub makes a hub', () => {
    expect(tenantKindOf('hub')).toBe('hub');
    expect(tenantKindOf('organisation')).toBe('organisation');
    expect(tenantKindOf(null)).toBe('organisation');
    expect(tenantKindOf('Hub')).toBe('organisation');
  });
});

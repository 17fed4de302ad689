import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/policy.js';
import { ownTree, unitPolicy } from './policy.js';

const actor = (roles: Actor['roles'], orgId = 'org-a'): Actor => ({ accountId: 'acc', personId: 'p', orgId, roles, email: 'a@example.org', name: 'A', locale: 'en', timeZone: 'UTC', tenantKind: 'organisation' });
const treeA = { orgId: 'org-a' };

describe('unitPolicy', () => {
  it('lets anyone signed in see and list their own organisation’s units', () => {
    for (const roles of [['worker'], ['supervisor'], ['org_admin']] as Array<Actor['roles']>) {
      expect(unitPolicy(actor(roles), 'list', treeA).kind).toBe('allowed');
      expect(unitPolicy(actor(roles), 'see', treeA).kind).toBe('allowed');
    }
  });

  it('lets only an org admin create, change or remove units', () => {
    for (const ability of ['create', 'change', 'remove'] as const) {
      expect(unitPolicy(actor(['org_admin']), ability, treeA).kind).toBe('allowed');
      expect(unitPolicy(actor(['worker']), ability, treeA).kind).toBe('denied');
      expect(unitPolicy(actor(['supervisor']), ability, treeA).kind).toBe('denied');
    }
  });

  it('hides another organisation’s units from everyone, its admin included', () => {
    for (const ability of ['see', 'list', 'create', 'change', 'remove'] as const) {
      expect(unitPolicy(actor(['org_admin'], 'org-b'), ability, treeA).kind).toBe('hidden');
      expect(unitPolicy(actor(['worker'], 'org-b'), ability, treeA).kind).toBe('hidden');
    }
  });

  it('ownTree is the actor’s own organisation', () => {
    expect(ownTree(actor(['worker'], 'org-c'))).toEqual({ orgId: 'org-c' });
  });
});

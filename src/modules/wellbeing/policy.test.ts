import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/policy.js';
import type { AppRole } from '../../platform/auth/schema.js';
import { type GrantRef, grantPolicy, ownSpace, spacePolicy, supportContactPolicy } from './policy.js';

const ORG = 'org-willow';
const actor = (personId: string, roles: AppRole[] = ['worker'], orgId = ORG): Actor => ({ accountId: `a-${personId}`, personId, orgId, roles, email: `${personId}@x`, name: personId, locale: 'en', timeZone: 'UTC', tenantKind: 'organisation' });

const owner = actor('owner');
const grantee = actor('grantee');
// the owner's own line manager, an admin and an analyst of the same organisation, and someone elsewhere
const manager = actor('manager', ['supervisor']);
const admin = actor('admin', ['org_admin']);
const analyst = actor('analyst', ['hub_analyst']);
const foreignOwnerId = actor('owner', ['org_admin', 'supervisor', 'worker'], 'org-elsewhere');
const outsiders = { manager, admin, analyst, 'another organisation (same person id)': foreignOwnerId };

const now = new Date('2026-06-01T12:00:00Z');
const grant = (over: Partial<GrantRef> = {}): GrantRef => ({ orgId: ORG, personId: 'owner', granteePersonId: 'grantee', expiresAt: new Date('2026-07-01T00:00:00Z'), revokedAt: null, ...over });
const policy = grantPolicy(now);

describe('space policy', () => {
  it('lets the owner do everything with their own space', () => {
    for (const ability of ['see', 'list', 'create', 'change', 'remove', 'share', 'manage'] as const) expect(spacePolicy(owner, ability, ownSpace(owner))).toEqual({ kind: 'allowed' });
  });
  it.each(Object.entries(outsiders))('hides the space from %s, whatever the ability', (_who, other) => {
    for (const ability of ['see', 'list', 'change', 'remove'] as const) expect(spacePolicy(other, ability, ownSpace(owner))).toEqual({ kind: 'hidden' });
  });
  it('hides it from a grantee too: a grant reaches one part, through the grant policy', () => {
    expect(spacePolicy(grantee, 'see', ownSpace(owner)).kind).toBe('hidden');
  });
});

describe('grant policy', () => {
  it('lets the owner make, list and revoke their grant, but not change it nor read through it', () => {
    expect(policy(owner, 'create', grant()).kind).toBe('allowed');
    expect(policy(owner, 'list', grant()).kind).toBe('allowed');
    expect(policy(owner, 'see', grant()).kind).toBe('hidden');
    expect(policy(owner, 'remove', grant()).kind).toBe('allowed');
    expect(policy(owner, 'change', grant()).kind).toBe('denied');
  });
  it('lets the named grantee read through it while it is in force, and nothing more', () => {
    expect(policy(grantee, 'see', grant()).kind).toBe('allowed');
    expect(policy(grantee, 'remove', grant()).kind).toBe('hidden');
    expect(policy(grantee, 'share', grant()).kind).toBe('hidden');
  });
  it('refuses the grantee once the grant is revoked or expired', () => {
    expect(policy(grantee, 'see', grant({ revokedAt: new Date('2026-05-30T00:00:00Z') })).kind).toBe('hidden');
    expect(policy(grantee, 'see', grant({ expiresAt: now })).kind).toBe('hidden');
  });
  it('refuses a grantee of the same id in another organisation', () => {
    expect(policy(actor('grantee', ['worker'], 'org-elsewhere'), 'see', grant()).kind).toBe('hidden');
  });
  it.each(Object.entries(outsiders))('hides the grant from %s', (_who, other) => {
    for (const ability of ['see', 'list', 'remove'] as const) expect(policy(other, ability, grant()).kind).toBe('hidden');
  });
});

describe('support contact policy', () => {
  it('lets everyone of the organisation read them', () => {
    for (const who of [owner, manager, admin, analyst]) expect(supportContactPolicy(who, 'list', { orgId: ORG }).kind).toBe('allowed');
  });
  it('lets only an org admin keep them', () => {
    expect(supportContactPolicy(admin, 'create', { orgId: ORG }).kind).toBe('allowed');
    expect(supportContactPolicy(admin, 'remove', { orgId: ORG }).kind).toBe('allowed');
    for (const who of [owner, manager, analyst]) expect(supportContactPolicy(who, 'change', { orgId: ORG }).kind).toBe('denied');
  });
  it("hides another organisation's contacts, even from an org admin there", () => {
    expect(supportContactPolicy(foreignOwnerId, 'list', { orgId: ORG }).kind).toBe('hidden');
    expect(supportContactPolicy(foreignOwnerId, 'change', { orgId: ORG }).kind).toBe('hidden');
  });
});

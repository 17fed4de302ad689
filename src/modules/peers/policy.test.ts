import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/policy.js';
import type { AppRole } from '../../platform/auth/schema.js';
import { boardPolicy, type CommunityRef, communityPolicy, ownSelfRatings, pairingPolicy, peerDirectoryPolicy, selfRatingPolicy } from './policy.js';

const ORG = 'org-willow';
const actor = (personId: string, roles: AppRole[] = ['worker'], orgId = ORG): Actor => ({ accountId: `a-${personId}`, personId, orgId, roles, email: `${personId}@x`, name: personId, locale: 'en', timeZone: 'UTC', tenantKind: 'organisation' });

const admin = actor('admin', ['org_admin']);
const analyst = actor('analyst', ['hub_analyst']);
const manager = actor('manager', ['supervisor']);
const foreign = actor('member', ['org_admin', 'supervisor', 'worker'], 'org-elsewhere');

const community = (membership: CommunityRef['membership'] = null): CommunityRef => ({ orgId: ORG, membership });
const asMember = community({ status: 'member', isStarter: false });
const asStarter = community({ status: 'member', isStarter: true });
const asInvited = community({ status: 'invited', isStarter: false });

describe('community policy (the community itself)', () => {
  it('lets anyone of the organisation see it and join it, and hides it from another organisation', () => {
    for (const who of [admin, analyst, manager, actor('w')]) {
      expect(communityPolicy(who, 'see', community()).kind).toBe('allowed');
      expect(communityPolicy(who, 'create', community()).kind).toBe('allowed');
    }
    expect(communityPolicy(foreign, 'see', community()).kind).toBe('hidden');
    expect(communityPolicy(foreign, 'create', asMember).kind).toBe('hidden');
  });
  it('lets only starters invite; a member is told why, and leaving needs a place in it', () => {
    expect(communityPolicy(actor('s'), 'share', asStarter).kind).toBe('allowed');
    expect(communityPolicy(actor('m'), 'share', asMember).kind).toBe('denied');
    expect(communityPolicy(admin, 'share', community()).kind).toBe('denied');
    expect(communityPolicy(actor('m'), 'remove', asMember).kind).toBe('allowed');
    expect(communityPolicy(actor('i'), 'remove', asInvited).kind).toBe('allowed');
    expect(communityPolicy(actor('x'), 'remove', community()).kind).toBe('denied');
  });
});

describe('board policy (members, posts and meeting notes)', () => {
  it('lets members read and write', () => {
    for (const ability of ['see', 'list', 'create'] as const) expect(boardPolicy(actor('m'), ability, asMember).kind).toBe('allowed');
  });
  it.each([
    ['an org admin', admin],
    ['a hub analyst', analyst],
    ['a supervisor', manager],
    ['a worker', actor('w')],
  ] as const)('hides the board from %s who is not a member', (_who, who) => {
    for (const ability of ['see', 'list', 'create', 'manage'] as const) expect(boardPolicy(who, ability, community()).kind).toBe('hidden');
  });
  it('hides it from someone only invited, and from another organisation even with a membership of the same ids', () => {
    expect(boardPolicy(actor('i'), 'list', asInvited).kind).toBe('hidden');
    expect(boardPolicy(foreign, 'list', asStarter).kind).toBe('hidden');
  });
  it('lets starters moderate; members are told only starters can', () => {
    expect(boardPolicy(actor('s'), 'manage', asStarter).kind).toBe('allowed');
    expect(boardPolicy(actor('m'), 'manage', asMember)).toEqual({ kind: 'denied', reason: 'only the people who started the community can hide a post' });
  });
});

describe('pairing policy', () => {
  const pairing = { orgId: ORG, requesterId: 'ana', partnerId: 'ben' };
  it('lets the two see and move it', () => {
    for (const who of ['ana', 'ben']) for (const ability of ['see', 'change'] as const) expect(pairingPolicy(actor(who), ability, pairing).kind).toBe('allowed');
  });
  it('hides it from everyone else, whatever their role, and from the same ids elsewhere', () => {
    for (const who of [admin, analyst, manager, actor('cat'), actor('ana', ['worker'], 'org-elsewhere')]) expect(pairingPolicy(who, 'see', pairing).kind).toBe('hidden');
  });
});

describe('peer directory policy', () => {
  it('lets the organisation read it and each person change only their own entry', () => {
    expect(peerDirectoryPolicy(actor('w'), 'list', { orgId: ORG }).kind).toBe('allowed');
    expect(peerDirectoryPolicy(actor('w'), 'change', { orgId: ORG, personId: 'w' }).kind).toBe('allowed');
    expect(peerDirectoryPolicy(admin, 'change', { orgId: ORG, personId: 'w' }).kind).toBe('denied');
    expect(peerDirectoryPolicy(foreign, 'list', { orgId: ORG }).kind).toBe('hidden');
  });
});

describe('self-rating policy', () => {
  it('lets a supervisor, or anyone who manages someone, keep their own', () => {
    expect(selfRatingPolicy(manager, 'create', ownSelfRatings(manager, false)).kind).toBe('allowed');
    const lead = actor('lead');
    expect(selfRatingPolicy(lead, 'list', ownSelfRatings(lead, true)).kind).toBe('allowed');
  });
  it('hides it from someone who supervises nobody', () => {
    const w = actor('w');
    expect(selfRatingPolicy(w, 'list', ownSelfRatings(w, false)).kind).toBe('hidden');
  });
  it('hides one person’s self-rating from everyone else: their manager, an admin, an analyst, another organisation', () => {
    const owned = ownSelfRatings(manager, true);
    for (const who of [actor('boss', ['supervisor']), admin, analyst, actor('manager', ['supervisor'], 'org-elsewhere')]) {
      for (const ability of ['see', 'list', 'remove'] as const) expect(selfRatingPolicy(who, ability, owned).kind).toBe('hidden');
    }
  });
});

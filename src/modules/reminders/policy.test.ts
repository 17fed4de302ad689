import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/policy.js';
import { own, ownPolicy } from './policy.js';

const actor = (over: Partial<Actor> = {}): Actor => ({
  accountId: 'a1',
  personId: 'p1',
  orgId: 'o1',
  roles: ['worker'],
  email: 'p1@example.org',
  name: 'P',
  locale: 'en',
  timeZone: 'UTC',
  tenantKind: 'organisation',
  ...over,
});

describe('reminders policy', () => {
  it('lets the owner see and change their own', () => {
    expect(ownPolicy(actor(), 'see', own(actor()))).toEqual({ kind: 'allowed' });
    expect(ownPolicy(actor(), 'change', { orgId: 'o1', personId: 'p1' })).toEqual({ kind: 'allowed' });
  });

  it.each([
    ['an org admin of the same organisation', actor({ personId: 'p2', roles: ['org_admin'] })],
    ['a line manager', actor({ personId: 'p3', roles: ['supervisor'] })],
    ['a hub analyst', actor({ personId: 'p4', roles: ['hub_analyst'] })],
    ['the same person id in another organisation', actor({ orgId: 'o2' })],
  ])('hides (404) a person’s notifications from %s', (_who, other) => {
    expect(ownPolicy(other, 'see', { orgId: 'o1', personId: 'p1' })).toEqual({ kind: 'hidden' });
  });
});

import { describe, expect, it } from 'vitest';
import { type MembershipStep, nextStatus, releasesToHub } from './membership-rules.js';
import { MEMBERSHIP_STATUSES, type MembershipStatus } from './model.js';

const to = (current: MembershipStatus | null, step: MembershipStep) => {
  const outcome = nextStatus(current, step);
  return outcome.ok ? outcome.status : 'refused';
};

describe('the consent state machine', () => {
  it('walks invited → consented → revoked → invited again', () => {
    expect(to(null, 'invite')).toBe('invited');
    expect(to('invited', 'consent')).toBe('consented');
    expect(to('consented', 'revoke')).toBe('revoked');
    expect(to('revoked', 'invite')).toBe('invited');
  });

  it('an invitation is answered once: consent or decline, and a declined one can be invited again', () => {
    expect(to('invited', 'decline')).toBe('declined');
    expect(to('declined', 'consent')).toBe('refused');
    expect(to('declined', 'decline')).toBe('refused');
    expect(to('declined', 'invite')).toBe('invited');
  });

  it('a revoked consent cannot be given again without a new invitation, and says so', () => {
    const outcome = nextStatus('revoked', 'consent');
    expect(outcome).toEqual({ ok: false, reason: expect.stringContaining('invite it again') });
  });

  it('the hub cannot invite an organisation that is invited or a member already', () => {
    expect(to('invited', 'invite')).toBe('refused');
    expect(to('consented', 'invite')).toBe('refused');
  });

  it('only a consent can be revoked, and nothing is answered without an invitation', () => {
    for (const current of [null, 'invited', 'declined', 'revoked'] as const) expect(to(current, 'revoke')).toBe('refused');
    for (const step of ['consent', 'decline', 'revoke'] as const) expect(to(null, step)).toBe('refused');
  });

  it('figures go to the hub only while consent stands', () => {
    expect(MEMBERSHIP_STATUSES.filter((s) => releasesToHub(s))).toEqual(['consented']);
    expect(releasesToHub(null)).toBe(false);
  });

  it('the hub withdraws only an unanswered invitation, and a withdrawn one can be invited again but not answered', () => {
    expect(to('invited', 'withdraw')).toBe('withdrawn');
    for (const current of [null, 'consented', 'declined', 'revoked', 'withdrawn'] as const) expect(to(current, 'withdraw')).toBe('refused');
    expect(to('withdrawn', 'invite')).toBe('invited');
    for (const step of ['consent', 'decline', 'revoke'] as const) expect(to('withdrawn', step)).toBe('refused');
    expect(releasesToHub('withdrawn')).toBe(false);
  });
});

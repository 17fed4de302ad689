import { describe, expect, it } from 'vitest';
import { buddyRequestProblem, isListedSupporter, nextPairingStatus, suggestBuddy, ZCommunityInput } from './model.js';

describe('pairing moves', () => {
  const asked = { requesterId: 'ana', partnerId: 'ben', status: 'asked' as const };
  it.each([
    ['ben agrees', 'ben', 'agree', { status: 'active' }],
    ['ben declines', 'ben', 'decline', { status: 'declined' }],
    ['ana withdraws (ends)', 'ana', 'end', { status: 'ended' }],
    ['ana cannot answer her own request', 'ana', 'agree', { problem: 'only the person who was asked can answer' }],
  ] as const)('%s', (_case, who, move, expected) => {
    expect(nextPairingStatus(asked, who, move)).toEqual(expected);
  });
  it('lets either end an active pairing, with no reason, and nothing moves a finished one', () => {
    const active = { ...asked, status: 'active' as const };
    expect(nextPairingStatus(active, 'ana', 'end')).toEqual({ status: 'ended' });
    expect(nextPairingStatus(active, 'ben', 'end')).toEqual({ status: 'ended' });
    expect(nextPairingStatus(active, 'ben', 'agree')).toEqual({ problem: 'this request has already been answered' });
    expect(nextPairingStatus({ ...asked, status: 'ended' }, 'ben', 'end')).toEqual({ problem: 'this pairing has already finished' });
  });
});

describe('asking for a buddy', () => {
  it('needs someone else, who is open, not already paired with me', () => {
    expect(buddyRequestProblem({ me: 'a', partnerId: 'a', partnerIsOpen: true, alreadyPaired: false })).toBe('choose someone other than yourself');
    expect(buddyRequestProblem({ me: 'a', partnerId: 'b', partnerIsOpen: false, alreadyPaired: false })).toBe('this person is not open to a buddy right now');
    expect(buddyRequestProblem({ me: 'a', partnerId: 'b', partnerIsOpen: true, alreadyPaired: true })).toBe('you already have a request or a pairing with this person');
    expect(buddyRequestProblem({ me: 'a', partnerId: 'b', partnerIsOpen: true, alreadyPaired: false })).toBeNull();
  });
  it('suggests the longest-waiting open person from another team, never myself or someone already paired', () => {
    const open = [
      { personId: 'same-team', unitId: 'u1', since: new Date('2026-01-01') },
      { personId: 'newer', unitId: 'u2', since: new Date('2026-03-01') },
      { personId: 'older', unitId: 'u3', since: new Date('2026-02-01') },
      { personId: 'me', unitId: 'u9', since: new Date('2025-01-01') },
    ];
    expect(suggestBuddy(open, { personId: 'me', unitId: 'u1' }, new Set())?.personId).toBe('older');
    expect(suggestBuddy(open, { personId: 'me', unitId: 'u1' }, new Set(['older']))?.personId).toBe('newer');
    expect(suggestBuddy(open, { personId: 'me', unitId: 'u1' }, new Set(['older', 'newer']))).toBeNull();
  });
});

describe('the list of peer supporters', () => {
  const today = '2026-06-01';
  it('lists a peer worker unless they opted out, anyone else only when they opted in', () => {
    expect(isListedSupporter({ kind: 'peer_worker', endDate: null }, undefined, today)).toBe(true);
    expect(isListedSupporter({ kind: 'peer_worker', endDate: null }, { listed: false }, today)).toBe(false);
    expect(isListedSupporter({ kind: 'employee', endDate: null }, undefined, today)).toBe(false);
    expect(isListedSupporter({ kind: 'volunteer', endDate: null }, { listed: true }, today)).toBe(true);
  });
  it('never lists someone who has left', () => {
    expect(isListedSupporter({ kind: 'peer_worker', endDate: '2026-05-31' }, { listed: true }, today)).toBe(false);
    expect(isListedSupporter({ kind: 'peer_worker', endDate: today }, undefined, today)).toBe(true);
  });
});

describe('community input', () => {
  it('names the field that is missing', () => {
    const result = ZCommunityInput.safeParse({ name: '  ', purpose: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['name', 'give the community a name']]);
  });
});

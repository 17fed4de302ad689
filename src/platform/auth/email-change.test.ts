import { describe, expect, it } from 'vitest';
import { emailChangeKind } from './email-change.js';

const active = { email: 'ana@example.org', pendingEmail: null, hasPassword: true };

describe('what a new email set by someone else means for sign-in', () => {
  it('waits for confirmation when the person signs in with a password', () => {
    expect(emailChangeKind(active, 'attacker@example.net')).toBe('pend');
  });
  it('the same address (any case, spaces) changes nothing, or withdraws a pending change', () => {
    expect(emailChangeKind(active, ' ANA@example.org ')).toBe('none');
    expect(emailChangeKind({ ...active, pendingEmail: 'new@example.org' }, 'ana@example.org')).toBe('withdraw');
  });
  it('asking again for the address already waiting sends nothing new; another address replaces it', () => {
    expect(emailChangeKind({ ...active, pendingEmail: 'new@example.org' }, 'NEW@example.org')).toBe('none');
    expect(emailChangeKind({ ...active, pendingEmail: 'new@example.org' }, 'other@example.org')).toBe('pend');
  });
  it('an invitation not accepted yet (no password) follows the new address at once', () => {
    expect(emailChangeKind({ ...active, hasPassword: false }, 'typo-fixed@example.org')).toBe('replace');
  });
});

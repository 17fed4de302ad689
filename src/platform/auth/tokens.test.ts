import { describe, expect, it } from 'vitest';
import { hashToken, newToken, splitTenantToken } from './tokens.js';

const ORG = '0190f3a2-7c4e-7d1a-9b2c-3d4e5f607182';

describe('newToken', () => {
  it('is 16 random bytes in base64url', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(16);
    expect(Buffer.from(token, 'base64url').toString('base64url')).toBe(token);
  });

  it('is different every time', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newToken));
    expect(tokens.size).toBe(1000);
  });
});

describe('hashToken', () => {
  it('is deterministic, differs from the token, and differs between tokens', () => {
    const token = newToken();
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toBe(token);
    expect(hashToken(token)).not.toContain(token);
    expect(hashToken(token)).not.toBe(hashToken(newToken()));
  });

  it('is a SHA-256 digest in base64url', () => {
    expect(Buffer.from(hashToken(newToken()), 'base64url')).toHaveLength(32);
    expect(hashToken('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
  });
});

describe('splitTenantToken', () => {
  it('splits `<orgId>.<token>`', () => {
    const token = newToken();
    expect(splitTenantToken(`${ORG}.${token}`)).toEqual({ orgId: ORG, token });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['a token alone', newToken()],
    ['an org id alone', ORG],
    ['an org id and a dot', `${ORG}.`],
    ['a token that is too short', `${ORG}.abc`],
    ['a token that is too long', `${ORG}.${'a'.repeat(65)}`],
    ['a token with characters outside base64url', `${ORG}.${'a'.repeat(21)}=`],
    ['a second dot', `${ORG}.${newToken()}.${newToken()}`],
    ['an org id that is not a uuid', `not-a-uuid.${newToken()}`],
    ['36 hyphens for an org id', `${'-'.repeat(36)}.${newToken()}`],
    ['36 hex digits without hyphens', `${'a'.repeat(36)}.${newToken()}`],
    ['hyphens in the wrong places', `${'0'.repeat(32)}----.${newToken()}`],
    ['leading spaces', ` ${ORG}.${newToken()}`],
    ['a trailing line break', `${ORG}.${newToken()}\n`],
  ])('refuses %s', (_what, value) => {
    expect(splitTenantToken(value)).toBeNull();
  });
});

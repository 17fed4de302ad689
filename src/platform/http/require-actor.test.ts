import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/policy.js';
import { AppError } from './errors.js';
import { requireActor } from './route.js';

const actor: Actor = { accountId: 'a', personId: 'p', orgId: 'o', roles: ['worker'], email: 'w@example.org', name: 'W', locale: 'en', timeZone: 'UTC', tenantKind: 'organisation' };

describe('requireActor', () => {
  it('returns the signed-in actor', () => {
    expect(requireActor({ get: () => actor })).toBe(actor);
  });
  it('answers 401 when a route was wired without a sign-in rule and nobody is signed in', () => {
    expect(() => requireActor({ get: () => undefined })).toThrow(AppError);
    try {
      requireActor({ get: () => undefined });
    } catch (error) {
      expect((error as AppError).status).toBe(401);
    }
  });
});

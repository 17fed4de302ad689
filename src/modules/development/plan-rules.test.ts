import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/policy.js';
import { confirmSide, editTarget, planStatus, type VersionFacts } from './plan-rules.js';

const at = new Date('2026-11-02T10:00:00Z');
const version = (over: Partial<VersionFacts> = {}): VersionFacts => ({
  version: 3,
  submittedAt: null,
  workerConfirmedAt: null,
  managerConfirmedAt: null,
  ...over,
});

describe('where an edit goes', () => {
  it('starts version 1 when there is none yet', () => {
    expect(editTarget(undefined)).toEqual({ kind: 'first', version: 1 });
  });

  it.each([
    ['a draft', version()],
    ['a submitted version nobody has confirmed', version({ submittedAt: at })],
  ])('changes %s in place', (_name, current) => {
    expect(editTarget(current)).toEqual({ kind: 'current', version: 3 });
  });

  it.each([
    ['the worker confirmed', version({ submittedAt: at, workerConfirmedAt: at })],
    ['the manager confirmed', version({ submittedAt: at, managerConfirmedAt: at })],
    ['both confirmed (agreed)', version({ submittedAt: at, workerConfirmedAt: at, managerConfirmedAt: at })],
  ])('starts the next version once %s, so the confirmed one stays as it was', (_name, current) => {
    expect(editTarget(current)).toEqual({ kind: 'next', version: 4 });
  });
});

describe('plan status', () => {
  it.each([
    ['none', undefined],
    ['draft', version()],
    ['submitted', version({ submittedAt: at })],
    ['submitted', version({ submittedAt: at, workerConfirmedAt: at })],
    ['agreed', version({ submittedAt: at, workerConfirmedAt: at, managerConfirmedAt: at })],
  ] as const)('is %s', (status, latest) => {
    expect(planStatus(latest)).toBe(status);
  });
});

describe('who confirms on which side', () => {
  const actor = (personId: string, roles: Actor['roles'], orgId = 'org'): Actor => ({ accountId: 'a', personId, orgId, roles, email: '', name: '', locale: 'en', timeZone: 'UTC', tenantKind: 'organisation' });
  const person = { orgId: 'org', id: 'worker', managerId: 'manager' };

  it.each([
    ['the person themself', actor('worker', ['worker']), 'worker'],
    ['their line manager', actor('manager', ['supervisor']), 'manager'],
    ['an org admin', actor('admin', ['org_admin']), 'manager'],
    ['another supervisor', actor('someone', ['supervisor']), null],
    ['another worker', actor('someone', ['worker']), null],
    ["the line manager's id without the supervisor role", actor('manager', ['worker']), null],
    ["another organisation's admin", actor('admin', ['org_admin'], 'elsewhere'), null],
  ] as const)('%s', (_name, who, side) => {
    expect(confirmSide(who, person)).toBe(side);
  });
});

import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/policy.js';
import { canReadProfessionalRecord, listScope, ownPeople, peoplePolicy, personPolicy } from './policy.js';

const actor = (personId: string, roles: Actor['roles'], orgId = 'org-a'): Actor => ({
  accountId: `acc-${personId}`,
  personId,
  orgId,
  roles,
  email: `${personId}@example.org`,
  name: personId,
  locale: 'en',
  timeZone: 'UTC',
  tenantKind: 'organisation',
});

// Worker `w` is line-managed by supervisor `s`; supervisor `t` manages another team.
const worker = { orgId: 'org-a', id: 'w', managerId: 's' };
const self = actor('w', ['worker']);
const lineManager = actor('s', ['supervisor', 'worker']);
const otherTeamManager = actor('t', ['supervisor', 'worker']);
const colleague = actor('c', ['worker']);
const admin = actor('a', ['org_admin']);
const otherOrgAdmin = actor('a', ['org_admin'], 'org-b');
const otherOrgSelf = actor('w', ['worker'], 'org-b');
const analyst = actor('h', ['hub_analyst']);

describe('canReadProfessionalRecord', () => {
  it.each([
    ['the person', self, true],
    ['their line manager', lineManager, true],
    ['an org admin', admin, true],
    ['a manager of another team', otherTeamManager, false],
    ['a colleague', colleague, false],
    ['a hub analyst', analyst, false],
    ["another organisation's admin", otherOrgAdmin, false],
    ["another organisation's user with the same person id", otherOrgSelf, false],
  ] as const)('%s: %s', (_who, who, expected) => {
    expect(canReadProfessionalRecord(who, worker)).toBe(expected);
  });

  it('a worker’s own manager id does not make a non-supervisor their manager', () => {
    expect(canReadProfessionalRecord(actor('s', ['worker']), worker)).toBe(false);
  });
});

describe('personPolicy', () => {
  it('lets the person, their line manager and an org admin see the record', () => {
    for (const who of [self, lineManager, admin]) expect(personPolicy(who, 'see', worker).kind).toBe('allowed');
  });

  it('hides the record from everyone else, another organisation’s admin included (404, not 403)', () => {
    for (const who of [otherTeamManager, colleague, analyst, otherOrgAdmin, otherOrgSelf]) {
      for (const ability of ['see', 'change', 'remove', 'share'] as const) expect(personPolicy(who, ability, worker).kind).toBe('hidden');
    }
  });

  it('lets only an org admin change or remove it; the person and their manager are refused (403)', () => {
    for (const ability of ['change', 'remove'] as const) {
      expect(personPolicy(admin, ability, worker).kind).toBe('allowed');
      expect(personPolicy(self, ability, worker).kind).toBe('denied');
      expect(personPolicy(lineManager, ability, worker).kind).toBe('denied');
    }
  });
});

describe('peoplePolicy', () => {
  it('lets org admins list, export and add people', () => {
    for (const ability of ['list', 'share', 'create'] as const) expect(peoplePolicy(admin, ability, ownPeople(admin)).kind).toBe('allowed');
  });

  it('lets a supervisor list (their direct reports) but not export or add', () => {
    expect(peoplePolicy(lineManager, 'list', ownPeople(lineManager)).kind).toBe('allowed');
    expect(peoplePolicy(lineManager, 'share', ownPeople(lineManager)).kind).toBe('denied');
    expect(peoplePolicy(lineManager, 'create', ownPeople(lineManager)).kind).toBe('denied');
  });

  it('refuses a worker and a hub analyst any of it', () => {
    for (const who of [colleague, analyst]) {
      for (const ability of ['list', 'share', 'create'] as const) expect(peoplePolicy(who, ability, ownPeople(who)).kind).toBe('denied');
    }
  });

  it('hides another organisation’s people from everyone, its admin included', () => {
    for (const ability of ['list', 'share', 'create'] as const) expect(peoplePolicy(otherOrgAdmin, ability, { orgId: 'org-a' }).kind).toBe('hidden');
  });
});

describe('listScope', () => {
  it('shows an org admin everyone and a supervisor only the people they line-manage', () => {
    expect(listScope(admin)).toEqual({ managerId: undefined });
    expect(listScope(actor('sa', ['supervisor', 'org_admin']))).toEqual({ managerId: undefined });
    expect(listScope(lineManager)).toEqual({ managerId: 's' });
  });
});

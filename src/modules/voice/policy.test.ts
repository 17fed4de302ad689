import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/policy.js';
import type { AppRole } from '../../platform/auth/schema.js';
import { answerProblem, isPublished, periodOf } from './model.js';
import { announcementPolicy, type ConcernRef, concernPolicy, handlingPolicy, mayKnowAuthor } from './policy.js';

const ORG = 'org-willow';
const actor = (personId: string, roles: AppRole[] = ['worker'], orgId = ORG): Actor => ({ accountId: `a-${personId}`, personId, orgId, roles, email: `${personId}@x`, name: personId, locale: 'en', timeZone: 'UTC', tenantKind: 'organisation' });

const author = actor('author');
const colleague = actor('colleague');
const manager = actor('manager', ['supervisor', 'org_admin']);
const handler = actor('handler', ['org_admin']);
const otherAdmin = actor('other-admin', ['org_admin']);
const analyst = actor('analyst', ['hub_analyst']);
const foreignAdmin = actor('handler', ['org_admin'], 'org-elsewhere');

const listed = { voiceHandlerIds: ['handler', 'manager'] };
const everyAdmin = { voiceHandlerIds: [] };
const named = (over: Partial<ConcernRef> = {}): ConcernRef => ({ orgId: ORG, published: false, authorPersonId: 'author', authorManagerId: 'manager', ...over });
const anonymous = (over: Partial<ConcernRef> = {}): ConcernRef => named({ authorPersonId: null, authorManagerId: null, ...over });

describe('concern policy', () => {
  const policy = concernPolicy(listed);
  it('lets every member raise one, and hides raising from a hub analyst and another organisation', () => {
    for (const who of [author, colleague, manager, handler, otherAdmin]) expect(policy(who, 'create', anonymous()).kind).toBe('allowed');
    expect(policy(analyst, 'create', anonymous()).kind).toBe('hidden');
    expect(policy(foreignAdmin, 'create', anonymous()).kind).toBe('hidden');
  });
  it('shows an unanswered concern to its handlers and its named author only', () => {
    expect(policy(handler, 'see', named()).kind).toBe('allowed');
    expect(policy(author, 'see', named()).kind).toBe('allowed');
    expect(policy(colleague, 'see', named()).kind).toBe('hidden');
    expect(policy(otherAdmin, 'see', named()).kind).toBe('hidden');
    expect(policy(author, 'see', anonymous()).kind).toBe('hidden');
  });
  it('shows a published concern to every member, never to an analyst or another organisation', () => {
    expect(policy(colleague, 'see', anonymous({ published: true })).kind).toBe('allowed');
    expect(policy(otherAdmin, 'see', named({ published: true })).kind).toBe('allowed');
    expect(policy(analyst, 'see', anonymous({ published: true })).kind).toBe('hidden');
    expect(policy(foreignAdmin, 'see', anonymous({ published: true })).kind).toBe('hidden');
  });
  it('lets only handlers answer; an admin who does not handle concerns is hidden from it', () => {
    expect(policy(handler, 'manage', anonymous()).kind).toBe('allowed');
    expect(policy(otherAdmin, 'manage', anonymous()).kind).toBe('hidden');
    expect(policy(author, 'manage', named()).kind).toBe('hidden');
    expect(concernPolicy(everyAdmin)(otherAdmin, 'manage', anonymous()).kind).toBe('allowed');
    expect(concernPolicy(everyAdmin)(colleague, 'manage', anonymous()).kind).toBe('hidden');
  });
  it('the handling list is the handlers’ alone', () => {
    expect(handlingPolicy(listed)(handler, 'list', { orgId: ORG }).kind).toBe('allowed');
    for (const who of [otherAdmin, colleague, analyst, foreignAdmin]) expect(handlingPolicy(listed)(who, 'list', { orgId: ORG }).kind).toBe('hidden');
  });
});

describe('who may know the author of a named concern', () => {
  it('the author and a handler who is not their manager', () => {
    expect(mayKnowAuthor(author, named(), listed)).toBe(true);
    expect(mayKnowAuthor(handler, named(), listed)).toBe(true);
  });
  it('never the author’s own manager, even one who handles concerns', () => {
    expect(mayKnowAuthor(manager, named(), listed)).toBe(false);
  });
  it('never an admin who does not handle them, a colleague, an analyst or another organisation', () => {
    for (const who of [otherAdmin, colleague, analyst, foreignAdmin]) expect(mayKnowAuthor(who, named({ published: true }), listed)).toBe(false);
  });
  it('nobody, for an anonymous concern', () => {
    for (const who of [author, handler, manager]) expect(mayKnowAuthor(who, anonymous(), listed)).toBe(false);
  });
});

describe('announcement policy', () => {
  it('every member reads and marks read; only org admins publish and see counts (403 with a reason)', () => {
    for (const who of [author, manager, handler]) for (const a of ['list', 'see', 'change'] as const) expect(announcementPolicy(who, a, { orgId: ORG }).kind).toBe('allowed');
    expect(announcementPolicy(handler, 'create', { orgId: ORG }).kind).toBe('allowed');
    expect(announcementPolicy(otherAdmin, 'share', { orgId: ORG }).kind).toBe('allowed');
    expect(announcementPolicy(colleague, 'create', { orgId: ORG }).kind).toBe('denied');
    expect(announcementPolicy(colleague, 'share', { orgId: ORG }).kind).toBe('denied');
  });
  it('hides everything from a hub analyst and another organisation', () => {
    for (const a of ['list', 'see', 'change', 'create', 'share'] as const) {
      expect(announcementPolicy(analyst, a, { orgId: ORG }).kind).toBe('hidden');
      expect(announcementPolicy(foreignAdmin, a, { orgId: ORG }).kind).toBe('hidden');
    }
  });
});

describe('answer rules', () => {
  it.each([
    ['received', null, null],
    ['considering', null, 'write the public answer everyone will read'],
    ['done', 'We added a quiet room.', null],
    ['not-doing', '  ', 'say why it will not be done'],
    ['not-doing', 'The budget is spent this year; we will look again in April.', null],
  ] as const)('%s with %j → %j', (status, answer, problem) => {
    expect(answerProblem(status, answer)).toBe(problem);
  });
  it('publishes only answered concerns', () => {
    expect(isPublished({ status: 'received', publicAnswer: null })).toBe(false);
    expect(isPublished({ status: 'acting', publicAnswer: 'On it.' })).toBe(true);
  });
  it('keeps a month, never a day, in the organisation’s zone', () => {
    expect(periodOf('UTC', new Date('2026-03-31T23:30:00Z'))).toBe('2026-03');
    expect(periodOf('Pacific/Auckland', new Date('2026-03-31T23:30:00Z'))).toBe('2026-04');
  });
});

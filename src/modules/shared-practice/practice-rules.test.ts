import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/policy.js';
import { checkDocument, MAX_DOCUMENT_BYTES, safeDocumentName } from './library-file.js';
import { isHttpUrl } from './model.js';
import { type PracticeSeat, practicePolicy } from './policy.js';
import { sourceOf, visibleWords } from './source-rules.js';

const ODT = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text'), Buffer.alloc(4)]);
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('word/document.xml')]);

describe('documents are judged by their bytes', () => {
  it.each([
    ['guide.pdf', Buffer.from('%PDF-1.7\n'), 'application/pdf'],
    ['notes.ODT', ODT, 'application/vnd.oasis.opendocument.text'],
    ['plan.docx', DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['readme.txt', Buffer.from('Calm words, café'), 'text/plain; charset=utf-8'],
  ])('keeps %s', (name, bytes, mediaType) => {
    expect(checkDocument(name, bytes)).toEqual({ ok: true, mediaType, fileName: name });
  });

  it.each([
    ['page.pdf', Buffer.from('<html>'), 'its content is not a pdf file'],
    ['notes.odt', DOCX, 'its content is not a odt file'],
    ['plan.docx', ODT, 'its content is not a docx file'],
    ['binary.txt', Buffer.from([0x41, 0x00, 0x42]), 'its content is not a txt file'],
    ['latin1.txt', Buffer.from([0xe9, 0x41]), 'its content is not a txt file'],
    ['photo.png', Buffer.from('x'), 'must be a pdf, odt, docx, txt file'],
    ['no-extension', Buffer.from('x'), 'must be a pdf, odt, docx, txt file'],
    ['empty.txt', Buffer.alloc(0), 'is empty'],
    ['big.txt', Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 'a'), 'must be at most 5 MB'],
  ])('refuses %s', (name, bytes, problem) => {
    const checked = checkDocument(name, bytes);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problem).toContain(problem);
  });

  it('cleans names of folders, quotes and control characters', () => {
    expect(safeDocumentName('C:\\tmp\\../a"b\u0007.pdf')).toBe('ab.pdf');
    expect(safeDocumentName('///')).toBe('document');
  });
});

describe('links are web addresses only', () => {
  it.each([
    ['https://example.org/a?b=c', true],
    ['http://example.org', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['file:///etc/passwd', false],
    ['ftp://example.org', false],
    ['example.org', false],
  ])('%s → %s', (url, ok) => expect(isHttpUrl(url)).toBe(ok));
});

const HUB = 'hub';
const facts = {
  hubId: HUB,
  hubName: 'Lakeside Hub',
  currentMembers: new Map([['alder', 'Alder House']]),
  personName: (orgId: string, personId: string) => `${personId} of ${orgId}`,
};

describe('who a piece is shown as coming from', () => {
  it.each([
    [{ authorOrgId: HUB, authorPersonId: 'maya' }, { kind: 'hub', organisation: 'Lakeside Hub', person: 'maya of hub' }],
    [{ authorOrgId: 'alder', authorPersonId: 'grace' }, { kind: 'member', organisation: 'Alder House', person: 'grace of alder' }],
    [{ authorOrgId: 'alder', authorPersonId: 'grace', story: { nameOrganisation: true } }, { kind: 'member', organisation: 'Alder House', person: null }],
    [{ authorOrgId: 'alder', authorPersonId: 'grace', story: { nameOrganisation: false } }, { kind: 'unnamed-member' }],
    [{ authorOrgId: 'birch', authorPersonId: 'samir' }, { kind: 'former-member' }],
    [{ authorOrgId: 'birch', authorPersonId: 'samir', story: { nameOrganisation: true } }, { kind: 'former-member' }],
  ])('%o → %o', (authored, source) => expect(sourceOf(facts, authored)).toEqual(source));
});

describe('what a reader sees of a post', () => {
  const post = { title: 'T', body: 'B', deletedAt: null, hiddenAt: null, hiddenReason: null };
  it('shows, hides with the reason (words for moderators only), or says it was deleted', () => {
    expect(visibleWords(post, false)).toEqual({ state: 'shown', title: 'T', body: 'B', hiddenReason: null });
    const hidden = { ...post, hiddenAt: new Date(), hiddenReason: 'Off topic' };
    expect(visibleWords(hidden, false)).toEqual({ state: 'hidden', title: null, body: null, hiddenReason: 'Off topic' });
    expect(visibleWords(hidden, true)).toEqual({ state: 'hidden', title: 'T', body: 'B', hiddenReason: 'Off topic' });
    expect(visibleWords({ ...hidden, deletedAt: new Date() }, true)).toEqual({ state: 'deleted', title: null, body: null, hiddenReason: null });
  });
});

describe('the practice policy', () => {
  const actor = (orgId: string, roles: Actor['roles'], personId = 'p'): Actor => ({
    accountId: 'a', personId, orgId, tenantKind: orgId === HUB ? 'hub' : 'organisation', roles, email: '', name: '', locale: 'en', timeZone: 'UTC',
  });
  const hubSeat: PracticeSeat = { hubId: HUB, collaborativeId: 'c', side: 'hub' };
  const orgSeat: PracticeSeat = { hubId: HUB, collaborativeId: 'c', side: 'organisation' };
  const byAlder = { authorOrgId: 'alder', authorPersonId: 'grace' };
  const kind = (d: { kind: string }) => d.kind;

  it('without a seat, nothing is there', () => {
    expect(kind(practicePolicy(actor(HUB, ['hub_admin']), 'see', { seat: null }))).toBe('hidden');
  });
  it.each([
    ['hub admin', actor(HUB, ['hub_admin']), hubSeat, { list: 'allowed', create: 'allowed', change: 'denied', remove: 'allowed', manage: 'allowed' }],
    ['hub analyst', actor(HUB, ['hub_analyst']), hubSeat, { list: 'allowed', create: 'denied', change: 'denied', remove: 'denied', manage: 'denied' }],
    ['the author', actor('alder', ['org_admin'], 'grace'), orgSeat, { list: 'allowed', create: 'allowed', change: 'allowed', remove: 'allowed', manage: 'denied' }],
    ['another member’s admin', actor('birch', ['org_admin'], 'samir'), orgSeat, { list: 'allowed', create: 'allowed', change: 'denied', remove: 'denied', manage: 'denied' }],
    ['same person id in another tenant', actor('birch', ['org_admin'], 'grace'), orgSeat, { list: 'allowed', create: 'allowed', change: 'denied', remove: 'denied', manage: 'denied' }],
  ] as const)('%s', (_who, who, seat, expected) => {
    for (const [ability, decision] of Object.entries(expected)) expect(kind(practicePolicy(who, ability as 'list', { seat, item: byAlder })), ability).toBe(decision);
  });
});

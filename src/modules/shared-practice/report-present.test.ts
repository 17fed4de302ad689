import { describe, expect, it } from 'vitest';
import { ZReportInput } from './model.js';
import type { PostRow } from './practice-store.js';
import { presentPost } from './present.js';

/** What a reader learns of a post's reports (pure): the hub's admins the count and reasons, the reporter that they reported it, nobody who. */

const post: PostRow = {
  hubId: '00000000-0000-4000-8000-000000000001',
  id: '00000000-0000-4000-8000-000000000002',
  collaborativeId: '00000000-0000-4000-8000-000000000003',
  threadId: null,
  title: 'T',
  body: 'B',
  authorOrgId: '00000000-0000-4000-8000-000000000004',
  authorPersonId: '00000000-0000-4000-8000-000000000005',
  createdAt: new Date('2026-01-05T10:00:00Z'),
  editedAt: null,
  deletedAt: null,
  hiddenAt: null,
  hiddenReason: null,
  hiddenByPersonId: null,
};
const from = { kind: 'hub' as const, organisation: 'Hub', person: 'Hana' };
const open = [
  { kind: 'identifying' as const, reason: 'Names someone', createdAt: new Date('2026-01-06T10:00:00Z') },
  { kind: 'unkind' as const, reason: '', createdAt: new Date('2026-01-07T10:00:00Z') },
];

describe('reports of a post, as each reader sees them', () => {
  it('the hub’s admins: how many and why, never who', () => {
    const shown = presentPost(post, from, false, true, { byMe: false, open });
    expect(shown.reports).toEqual({
      count: 2,
      reasons: [
        { kind: 'identifying', reason: 'Names someone', reportedAt: '2026-01-06T10:00:00.000Z' },
        { kind: 'unkind', reason: null, reportedAt: '2026-01-07T10:00:00.000Z' },
      ],
    });
  });

  it('anyone else, the author too: nothing of the reports; the reporter only that they reported it', () => {
    expect(presentPost(post, from, true, false, { byMe: false, open })).toMatchObject({ reports: null, reportedByMe: false, mayReport: false });
    expect(presentPost(post, from, false, false, { byMe: true, open })).toMatchObject({ reports: null, reportedByMe: true, mayReport: false });
    expect(presentPost(post, from, false, false, { byMe: false, open: [] })).toMatchObject({ reports: null, mayReport: true });
  });

  it('a hidden or deleted post cannot be reported', () => {
    expect(presentPost({ ...post, hiddenAt: new Date(), hiddenReason: 'Off topic' }, from, false, false, { byMe: false, open: [] }).mayReport).toBe(false);
    expect(presentPost({ ...post, deletedAt: new Date() }, from, false, false, { byMe: false, open: [] }).mayReport).toBe(false);
  });
});

describe('a report’s reason', () => {
  it('is trimmed, at most 500 characters, and needed for "other"', () => {
    expect(ZReportInput.parse({ kind: 'unkind', reason: '  Harsh  ' })).toEqual({ kind: 'unkind', reason: 'Harsh' });
    expect(ZReportInput.parse({ kind: 'identifying' })).toEqual({ kind: 'identifying', reason: '' });
    const paths = (input: unknown) => ZReportInput.safeParse(input).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ kind: 'other', reason: '   ' })).toEqual(['reason']);
    expect(paths({ kind: 'unkind', reason: 'x'.repeat(501) })).toEqual(['reason']);
    expect(paths({ kind: 'rude' })).toEqual(['kind']);
  });
});

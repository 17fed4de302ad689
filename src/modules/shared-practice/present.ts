import type { AccessRule } from '../../platform/access/policy.js';
import type { Place } from './practice-seat.js';
import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import { ITEM_KINDS, REPORT_KINDS } from './model.js';
import type { PostRow, ItemRow } from './practice-store.js';
import type { ReportRow } from './report-store.js';
import { type Source, visibleWords } from './source-rules.js';

/**
 * What leaves the server about shared practice: every field listed. No organisation id and no
 * person id ever leaves (a story kept unnamed must not be traceable by an id), only the names
 * source-rules.ts allows.
 */

export const practiceTags = ['Shared practice'];

export const ZSource = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('hub'), organisation: z.string(), person: orNull(z.string()) }),
    z.object({ kind: z.literal('member'), organisation: z.string(), person: orNull(z.string()) }),
    z.object({ kind: z.literal('unnamed-member') }),
    z.object({ kind: z.literal('former-member') }),
  ])
  .openapi('PracticeSource');

export const ZLibraryItem = z
  .object({
    id: z.uuid(),
    kind: z.enum(ITEM_KINDS),
    title: z.string(),
    url: orNull(z.string()),
    text: orNull(z.string()),
    fileName: orNull(z.string()),
    size: orNull(z.number().int()),
    from: ZSource,
    mine: z.boolean(),
    /** the author's own choice for their story (null for anyone else, and for other kinds) */
    nameOrganisation: orNull(z.boolean()),
    mayRemove: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .openapi('PracticeLibraryItem');

export function presentItem(item: ItemRow, from: Source, mine: boolean, mayRemove: boolean): z.infer<typeof ZLibraryItem> {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    url: item.kind === 'link' ? item.url : null,
    text: item.kind === 'story' ? item.body : null,
    fileName: item.kind === 'document' ? item.fileName : null,
    size: item.kind === 'document' ? item.size : null,
    from,
    mine,
    nameOrganisation: mine && item.kind === 'story' ? item.nameOrganisation : null,
    mayRemove,
    createdAt: item.createdAt.toISOString(),
  };
}

export const ZPostReports = z
  .object({
    count: z.number().int(),
    reasons: z.array(z.object({ kind: z.enum(REPORT_KINDS), reason: orNull(z.string()), reportedAt: z.iso.datetime() })),
  })
  .openapi('PracticePostReports');

/** What presentPost needs to know about a post's open reports for this reader. */
export interface PostReports {
  byMe: boolean;
  open: readonly Pick<ReportRow, 'kind' | 'reason' | 'createdAt'>[];
}

export const ZPracticePost = z
  .object({
    id: z.uuid(),
    /** shown; hidden by a hub admin (the reason in its place); deleted by its author */
    state: z.enum(['shown', 'hidden', 'deleted']),
    title: orNull(z.string()),
    body: orNull(z.string()),
    hiddenReason: orNull(z.string()),
    from: ZSource,
    mine: z.boolean(),
    mayEdit: z.boolean(),
    mayDelete: z.boolean(),
    mayModerate: z.boolean(),
    /** a reader may ask the moderators to look at it: not their own, shown, not already reported by them */
    mayReport: z.boolean(),
    /** this reader has an open report of it (told to the reporter only) */
    reportedByMe: z.boolean(),
    /** open reports, for the hub's admins only (null for everyone else, and when none is open): never who reported */
    reports: orNull(ZPostReports),
    createdAt: z.iso.datetime(),
    editedAt: orNull(z.iso.datetime()),
  })
  .openapi('PracticePost');

export const ZPracticeThread = ZPracticePost.extend({ replies: z.array(ZPracticePost) }).openapi('PracticeThread');

export const ZBoard = z.object({ threads: z.array(ZPracticeThread), mayWrite: z.boolean(), mayModerate: z.boolean() }).openapi('PracticeBoard');

export function presentPost(post: PostRow, from: Source, mine: boolean, moderator: boolean, reports: PostReports): z.infer<typeof ZPracticePost> {
  const words = visibleWords(post, moderator);
  return {
    id: post.id,
    state: words.state,
    title: words.title,
    body: words.body,
    hiddenReason: words.hiddenReason,
    from,
    mine,
    mayEdit: mine && words.state === 'shown',
    mayDelete: mine && words.state !== 'deleted',
    mayModerate: moderator && words.state !== 'deleted',
    mayReport: !mine && words.state === 'shown' && !reports.byMe,
    reportedByMe: reports.byMe,
    reports:
      moderator && reports.open.length > 0
        ? { count: reports.open.length, reasons: reports.open.map((r) => ({ kind: r.kind, reason: r.reason || null, reportedAt: r.createdAt.toISOString() })) }
        : null,
    createdAt: post.createdAt.toISOString(),
    editedAt: post.editedAt?.toISOString() ?? null,
  };
}

/** One side of shared practice: where its addresses start, who reads and writes, and how its path names the collaborative. */
export interface PracticeSide {
  base: string;
  params: z.ZodObject<Record<string, z.ZodType<string>>>;
  readers: AccessRule;
  writers: AccessRule;
  place: (params: Record<string, string>) => Place;
  notFound: string;
}

import { z } from '@hono/zod-openapi';

/**
 * Shared practice of a learning collaborative: what its library holds and what its board takes.
 * Pure: input shapes and their limits only.
 */

export const ITEM_KINDS = ['document', 'link', 'story'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** A story is short on purpose: a practice that worked, told in a few paragraphs. */
export const MAX_STORY_CHARS = 4000;
export const MAX_POST_CHARS = 5000;
export const MAX_TITLE_CHARS = 200;
export const MAX_REASON_CHARS = 300;

const title = z.string().trim().min(1, 'must not be empty').max(MAX_TITLE_CHARS, `must be at most ${MAX_TITLE_CHARS} characters`);

/** Only web addresses: a javascript:, data: or file: link would run or read something in the reader's browser. */
export const ZHttpUrl = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(2000, 'must be at most 2000 characters')
  .refine((value) => isHttpUrl(value), 'must be a web address starting with http:// or https://');

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const ZLinkInput = z.object({ title, url: ZHttpUrl }).openapi('PracticeLinkInput');

export const ZStoryInput = z
  .object({
    title,
    text: z.string().trim().min(1, 'must not be empty').max(MAX_STORY_CHARS, `must be at most ${MAX_STORY_CHARS} characters`),
    /** the author's choice for their organisation: named beside the story, or "a member organisation" */
    nameOrganisation: z.boolean({ error: 'must be true (name my organisation) or false (keep it unnamed)' }),
  })
  .openapi('PracticeStoryInput');

export const ZStoryNaming = z.object({ nameOrganisation: ZStoryInput.shape.nameOrganisation }).openapi('PracticeStoryNaming');

export const ZLibraryQuery = z.object({ kind: z.enum(ITEM_KINDS, 'must be document, link or story').optional() });

const postBody = z.string().trim().min(1, 'must not be empty').max(MAX_POST_CHARS, `must be at most ${MAX_POST_CHARS} characters`);

export const ZThreadInput = z.object({ title, body: postBody }).openapi('PracticeThreadInput');
export const ZReplyInput = z.object({ body: postBody }).openapi('PracticeReplyInput');
/** An edit: the words, and a thread's title (a reply has none). */
export const ZPostEdit = z.object({ body: postBody, title: title.optional() }).openapi('PracticePostEdit');
export const ZHideInput = z
  .object({ reason: z.string().trim().min(1, 'must say why, for the people who read the board').max(MAX_REASON_CHARS, `must be at most ${MAX_REASON_CHARS} characters`) })
  .openapi('PracticeHideInput');

/** Why a reader asks the hub's moderators to look at a post: a kind, and words of their own (needed for "other"). */
export const REPORT_KINDS = ['identifying', 'unkind', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const MAX_REPORT_CHARS = 500;
export const ZReportInput = z
  .object({
    kind: z.enum(REPORT_KINDS, 'must be identifying, unkind or other'),
    reason: z.string().trim().max(MAX_REPORT_CHARS, `must be at most ${MAX_REPORT_CHARS} characters`).default(''),
  })
  .superRefine((input, ctx) => {
    if (input.kind === 'other' && input.reason.length === 0) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'must say what the moderators should look at' });
  })
  .openapi('PracticeReportInput');

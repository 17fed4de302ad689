import { z } from '@hono/zod-openapi';

/**
 * The only kinds of address Tend stores and shows as a link. Why: a stored link is rendered as
 * `href`, and `javascript:` or `data:` there runs in the reader's session (finding 8 of issue 9).
 */
export const LINK_PROTOCOLS = ['https', 'http', 'mailto', 'tel'] as const;
const ALLOWED = new Set<string>(LINK_PROTOCOLS.map((p) => `${p}:`));

/** A stored link: https:, http:, mailto: or tel:, at most `max` characters; anything else is a field problem. */
export const zLink = (max = 500) =>
  z
    .url({ protocol: /^(https?|mailto|tel)$/, error: 'must be an https:, http:, mailto: or tel: address' })
    .max(max, `must be at most ${max} characters`);

/** The link as stored, or null when it is not one Tend shows (kept from before the rule existed). */
export function safeLink(value: string | null): string | null {
  if (value === null) return null;
  try {
    return ALLOWED.has(new URL(value).protocol) ? value : null;
  } catch {
    return null;
  }
}

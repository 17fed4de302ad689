import { z } from '@hono/zod-openapi';
import { invalid } from './errors.js';

/**
 * Keyset ("cursor") pagination for lists that grow with time or people. A page is read with
 * `WHERE (sortKey, id) < (cursor's sortKey, cursor's id) ORDER BY sortKey DESC, id DESC LIMIT n+1`
 * (or `>` for ascending lists), so its cost stays the size of the page however long the list is,
 * and rows added meanwhile never shift a page the way an offset would.
 */

/** The query every paged list accepts. */
export const ZPageQuery = z.object({
  cursor: z.string().max(200).optional().openapi({ description: 'From the previous page\'s nextCursor; leave out for the first page.' }),
  limit: z.coerce.number().int().min(1).max(100).default(50).openapi({ description: 'Rows per page, 1 to 100.' }),
});
export type PageQuery = z.infer<typeof ZPageQuery>;

/** Where the next page starts: the sort key and id of the last row shown. */
export interface Cursor {
  key: string;
  id: string;
}

export const ZNextCursor = z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last page.' });

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id]), 'utf8').toString('base64url');
}

/** Reads a cursor from a request; a cursor that was not made by encodeCursor is a field problem. */
export function decodeCursor(text: string | undefined): Cursor | undefined {
  if (text === undefined || text === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string' && parsed[1].length <= 64) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // falls through to the field problem below
  }
  throw invalid('cursor', 'not a cursor from this list: start again from the first page');
}

/**
 * Cuts the rows read with `limit + 1` to a page and says where the next one starts. `keyOf` gives a
 * row's sort key as text (an ISO time, a name), the same text the store compares against.
 */
export function pageOf<R extends { id: string }>(rows: R[], limit: number, keyOf: (row: R) => string): { items: R[]; nextCursor: string | null } {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  const last = items[items.length - 1]!;
  return { items, nextCursor: encodeCursor({ key: keyOf(last), id: last.id }) };
}

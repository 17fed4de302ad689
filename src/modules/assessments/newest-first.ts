import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Cursor, decodeCursor } from '../../platform/http/page.js';
import { invalid } from '../../platform/http/errors.js';

/**
 * Keyset pages of lists shown newest first (cycles, actions), by (created_at, id).
 *
 * The key is created_at as UTC text to the microsecond, as PostgreSQL keeps it: a JavaScript
 * Date holds only milliseconds, and a cursor rounded to them would skip or repeat rows created
 * in the same millisecond.
 */
export const createdKey = (createdAt: AnyPgColumn) => sql<string>`to_char(${createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

const KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The request's cursor for such a list, or a 422 naming `cursor` (one from another list would otherwise reach SQL as a bad timestamp). */
export function newestFirstCursor(text: string | undefined): Cursor | undefined {
  const cursor = decodeCursor(text);
  if (cursor && !(KEY.test(cursor.key) && UUID.test(cursor.id))) throw invalid('cursor', 'not a cursor from this list: start again from the first page');
  return cursor;
}

/** Rows older than the cursor, in the list's (created_at desc, id desc) order; nothing to add without one. */
export function olderThan(createdAt: AnyPgColumn, id: AnyPgColumn, cursor: Cursor | undefined): SQL | undefined {
  return cursor ? sql`(${createdAt}, ${id}) < ((${cursor.key}::timestamp at time zone 'UTC'), ${cursor.id}::uuid)` : undefined;
}

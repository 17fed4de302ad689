import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { type Cursor, decodeCursor } from '../../platform/http/page.js';
import { invalid } from '../../platform/http/errors.js';

/**
 * Keyset pages over (a timestamptz, a uuid id), newest first. The sort key travels as text with
 * PostgreSQL's microseconds: a JavaScript Date keeps only milliseconds, and two check-ins in the
 * same millisecond would otherwise be skipped or shown twice at a page boundary.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MICRO_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The column as exact UTC text (to the microsecond), for the cursor. */
export const exactTime = (column: PgColumn) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Reads the request's cursor; one that cannot have come from exactTime is a 422 naming `cursor`. */
export function timeCursor(text: string | undefined): Cursor | undefined {
  const cursor = decodeCursor(text);
  // checked here, not left to PostgreSQL's cast: a bad value must be the caller's 422, not our 500
  if (cursor && !(MICRO_ISO.test(cursor.key) && UUID.test(cursor.id))) throw invalid('cursor', 'not a cursor from this list: start again from the first page');
  return cursor;
}

/** Rows after the cursor in newest-first order: (time, id) below the cursor's. */
export const olderThan = (time: PgColumn, id: PgColumn, cursor: Cursor | undefined): SQL | undefined =>
  cursor ? sql`(${time}, ${id}) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)` : undefined;

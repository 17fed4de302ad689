import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { decodeCursor, encodeCursor, pageOf, ZPageQuery } from './page.js';

describe('cursor pagination', () => {
  it('reads back the cursor it wrote', () => {
    const cursor = { key: '2026-12-05T08:00:00.000Z', id: 'b3c0f1de-0000-4000-8000-000000000001' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('treats a missing or empty cursor as the first page', () => {
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor('')).toBeUndefined();
  });

  it('names the cursor field when it was not made here', () => {
    for (const bad of ['not-base64!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url')]) {
      let thrown: unknown;
      try {
        decodeCursor(bad);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect((thrown as AppError).errors[0]?.field).toBe('cursor');
    }
  });

  it('cuts limit + 1 rows to a page and points the next cursor at the last row shown', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `id-${n}`, at: `2026-01-0${n}` }));
    const page = pageOf(rows, 2, (r) => r.at);
    expect(page.items.map((r) => r.id)).toEqual(['id-1', 'id-2']);
    expect(decodeCursor(page.nextCursor!)).toEqual({ key: '2026-01-02', id: 'id-2' });
    expect(pageOf(rows.slice(0, 2), 2, (r) => r.at).nextCursor).toBeNull();
  });

  it('bounds the page size', () => {
    expect(ZPageQuery.parse({}).limit).toBe(50);
    expect(ZPageQuery.safeParse({ limit: '101' }).success).toBe(false);
    expect(ZPageQuery.safeParse({ limit: '0' }).success).toBe(false);
  });
});

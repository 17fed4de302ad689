import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { pruneKnownDevices } from './known-devices.js';
import { counterKey, type Limit, waitFor } from './limits.js';

const digest = (key: string) => createHash('sha256').update(key).digest('base64url');

export interface CounterRef {
  limit: Limit;
  /** What is counted: an email, a client address, an account and device … */
  parts: string[];
}

/**
 * Milliseconds until every one of these counters allows another attempt (0: go ahead). Read
 * from the database, so every Tend process on it sees the same counts.
 */
export async function waitForCounters(q: Queryable, counters: CounterRef[]): Promise<number> {
  if (counters.length === 0) return 0;
  const hashes = counters.map((c) => digest(counterKey(c.limit, ...c.parts)));
  const result = await q.execute(
    sql`SELECT key_hash, count, window_ends_at, now() AS now FROM attempt_counters WHERE key_hash IN (${sql.join(
      hashes.map((h) => sql`${h}`),
      sql`, `,
    )})`,
  );
  const rows = result.rows as Array<{ key_hash: string; count: number; window_ends_at: string | Date; now: string | Date }>;
  let wait = 0;
  for (const [i, counter] of counters.entries()) {
    const row = rows.find((r) => r.key_hash === hashes[i]);
    if (!row) continue;
    wait = Math.max(wait, waitFor(counter.limit, { count: row.count, windowEndsAt: new Date(row.window_ends_at) }, new Date(row.now)));
  }
  return wait;
}

/**
 * Counts one attempt against each counter in a single statement per counter: the upsert is
 * atomic, so two processes counting at once both count (a read-then-write would lose one).
 * A counter whose window ended starts again at 1.
 */
export async function countAttempt(q: Queryable, counters: CounterRef[]): Promise<void> {
  for (const { limit, parts } of counters) {
    const hash = digest(counterKey(limit, ...parts));
    const window = `${limit.windowMs} milliseconds`;
    await q.execute(sql`
      INSERT INTO attempt_counters (key_hash, count, window_ends_at) VALUES (${hash}, 1, now() + ${window}::interval)
      ON CONFLICT (key_hash) DO UPDATE SET
        count = CASE WHEN attempt_counters.window_ends_at <= now() THEN 1 ELSE attempt_counters.count + 1 END,
        window_ends_at = CASE WHEN attempt_counters.window_ends_at <= now() THEN now() + ${window}::interval
                              ELSE attempt_counters.window_ends_at END`);
  }
  await pruneNow(q);
}

/** Forgets these counters (a successful sign-in clears its own). */
export async function clearCounters(q: Queryable, counters: CounterRef[]): Promise<void> {
  for (const { limit, parts } of counters) {
    await q.execute(sql`DELETE FROM attempt_counters WHERE key_hash = ${digest(counterKey(limit, ...parts))}`);
  }
}

/** Deletes counters whose window has ended: they limit nothing any more. Returns how many. */
export async function pruneAttempts(q: Queryable): Promise<number> {
  const result = await q.execute(sql`DELETE FROM attempt_counters WHERE window_ends_at <= now()`);
  return result.rowCount ?? 0;
}

// Clean up as attempts are counted, at most once a minute per process: no timer to manage
// (browsers not used to sign in for DEVICE_TTL_MS are forgotten at the same time).
let lastPrune = 0;
async function pruneNow(q: Queryable) {
  if (Date.now() - lastPrune < 60_000) return;
  lastPrune = Date.now();
  await pruneAttempts(q);
  await pruneKnownDevices(q);
}

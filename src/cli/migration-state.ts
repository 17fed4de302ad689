import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { MIGRATIONS_FOLDER } from '../platform/db/client.js';

/** A migration this version of Tend ships: its journal tag and the hash drizzle records for it. */
export interface KnownMigration {
  tag: string;
  hash: string;
}

/**
 * The migrations in the journal, in order. The hash is computed exactly as drizzle's migrator
 * does (SHA-256 of the whole .sql file), so it matches what drizzle.__drizzle_migrations holds.
 */
export function knownMigrations(folder = MIGRATIONS_FOLDER): KnownMigration[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  return journal.entries.map(({ tag }) => ({
    tag,
    hash: createHash('sha256').update(readFileSync(join(folder, `${tag}.sql`)).toString()).digest('hex'),
  }));
}

type Queryer = Pick<pg.PoolClient, 'query'> | Pick<pg.Pool, 'query'>;

/** How many migrations the database has applied, and the hash of the latest; none on a new database. */
export async function appliedMigrations(q: Queryer): Promise<{ count: number; latestHash: string | null }> {
  const exists = await q.query(`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`);
  if (!exists.rows[0]?.present) return { count: 0, latestHash: null };
  // drizzle orders by created_at (the journal's timestamp) to find the latest; so do we
  const result = await q.query(
    `SELECT (SELECT count(*)::int FROM drizzle.__drizzle_migrations) AS count,
            (SELECT hash FROM drizzle.__drizzle_migrations ORDER BY created_at DESC, id DESC LIMIT 1) AS latest`,
  );
  return { count: result.rows[0].count as number, latestHash: (result.rows[0].latest as string | null) ?? null };
}

/** A migration hash as a person can place it: its tag when this Tend knows it (`0003_wellbeing`). */
export function describeMigration(hash: string | null, known = knownMigrations()): string {
  if (hash === null) return 'no migrations';
  const found = known.find((m) => m.hash === hash);
  return found ? `migration ${found.tag}` : `a migration this version of Tend does not know (hash ${hash.slice(0, 12)}…)`;
}

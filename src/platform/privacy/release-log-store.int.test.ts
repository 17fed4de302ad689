import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg } from '../../test-support/factories.js';
import type { Observation } from './cell-tree.js';
import { releaseThroughGate } from './release-log-store.js';

let database: Database;
let orgA: string;
let orgB: string;
beforeAll(async () => {
  database = await createTestDatabase();
  orgA = await buildOrg(database);
  orgB = await buildOrg(database);
});
afterAll(() => database.close());

const team = (count: number, from = 0): Observation[] =>
  Array.from({ length: count }, (_, i) => ({ personId: `person-${from + i}`, groupPath: ['svc', i % 2 === 0 ? 'a' : 'b'], value: 40 + i }));

describe('releasing through the gate with the differencing log', () => {
  it('releases, then refuses the same data less one person, and allows the same query again', async () => {
    const first = await releaseThroughGate(database.db, { orgId: orgA, dataset: 'scores:2026-11', observations: team(20), statistic: 'mean', minGroupSize: 5 });
    expect(first.status).toBe('released');

    const lessOne = releaseThroughGate(database.db, { orgId: orgA, dataset: 'scores:2026-11', observations: team(20).slice(1), statistic: 'mean', minGroupSize: 5 });
    await expect(lessOne).rejects.toBeInstanceOf(AppError);
    await expect(lessOne).rejects.toMatchObject({ status: 422, code: 'privacy-refused' });

    const again = await releaseThroughGate(database.db, { orgId: orgA, dataset: 'scores:2026-11', observations: team(20), statistic: 'mean', minGroupSize: 5 });
    expect(again.status).toBe('released');
  });

  it('keeps data sets and organisations apart', async () => {
    const otherPeriod = await releaseThroughGate(database.db, { orgId: orgA, dataset: 'scores:2026-12', observations: team(19), statistic: 'mean', minGroupSize: 5 });
    expect(otherPeriod.status).toBe('released');
    const otherOrg = await releaseThroughGate(database.db, { orgId: orgB, dataset: 'scores:2026-11', observations: team(19), statistic: 'mean', minGroupSize: 5 });
    expect(otherOrg.status).toBe('released');
  });

  it('stores who was in each released group, never a value', async () => {
    const rows = await database.db.execute(sql`SELECT members, dataset, cell_key FROM privacy_releases WHERE org_id = ${orgA}`);
    const text = JSON.stringify(rows.rows);
    expect(text).toContain('person-0');
    expect(text).not.toMatch(/\b4\d\b/); // the values were 40–59
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg } from '../../test-support/factories.js';
import type { Observation } from './cell-tree.js';
import { earlierFigures, lockReleaseLog, recordFigures, releaseThroughGate } from './release-log-store.js';

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

describe('the release log is read and written under a lock per organisation and data family', () => {
  it('serialises two concurrent releases of one family: the second reads the log only after the first has written', async () => {
    const family = `assessment-survey:${orgA}`;
    const order: string[] = [];
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let firstHasLock!: () => void;
    const firstLocked = new Promise<void>((resolve) => {
      firstHasLock = resolve;
    });
    const first = database.db.transaction(async (tx) => {
      await lockReleaseLog(tx, orgA, family);
      firstHasLock();
      order.push('first: locked');
      await firstMayCommit;
      await recordFigures(tx, orgA, family, [{ item: 'criterion:c1', group: 'svc', members: ['r1', 'r2', 'r3', 'r4', 'r5'] }]);
      order.push('first: wrote');
    });
    await firstLocked;
    const second = database.db.transaction(async (tx) => {
      await lockReleaseLog(tx, orgA, family);
      order.push('second: locked');
      return earlierFigures(tx, orgA, family);
    });
    // the second waits while the first holds the lock
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(order).toEqual(['first: locked']);
    releaseFirst();
    await first;
    const seen = await second;
    expect(order).toEqual(['first: locked', 'first: wrote', 'second: locked']);
    expect(seen).toEqual([{ item: 'criterion:c1', members: ['r1', 'r2', 'r3', 'r4', 'r5'], shown: true }]);
  });

  it('does not hold up another family or another organisation', async () => {
    await database.db.transaction(async (tx) => {
      await lockReleaseLog(tx, orgA, 'assessment-survey:one');
      const other = database.db.transaction(async (tx2) => {
        await lockReleaseLog(tx2, orgA, 'assessment-survey:two');
        await lockReleaseLog(tx2, orgB, 'assessment-survey:one');
        return 'done';
      });
      expect(await other).toBe('done');
    });
  });
});

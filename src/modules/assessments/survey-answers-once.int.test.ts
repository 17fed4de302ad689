import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Tx } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { recordSurveyAnswer } from './survey-store.js';
import { buildSurveyWorld } from './survey-test-world.js';

/**
 * Decision 006: an answer writes its own two rows and nothing else, so a survey takes as many
 * answers as people (the rewrite it replaced failed at about the 10,923rd), and responses are
 * unlinked from participants by one mix before results are read.
 */

let database: Database;
let world: Awaited<ReturnType<typeof buildSurveyWorld>>;
let cycleId: string;
const url = (rest: string) => `/api/v1/assessments/cycles/${cycleId}/${rest}`;
const one = async <T>(q: ReturnType<typeof sql>) => (await database.db.execute(q)).rows[0] as T;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildSurveyWorld(database);
  cycleId = await world.openSurvey();
}, 120_000);
afterAll(() => database.close());

/** Rows written on this connection, over every table, from PostgreSQL's per-transaction counters. */
async function rowsWritten(tx: Tx) {
  const result = await tx.execute(
    sql`SELECT coalesce(sum(n_tup_ins), 0)::int AS inserted, coalesce(sum(n_tup_upd + n_tup_del), 0)::int AS changed FROM pg_stat_xact_user_tables`,
  );
  return result.rows[0] as { inserted: number; changed: number };
}

describe('a survey answer is written once', () => {
  it('takes 11,000 answers and more, each writing two rows, whatever came before', async () => {
    // the first answer goes through the route, which freezes the survey's respondents and tree
    expect((await world.respondents[0]!.client.request('POST', url('survey'), { answers: { 'safety.1': 3 } })).status).toBe(201);
    const teams = [world.teams.small, world.teams.middle, world.teams.large];
    const cycle = { orgId: world.orgId, id: cycleId };
    // straight through the store, 100 answers a transaction, four transactions at a time, for speed
    const batch = async (b: number) =>
      database.db.transaction(async (tx) => {
        for (let i = 0; i < 100; i++) {
          await recordSurveyAnswer(tx, cycle, randomUUID(), teams[(b + i) % 3]!, { answers: { 'safety.1': 1 + ((b + i) % 5) }, comments: {} });
        }
      });
    for (let b = 0; b < 110; b += 4) await Promise.all([b, b + 1, b + 2, b + 3].filter((n) => n < 110).map(batch));
    expect(await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM assessment_survey_responses WHERE cycle_id = ${cycleId}`)).toEqual({ n: 11_001 });

    const written = await database.db.transaction(async (tx) => {
      // the counters may still hold the connection's earlier transactions: the difference is this answer's
      const before = await rowsWritten(tx);
      await recordSurveyAnswer(tx, cycle, randomUUID(), teams[0]!, { answers: { 'safety.1': 2 }, comments: {} });
      const after = await rowsWritten(tx);
      return { inserted: after.inserted - before.inserted, changed: after.changed - before.changed };
    });
    expect(written).toEqual({ inserted: 2, changed: 0 });

    // past where the rewrite failed, real respondents still answer, and each touches only its own response
    for (const r of world.respondents.slice(1, 4)) {
      expect((await r.client.request('POST', url('survey'), { answers: { 'safety.1': 4 }, comments: { safety: r.comment } })).status).toBe(201);
      const mine = await one<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM assessment_survey_responses WHERE cycle_id = ${cycleId}
            AND xmin::text = (SELECT xmin::text FROM assessment_survey_participants WHERE cycle_id = ${cycleId} AND person_id = ${r.personId})`,
      );
      expect(mine).toEqual({ n: 1 });
    }
  }, 120_000);

  it('mixes the responses once before results are read: one xmin no participant has, and no order', async () => {
    await world.setStatus(cycleId, 'closed');
    expect((await world.clients.admin.request('GET', url('survey-results'))).status).toBe(200);
    const xmins = (await database.db.execute(sql`SELECT DISTINCT xmin::text AS x FROM assessment_survey_responses WHERE cycle_id = ${cycleId}`)).rows as Array<{ x: string }>;
    expect(xmins).toHaveLength(1);
    const paired = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM assessment_survey_participants WHERE cycle_id = ${cycleId} AND xmin::text = ${xmins[0]!.x}`);
    expect(paired).toEqual({ n: 0 });
    // the last three answers carried comments; in the table's physical order they are no longer last
    const places = (await database.db.execute(sql`SELECT comments ? 'safety' AS commented FROM assessment_survey_responses WHERE cycle_id = ${cycleId} ORDER BY ctid`)).rows as Array<{
      commented: boolean;
    }>;
    expect(places).toHaveLength(11_005);
    expect(places.slice(-3).every((p) => p.commented)).toBe(false);

    // a mixed survey is not rewritten again by the next read
    expect((await world.clients.lead.request('GET', url('survey-results'))).status).toBe(200);
    const after = (await database.db.execute(sql`SELECT DISTINCT xmin::text AS x FROM assessment_survey_responses WHERE cycle_id = ${cycleId}`)).rows;
    expect(after).toEqual(xmins);
  }, 60_000);

  it('mixes again after a reopened survey takes a new answer', async () => {
    await world.setStatus(cycleId, 'open');
    expect((await world.clients.outsider.request('POST', url('survey'), { answers: { 'safety.1': 5 } })).status).toBe(201);
    await world.setStatus(cycleId, 'closed');
    expect((await world.clients.admin.request('GET', url('survey-results'))).status).toBe(200);
    const xmins = (await database.db.execute(sql`SELECT DISTINCT xmin::text AS x FROM assessment_survey_responses WHERE cycle_id = ${cycleId}`)).rows;
    expect(xmins).toHaveLength(1);
  }, 60_000);
});

import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { buildOrg, buildUnit } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { freezeSurvey } from './survey-freeze.js';

// A survey of a large organisation: the frozen list of who is asked was one insert of every row,
// and PostgreSQL refuses a statement of more than 65,535 parameters (4 a row: about 16,380 people).

const RESPONDENTS = 17_000;
let database: Database;
let orgId: string;
let unitId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  orgId = await buildOrg(database, 'Large Survey Care');
  unitId = await buildUnit(database, orgId, { name: 'Everyone', kind: 'service' });
  await database.db.execute(sql`
    INSERT INTO people (org_id, id, name, email, kind, unit_id)
    SELECT ${orgId}, gen_random_uuid(), 'Person ' || n, 'p' || n || '@large.example', 'employee', ${unitId}
    FROM generate_series(1, ${RESPONDENTS}) AS n`);
  await database.db.execute(sql`
    INSERT INTO accounts (org_id, id, person_id, email, roles, password_hash)
    SELECT org_id, gen_random_uuid(), id, email, '{worker}', 'not-a-real-hash' FROM people WHERE org_id = ${orgId}`);
}, 120_000);
afterAll(() => database.close());

describe('freezing a survey of a large organisation', () => {
  it(`asks every one of ${RESPONDENTS} people with an active account`, async () => {
    const cycleId = uuidv7();
    await database.db.execute(sql`
      INSERT INTO assessment_cycles (org_id, id, pack_id, pack_version, title, unit_id, mode, opens_on, closes_on)
      VALUES (${orgId}, ${cycleId}, 'test.assessment', '1.0.0', 'Everyone', ${unitId}, 'staff-survey', current_date, current_date + 14)`);
    await freezeSurvey(database.db, { orgId, id: cycleId, unitId });
    const counted = await database.db.execute(sql`SELECT count(*)::int AS n FROM assessment_survey_eligible WHERE org_id = ${orgId} AND cycle_id = ${cycleId}`);
    expect(counted.rows[0]).toEqual({ n: RESPONDENTS });
  }, 120_000);
});

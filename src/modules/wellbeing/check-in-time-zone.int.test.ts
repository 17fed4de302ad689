import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { updateOrgSettings } from '../../platform/tenancy/org-store.js';
import { ZTenancySettings } from '../../platform/tenancy/settings.js';
import { freezeDateAt, unfreezeDate } from '../../test-support/frozen-date.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { applyCheckInRetention } from './retention.js';
import { buildWorld, expectJson, type World } from './test-world.js';

/**
 * A check-in's day, the reminder's "today" and the retention cut-off are days where the
 * organisation works (ARCHITECTURE.md, "Time zones"). The instants sit beside local midnights; all
 * but the 23:30 one (the other side of the same edge) have a UTC date other than the local one,
 * so the tests fail if the rule goes back to UTC. In late 2025 Auckland
 * is UTC+13 (daylight time) and Los Angeles UTC−8.
 */

let database: Database;
let w: World;

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
});
afterEach(unfreezeDate);
afterAll(() => database.close());

const inZone = (timeZone: string) => updateOrgSettings(database.db, w.orgId, ZTenancySettings, { timeZone });
type Reminder = { checkIn: { dueOn: string | null; due: boolean } };
const reminder = async (client: ReturnType<World['as']>) => (await expectJson<Reminder>(await client.request('GET', '/api/v1/me/wellbeing/reminders'), 200)).checkIn;
const checkIn = async (client: ReturnType<World['as']>) =>
  (await expectJson<{ checkIn: { id: string; submittedOn: string } }>(await client.request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: { 'w.a': 1 } }), 201)).checkIn;

describe('check-in days in Auckland (UTC+13)', () => {
  it("at 00:30 on 2 December there (11:30Z on 1 December) today is 2 December: the reminder and the check-in's day say so", async () => {
    await inZone('Pacific/Auckland');
    const worker = w.as(w.worker);
    await expectJson(await worker.request('PUT', '/api/v1/me/wellbeing/rhythm', { rhythm: 'weekly', instrumentId: 'test.weekly-check' }), 200);

    freezeDateAt('2025-12-01T11:30:00Z');
    // never checked in: due today, Auckland's today
    expect(await reminder(worker)).toMatchObject({ dueOn: '2025-12-02', due: true });
    expect((await checkIn(worker)).submittedOn).toBe('2025-12-02');
    expect(await reminder(worker)).toMatchObject({ dueOn: '2025-12-09', due: false });
  });

  it('at 23:30 on 1 December there (10:30Z) a check-in still belongs to 1 December', async () => {
    await inZone('Pacific/Auckland');
    freezeDateAt('2025-12-01T10:30:00Z');
    expect((await checkIn(w.as(w.colleague))).submittedOn).toBe('2025-12-01');
  });

  it("deletes by Auckland's date: a month's retention on 2 December there keeps 2 November and drops 1 November", async () => {
    await inZone('Pacific/Auckland');
    await expectJson(await w.as(w.admin).request('PATCH', '/api/v1/org/settings', { checkInRetentionMonths: 1 }), 200);
    const client = w.as(w.supervisor);
    const onDay = async (day: string) => {
      const { id } = await checkIn(client);
      await database.db.execute(sql`UPDATE wellbeing_check_ins SET submitted_on = ${day} WHERE id = ${id}`);
      return id;
    };
    const first = await onDay('2025-11-01');
    const second = await onDay('2025-11-02');

    freezeDateAt('2025-12-01T11:00:00Z'); // midnight: 2 December in Auckland, 1 December in UTC
    await applyCheckInRetention(database);
    const left = await database.db.execute(sql`SELECT id FROM wellbeing_check_ins WHERE id IN (${first}, ${second})`);
    expect(left.rows).toEqual([{ id: second }]);
  });
});

describe('check-in days in Los Angeles (UTC−8)', () => {
  it('at 23:30 on 30 November there (07:30Z on 1 December) a check-in belongs to 30 November', async () => {
    await inZone('America/Los_Angeles');
    freezeDateAt('2025-12-01T07:30:00Z');
    expect((await checkIn(w.as(w.analyst))).submittedOn).toBe('2025-11-30');
  });
});

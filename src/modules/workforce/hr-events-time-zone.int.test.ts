import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { updateOrgSettings } from '../../platform/tenancy/org-store.js';
import { ZTenancySettings } from '../../platform/tenancy/settings.js';
import { buildOrg, buildPerson, buildTestApp, type Client, signIn } from '../../test-support/factories.js';
import { freezeDateAt, unfreezeDate } from '../../test-support/frozen-date.js';
import { createTestDatabase } from '../../test-support/test-database.js';

/**
 * "After today" is today where the organisation works (ARCHITECTURE.md, "Time zones"). At
 * 11:30Z on 1 December 2025 it is already 2 December in Auckland (UTC+13) and still 1 December
 * in Los Angeles (UTC−8), so a rule that went back to UTC or the server's clock fails here.
 */

let database: Database;
let orgId: string;
let admin: Client;
let personId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const { app } = buildTestApp(database);
  orgId = await buildOrg(database);
  admin = await signIn(app, (await buildPerson(database, orgId, { roles: ['org_admin'] })).email);
  personId = (await buildPerson(database, orgId, { roles: [] })).personId;
});
afterEach(unfreezeDate);
afterAll(() => database.close());

const inZone = (timeZone: string) => updateOrgSettings(database.db, orgId, ZTenancySettings, { timeZone });
const start = (on: string) => admin.request('POST', `/api/v1/people/${personId}/hr-events/moves`, { kind: 'start', on });
const absence = (firstDay: string, lastDay: string) => admin.request('POST', `/api/v1/people/${personId}/hr-events/absences`, { firstDay, lastDay, reason: 'other' });

describe('HR events and today where the organisation works', () => {
  it('in Auckland, 2 December is today at 11:30Z on 1 December', async () => {
    await inZone('Pacific/Auckland');
    freezeDateAt('2025-12-01T11:30:00Z');
    expect((await absence('2025-12-02', '2025-12-02')).status).toBe(201);
    expect((await absence('2025-12-03', '2025-12-03')).status).toBe(422);
  });

  it('in Los Angeles, 2 December is still after today at the same instant', async () => {
    await inZone('America/Los_Angeles');
    freezeDateAt('2025-12-01T11:30:00Z');
    const refused = await start('2025-12-02');
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { errors: unknown[] }).errors).toMatchObject([{ field: 'on', problem: 'must not be after today' }]);
    expect((await start('2025-12-01')).status).toBe(201);
  });
});

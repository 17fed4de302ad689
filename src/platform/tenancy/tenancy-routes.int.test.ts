import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { buildOrg, buildPerson, buildTestApp, type Client, signIn } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';

/** The organisation settings API: the time zone an admin chooses, and what a change leaves alone. */

let database: Database;
let orgId: string;
let admin: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  const { app } = buildTestApp(database);
  orgId = await buildOrg(database, 'Tidewater Care');
  admin = await signIn(app, (await buildPerson(database, orgId, { roles: ['org_admin'] })).email);
});
afterAll(() => database.close());

const stored = async () => (await database.pool.query<{ settings: Record<string, unknown> }>('SELECT settings FROM organisations WHERE id = $1', [orgId])).rows[0]!.settings;
const changesAudited = async () =>
  ((await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_events WHERE org_id = ${orgId} AND type = 'org.settings-changed'`)).rows[0] as { n: number }).n;
const patch = (body: unknown) => admin.request('PATCH', '/api/v1/org/settings', body);

describe('the organisation time zone', () => {
  it('refuses a name that is not an IANA zone, naming timeZone, and changes nothing', async () => {
    const before = await stored();
    const audited = await changesAudited();
    // bad input is a 400 naming each field, as on every route (ARCHITECTURE.md, "Time zones" and after)
    const refused = await patch({ timeZone: 'Mars/Olympus' });
    expect(refused.status).toBe(400);
    const problem = (await refused.json()) as { errors: Array<{ field: string; problem: string }> };
    expect(problem.errors.map((e) => e.field)).toEqual(['timeZone']);
    expect(problem.errors[0]!.problem).toMatch(/time zone/);
    expect(await stored()).toEqual(before);
    expect(await changesAudited()).toBe(audited);
  });

  it('stores a real zone, answers with it, and the organisation reads it back', async () => {
    const changed = await patch({ timeZone: 'Pacific/Auckland' });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { timeZone: string }).timeZone).toBe('Pacific/Auckland');
    const org = (await (await admin.request('GET', '/api/v1/org')).json()) as { settings: { timeZone: string } };
    expect(org.settings.timeZone).toBe('Pacific/Auckland');
    expect((await stored()).timeZone).toBe('Pacific/Auckland');
  });

  it('keeps the zone and every other chosen setting when a change names another field', async () => {
    expect((await patch({ minGroupSize: 7, timeZone: 'America/Los_Angeles' })).status).toBe(200);
    const before = await stored();
    const changed = await patch({ defaultLocale: 'es' });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ defaultLocale: 'es', minGroupSize: 7, timeZone: 'America/Los_Angeles' });
    expect(await stored()).toEqual({ ...before, defaultLocale: 'es' });
  });
});

import { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { ZPrivacySettings } from '../privacy/settings.js';
import { createOrganisation, getOrganisation, listOrganisationSettings, updateOrgSettings } from './org-store.js';
import { ZTenancySettings } from './settings.js';

// a module's part, as a module would declare it (the platform names none)
const ZColourSettings = z.object({ colour: z.enum(['green', 'blue']).default('green') });

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const stored = async (orgId: string) => (await database.pool.query<{ settings: Record<string, unknown> }>('SELECT settings FROM organisations WHERE id = $1', [orgId])).rows[0]!.settings;

describe('organisation settings, one part at a time', () => {
  it('reads each part with its defaults, whatever else is stored', async () => {
    const orgId = await createOrganisation(database.db, { name: 'Parts Care', slug: 'parts-care' });
    // a new organisation starts in the server's zone (TEND_TIME_ZONE is UTC under the tests)
    expect((await getOrganisation(database.db, orgId)).settings).toEqual({ minGroupSize: 5, defaultLocale: 'en', timeZone: 'UTC' });
    expect((await getOrganisation(database.db, orgId, ZColourSettings)).settings).toEqual({ colour: 'green' });
  });

  it('reads an organisation stored before time zones existed as UTC, and keeps a zone once chosen', async () => {
    const orgId = await createOrganisation(database.db, { name: 'Old Care', slug: 'old-care' });
    await database.pool.query(`UPDATE organisations SET settings = settings - 'timeZone' WHERE id = $1`, [orgId]);
    expect((await getOrganisation(database.db, orgId, ZTenancySettings)).settings.timeZone).toBe('UTC');
    await updateOrgSettings(database.db, orgId, ZTenancySettings, { timeZone: 'Pacific/Auckland' });
    expect((await getOrganisation(database.db, orgId, ZTenancySettings)).settings.timeZone).toBe('Pacific/Auckland');
    await expect(updateOrgSettings(database.db, orgId, ZTenancySettings, { timeZone: 'Mars/Olympus' })).rejects.toThrow();
    expect((await stored(orgId)).timeZone).toBe('Pacific/Auckland');
  });

  it('a change through one part keeps every other part’s stored settings', async () => {
    const orgId = await createOrganisation(database.db, { name: 'Keep Care', slug: 'keep-care', settings: { minGroupSize: 7 } });
    await updateOrgSettings(database.db, orgId, ZColourSettings, { colour: 'blue' });
    await updateOrgSettings(database.db, orgId, ZTenancySettings, { defaultLocale: 'es' });
    expect(await stored(orgId)).toEqual({ minGroupSize: 7, defaultLocale: 'es', timeZone: 'UTC', colour: 'blue' });
    expect((await getOrganisation(database.db, orgId, ZPrivacySettings)).settings).toEqual({ minGroupSize: 7 });
  });

  it('refuses a value its part refuses, changing nothing', async () => {
    const orgId = await createOrganisation(database.db, { name: 'Strict Care', slug: 'strict-care' });
    const before = await stored(orgId);
    await expect(updateOrgSettings(database.db, orgId, ZPrivacySettings, { minGroupSize: 2 })).rejects.toThrow();
    expect(await stored(orgId)).toEqual(before);
  });

  it('lists every organisation with the part asked for', async () => {
    const orgId = await createOrganisation(database.db, { name: 'List Care', slug: 'list-care' });
    await updateOrgSettings(database.db, orgId, ZColourSettings, { colour: 'blue' });
    const listed = await listOrganisationSettings(database.db, ZColourSettings);
    expect(listed.find((o) => o.id === orgId)?.settings).toEqual({ colour: 'blue' });
  });

  it('answers 404 for an organisation that does not exist', async () => {
    await expect(getOrganisation(database.db, '01900000-0000-7000-8000-000000000000')).rejects.toMatchObject({ status: 404 });
  });
});

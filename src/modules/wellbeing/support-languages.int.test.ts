import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg, buildPerson, buildTestApp, type Client, signIn } from '../../test-support/factories.js';

/** Support contacts written in each language the organisation uses (issue 14). */

let database: Database;
let admin: Client;
let worker: Client;
let orgId: string;

type Contact = { id: string; name: string; description: string | null; hours: string | null; lang: { name: string; description: string | null }; texts: { name: Record<string, string> } };
const listed = async (client: Client) => ((await (await client.request('GET', '/api/v1/support-contacts')).json()) as { supportContacts: Contact[] }).supportContacts;

beforeAll(async () => {
  database = await createTestDatabase();
  const app = buildTestApp(database).app;
  orgId = await buildOrg(database);
  admin = await signIn(app, (await buildPerson(database, orgId, { roles: ['org_admin'] })).email);
  worker = await signIn(app, (await buildPerson(database, orgId, { roles: ['worker'] })).email);
});
afterAll(() => database.close());

describe('support contacts in every language', () => {
  it('an admin writes a contact in English and Spanish; a worker reading Spanish sees the Spanish, one reading English the English', async () => {
    const created = await admin.request('POST', '/api/v1/support-contacts', {
      kind: 'counselling',
      name: { en: 'Counselling service', es: 'Servicio de orientación' },
      description: { en: 'Six free sessions.', es: 'Seis sesiones gratuitas.' },
      hours: { en: 'Weekdays' },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as Contact;

    expect((await worker.request('PUT', '/api/v1/me/preferences', { locale: 'es' })).status).toBe(204);
    const spanish = (await listed(worker)).find((c) => c.id === id)!;
    expect(spanish).toMatchObject({ name: 'Servicio de orientación', description: 'Seis sesiones gratuitas.', hours: 'Weekdays', lang: { name: 'es', description: 'es', hours: 'en' } });
    // the worker's well-being space carries the same words
    const space = (await (await worker.request('GET', '/api/v1/me/wellbeing')).json()) as { supportContacts: Contact[] };
    expect(space.supportContacts.find((c) => c.id === id)?.name).toBe('Servicio de orientación');

    expect((await worker.request('PUT', '/api/v1/me/preferences', { locale: 'en' })).status).toBe(204);
    expect((await listed(worker)).find((c) => c.id === id)).toMatchObject({ name: 'Counselling service', description: 'Six free sessions.' });
    // the admin reads every language to edit them
    expect((await listed(admin)).find((c) => c.id === id)?.texts.name).toEqual({ en: 'Counselling service', es: 'Servicio de orientación' });
  });

  it('a text missing in the reader’s language falls back to the other; a change names only the languages it changes', async () => {
    const { id } = (await (await admin.request('POST', '/api/v1/support-contacts', { kind: 'crisis', name: { es: 'Línea de noche' } })).json()) as Contact;
    await worker.request('PUT', '/api/v1/me/preferences', { locale: 'en' });
    expect((await listed(worker)).find((c) => c.id === id)).toMatchObject({ name: 'Línea de noche', lang: { name: 'es' } });
    const changed = await admin.request('PATCH', `/api/v1/support-contacts/${id}`, { name: { en: 'Night line' } });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as Contact).texts.name).toEqual({ en: 'Night line', es: 'Línea de noche' });
    expect((await listed(worker)).find((c) => c.id === id)?.name).toBe('Night line');
  });

  it('a contact left with no name in any language is refused, naming the field, and nothing changes', async () => {
    const refused = await admin.request('POST', '/api/v1/support-contacts', { kind: 'other', name: { en: ' ', es: null } });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: unknown[] }).errors).toMatchObject([{ field: 'name', problem: 'needs a text in at least one language' }]);
    const { id } = (await (await admin.request('POST', '/api/v1/support-contacts', { kind: 'other', name: { en: 'Chaplaincy' } })).json()) as Contact;
    const emptied = await admin.request('PATCH', `/api/v1/support-contacts/${id}`, { name: { en: null }, hours: 'Sundays' });
    expect(emptied.status).toBe(400);
    expect((await listed(admin)).find((c) => c.id === id)).toMatchObject({ name: 'Chaplaincy', hours: null });
    const unknown = await admin.request('POST', '/api/v1/support-contacts', { kind: 'other', name: { fr: 'Aumônerie' } });
    expect(unknown.status).toBe(400);
  });
});

describe('the migration to texts per language', () => {
  it('keeps each existing contact, its text becoming the organisation’s default language’s', async () => {
    const scratch = await createTestDatabase();
    try {
      // the table as it was before the migration, holding one contact of each organisation
      await scratch.db.execute(sql.raw(`
        ALTER TABLE support_contacts ALTER COLUMN name TYPE text USING name->>'en',
          ALTER COLUMN description DROP NOT NULL, ALTER COLUMN description DROP DEFAULT, ALTER COLUMN description TYPE text USING NULL,
          ALTER COLUMN hours DROP NOT NULL, ALTER COLUMN hours DROP DEFAULT, ALTER COLUMN hours TYPE text USING NULL`));
      const english = await buildOrg(scratch);
      const spanish = await buildOrg(scratch);
      await scratch.db.execute(sql`UPDATE organisations SET settings = settings || '{"defaultLocale":"es"}'::jsonb WHERE id = ${spanish}`);
      await scratch.db.execute(sql`INSERT INTO support_contacts (org_id, id, kind, name, description, hours) VALUES
        (${english}, gen_random_uuid(), 'crisis', 'Night line', 'Call us', NULL),
        (${spanish}, gen_random_uuid(), 'crisis', 'Línea de noche', '', 'Siempre')`);
      const migration = readFileSync(new URL('../../platform/db/migrations/0019_support-languages.sql', import.meta.url), 'utf8');
      for (const statement of migration.split('--> statement-breakpoint')) await scratch.db.execute(sql.raw(statement));
      const rows = (await scratch.db.execute(sql`SELECT org_id, name, description, hours FROM support_contacts ORDER BY org_id = ${english} DESC`)).rows;
      expect(rows).toEqual([
        { org_id: english, name: { en: 'Night line' }, description: { en: 'Call us' }, hours: {} },
        { org_id: spanish, name: { es: 'Línea de noche' }, description: {}, hours: { es: 'Siempre' } },
      ]);
    } finally {
      await scratch.close();
    }
  });
});

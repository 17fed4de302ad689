import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg, buildPerson, buildTestApp, type Client, signIn } from '../../test-support/factories.js';

/** Finding 8 of issue 9: support contact links accepted `javascript:` and `data:` URLs. */

let database: Database;
let admin: Client;
let worker: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  const app = buildTestApp(database).app;
  const orgId = await buildOrg(database);
  admin = await signIn(app, (await buildPerson(database, orgId, { roles: ['org_admin'] })).email);
  worker = await buildPerson(database, orgId, { roles: ['worker'] }).then((p) => signIn(app, p.email));
});
afterAll(() => database.close());

const contact = (url: string) => ({ kind: 'crisis', name: 'Night line', url });
type Listed = { supportContacts: { name: string; url: string | null }[] };

describe('support contact links', () => {
  it.each(['javascript:alert(document.cookie)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:x'])('%s is refused as a field problem, nothing stored', async (url) => {
    const response = await admin.request('POST', '/api/v1/support-contacts', contact(url));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { field: string }[] }).errors).toMatchObject([{ field: 'url', problem: 'must be an https:, http:, mailto: or tel: address' }]);
  });

  it('https:, mailto: and tel: links are kept', async () => {
    for (const url of ['https://help.example.org', 'mailto:help@example.org', 'tel:+44800555010']) {
      expect((await admin.request('POST', '/api/v1/support-contacts', contact(url))).status).toBe(201);
    }
    const listed = (await (await worker.request('GET', '/api/v1/support-contacts')).json()) as Listed;
    expect(listed.supportContacts.map((c) => c.url).sort()).toEqual(['https://help.example.org', 'mailto:help@example.org', 'tel:+44800555010']);
  });

  it('a javascript: link stored before the rule is not shown', async () => {
    const created = (await (await admin.request('POST', '/api/v1/support-contacts', { kind: 'other', name: 'Old entry', url: 'https://old.example.org' })).json()) as { id: string };
    await database.db.execute(sql`UPDATE support_contacts SET url = 'javascript:alert(1)' WHERE id = ${created.id}`);
    const listed = (await (await worker.request('GET', '/api/v1/support-contacts')).json()) as Listed;
    expect(listed.supportContacts.find((c) => c.name === 'Old entry')?.url).toBeNull();
  });
});

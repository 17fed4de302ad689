import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installBuiltInPacks } from '../../content/built-in-packs.js';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg, buildPerson, buildTestApp, type Client, signIn } from '../../test-support/factories.js';

/** Finding 6 of issue 9: `[null, null]` as the licensed-text import's item list answered 500. */

let database: Database;
let admin: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  await installBuiltInPacks(database);
  const app = buildTestApp(database).app;
  const person = await buildPerson(database, await buildOrg(database), { roles: ['org_admin'] });
  admin = await signIn(app, person.email);
});
afterAll(() => database.close());

const importTexts = (body: unknown) => admin.request('POST', '/api/v1/instruments/proqol-5/licensed-texts', body);

describe('the licensed-text import checks its items one by one', () => {
  it.each([
    ['a list of nulls', [null, null], 'item.0'],
    ['an item without a linkId', [{ type: 'choice', text: 'Q' }], 'item.0.linkId'],
    ['a group holding a null', [{ linkId: 'g', type: 'group', item: [null] }], 'item.0.item.0'],
    ['answer options that are not objects', [{ linkId: 'q', type: 'choice', answerOption: [1, 'x'] }], 'item.0.answerOption.0'],
  ])('%s is a 400 naming the item', async (_, item, field) => {
    const response = await importTexts({ resourceType: 'Questionnaire', status: 'active', item });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { field: string }[] };
    expect(body.errors.map((e) => e.field)).toContain(field);
  });
});

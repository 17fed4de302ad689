import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn, type TestApp } from '../../test-support/factories.js';

let database: Database;
let app: TestApp;
let orgId: string;
let admin: Client;
let unitId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
  orgId = await buildOrg(database);
  unitId = await buildUnit(database, orgId, { name: 'Outreach' });
  const a = await buildPerson(database, orgId, { roles: ['org_admin'] });
  admin = await signIn(app, a.email);
});
afterAll(() => database.close());

describe('people', () => {
  it('an admin adds a person and reads them back', async () => {
    const created = await admin.request('POST', '/api/v1/people', {
      name: '  Ngozi Eze ',
      email: 'Ngozi@Example.org',
      kind: 'volunteer',
      unitId,
      startDate: '2024-05-01',
    });
    expect(created.status).toBe(201);
    const person = (await created.json()) as { id: string; name: string; email: string; unitName: string };
    expect(person).toMatchObject({ name: 'Ngozi Eze', email: 'ngozi@example.org', unitName: 'Outreach' });
    const read = await admin.request('GET', `/api/v1/people/${person.id}`);
    expect(read.status).toBe(200);
  });

  it('bad input names the field and changes nothing', async () => {
    const before = await admin.request('GET', '/api/v1/people');
    const { total } = (await before.json()) as { total: number };
    const response = await admin.request('POST', '/api/v1/people', {
      name: 'Late Starter',
      email: 'not-an-email',
      kind: 'employee',
      startDate: '2024-05-01',
      endDate: '2024-01-01',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { errors: Array<{ field: string; problem: string }> };
    expect(problem.errors.map((e) => e.field).sort()).toEqual(['email', 'endDate']);
    const after = (await (await admin.request('GET', '/api/v1/people')).json()) as { total: number };
    expect(after.total).toBe(total);
  });

  it('a duplicate email is refused with a conflict naming email', async () => {
    await buildPerson(database, orgId, { email: 'taken@example.org', roles: [] });
    const response = await admin.request('POST', '/api/v1/people', { name: 'Another', email: 'TAKEN@example.org', kind: 'employee' });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { errors: Array<{ field: string }> }).errors[0]!.field).toBe('email');
  });
});

describe('people search', () => {
  it('finds people by name, email, job title or team, and counts them the same way', async () => {
    const unitId = await buildUnit(database, orgId, { name: 'Harbourside Outreach' });
    await admin.request('POST', '/api/v1/people', { name: 'Rosa Quintero', email: 'rq@example.org', kind: 'employee', jobTitle: 'Art Therapist', unitId });
    for (const term of ['quintero', 'rq@example', 'therapist', 'harbourside']) {
      const body = (await (await admin.request('GET', `/api/v1/people?search=${term}`)).json()) as { people: Array<{ name: string }>; total: number };
      expect(body.people.map((p) => p.name)).toEqual(['Rosa Quintero']);
      expect(body.total).toBe(1);
    }
  });
});

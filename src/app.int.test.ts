import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './platform/db/client.js';
import { buildTestApp, type TestApp } from './test-support/factories.js';
import { createTestDatabase } from './test-support/test-database.js';

let database: Database;
let app: TestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
});
afterAll(() => database.close());

describe('the app shell and system routes', () => {
  it('answers health and readiness', async () => {
    expect(await (await app.request('/api/health')).json()).toMatchObject({ status: 'ok' });
    expect((await app.request('/api/ready')).status).toBe(200);
  });

  it('answers an unknown API address with problem+json, and a missing asset with a plain 404', async () => {
    const api = await app.request('/api/v1/nothing-here');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect((await app.request('/assets/missing-file.js')).status).toBe(404);
  });

  it('sends security headers on every answer', async () => {
    const response = await app.request('/api/health');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves a readable API reference', async () => {
    const page = await (await app.request('/api/docs')).text();
    expect(page).toContain('<h1>Tend API</h1>');
    expect(page).toContain('/api/v1/people/{id}');
  });
});

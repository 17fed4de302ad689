import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg, buildPerson, buildTestApp, type Client, signIn, type TestApp } from '../../test-support/factories.js';

/** Finding 6 of issue 9: bad input answered 500 or was parsed whatever its size. */

let database: Database;
let app: TestApp;
let admin: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
  const orgId = await buildOrg(database);
  const person = await buildPerson(database, orgId, { roles: ['org_admin'] });
  admin = await signIn(app, person.email);
});
afterAll(() => database.close());

const signInWith = (body: string, contentType?: string) =>
  app.request('/api/v1/auth/sign-in', { method: 'POST', headers: contentType ? { 'content-type': contentType } : {}, body });

async function problem(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as { status: number; type: string; errors?: { field: string; problem: string }[] };
}

describe('bad input is a 4xx problem+json', () => {
  it('malformed JSON to sign-in, signed out, is a 400 naming the body', async () => {
    const response = await signInWith('{"email": "a@b.org", "password": ', 'application/json');
    expect(response.status).toBe(400);
    const body = await problem(response);
    expect(body.type).toMatch(/malformed-json$/);
    expect(body.errors?.[0]?.field).toBe('body');
  });

  it('a wrong or missing content type is a 415 naming what the address takes', async () => {
    const wrong = await signInWith('email=a@b.org', 'application/x-www-form-urlencoded');
    expect(wrong.status).toBe(415);
    expect((await problem(wrong)).type).toMatch(/unsupported-media-type$/);
    const missing = await signInWith(JSON.stringify({ email: 'a@b.org', password: 'x' }));
    expect(missing.status).toBe(415);
    const signedIn = await admin.request('POST', '/api/v1/units', undefined, { 'content-type': 'text/plain' });
    expect(signedIn.status).toBe(415);
    expect((await problem(signedIn)).errors?.[0]).toMatchObject({ field: 'body', problem: 'is text/plain; this address takes application/json' });
  });

  it('a 50 MB body to sign-in is refused with 413 before it is parsed', async () => {
    const huge = `{"email":"${'a'.repeat(50 * 1024 * 1024)}","password":"x"}`;
    const response = await signInWith(huge, 'application/json');
    expect(response.status).toBe(413);
    expect((await problem(response)).errors?.[0]?.problem).toBe('must be at most 1 MB');
    const declared = await app.request('/api/v1/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(60 * 1024 * 1024) }, body: '{}' });
    expect(declared.status).toBe(413);
  });

  it('a NUL in a JSON text field is a field problem, not a database error', async () => {
    const response = await admin.request('POST', '/api/v1/units', { name: 'Night\u0000Team', kind: 'team', parentId: null });
    expect(response.status).toBe(400);
    expect((await problem(response)).errors).toMatchObject([{ field: 'name', problem: expect.stringContaining('control characters') }]);
  });

  it('control characters in a query or path parameter are field problems', async () => {
    const query = await admin.request('GET', '/api/v1/people?search=a%00b');
    expect(query.status).toBe(400);
    expect((await problem(query)).errors?.[0]?.field).toBe('search');
    const path = await admin.request('GET', '/api/v1/people/%00');
    expect(path.status).toBe(400);
    expect((await problem(path)).errors?.[0]?.field).toBe('id');
  });

  it('tab and line breaks stay allowed in JSON text; deep nesting is refused', async () => {
    const deep = JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`);
    const response = await admin.request('POST', '/api/v1/units', { name: deep, kind: 'team' });
    expect(response.status).toBe(400);
    expect((await problem(response)).errors?.[0]?.problem).toContain('nested too deeply');
  });
});

describe('answers carry no-store and a Permissions-Policy', () => {
  it('every API answer, success or problem, says no-store; every answer has Permissions-Policy', async () => {
    for (const response of [await admin.request('GET', '/api/v1/auth/session'), await app.request('/api/v1/nowhere'), await signInWith('{', 'application/json')]) {
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
    }
    const page = await app.request('/some/page');
    expect(page.headers.get('permissions-policy')).toContain('geolocation=()');
    // no plugins, no <base> rewriting relative links, forms post only to Tend; HSTS for a year
    const csp = page.headers.get('content-security-policy') ?? '';
    for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});

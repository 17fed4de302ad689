import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createApp } from '../app.js';
import { createAccount } from '../platform/auth/auth-store.js';
import { hashPassword } from '../platform/auth/password-hash.js';
import type { AppRole } from '../platform/auth/schema.js';
import type { Database } from '../platform/db/client.js';
import { createMemoryMailer } from '../platform/mail/mailer.js';
import { ZOrgSettings } from '../org-settings.js';
import { createOrganisation } from '../platform/tenancy/org-store.js';
import { createPerson } from '../modules/people/people-store.js';
import { settleAfterResponse } from '../platform/background/after-response.js';
import { createUnit } from '../modules/units/unit-store.js';

export const TEST_PASSWORD = 'quiet-meadow-river-stone';
let cachedHash: Promise<string> | undefined;
const unique = () => randomBytes(4).toString('hex');

export async function buildOrg(database: Database, name = `Org ${unique()}`) {
  return createOrganisation(database.db, { name, slug: `org-${unique()}` }, ZOrgSettings);
}

/** A regional hub: a tenant of kind hub (its people are built with buildPerson and hub roles). */
export async function buildHub(database: Database, name = `Hub ${unique()}`) {
  return createOrganisation(database.db, { name, slug: `hub-${unique()}`, kind: 'hub' }, ZOrgSettings);
}

export async function buildUnit(database: Database, orgId: string, input: { name?: string; kind?: 'service' | 'team'; parentId?: string | null } = {}) {
  return createUnit(database.db, orgId, { name: input.name ?? `Unit ${unique()}`, kind: input.kind ?? 'team', parentId: input.parentId ?? null });
}

export interface BuiltPerson {
  orgId: string;
  personId: string;
  accountId: string | undefined;
  email: string;
}

/** A person, with an account holding `roles` (password TEST_PASSWORD) unless roles is empty. */
export async function buildPerson(
  database: Database,
  orgId: string,
  input: { name?: string; unitId?: string | null; managerId?: string | null; roles?: AppRole[]; email?: string } = {},
): Promise<BuiltPerson> {
  const email = input.email ?? `p-${unique()}@example.org`;
  const personId = await createPerson(database.db, orgId, {
    name: input.name ?? `Person ${unique()}`,
    email,
    kind: 'employee',
    unitId: input.unitId ?? null,
    managerId: input.managerId ?? null,
  });
  const roles = input.roles ?? ['worker'];
  let accountId: string | undefined;
  if (roles.length > 0) {
    cachedHash ??= hashPassword(TEST_PASSWORD);
    accountId = await createAccount(database.db, { orgId, personId, email, roles, passwordHash: await cachedHash });
  }
  return { orgId, personId, accountId, email };
}

/** The app over a test database, with a mailer that keeps what it sends. */
export function buildTestApp(database: Database, config: { trustProxy?: boolean } = {}) {
  const mailer = createMemoryMailer();
  const logs: string[] = [];
  const app = createApp({
    database,
    mailer,
    config: { publicUrl: 'http://localhost', secureCookies: false, ...config },
    log: (m) => logs.push(m),
  });
  return { app, mailer, logs };
}

export type TestApp = ReturnType<typeof buildTestApp>['app'];

/** A signed-in client: keeps the session cookie and sends the CSRF token on changes. */
export interface Client {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  cookie: string;
  csrfToken: string;
}

export async function signIn(app: TestApp, email: string, password = TEST_PASSWORD): Promise<Client> {
  const response = await app.request('/api/v1/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return clientWith(app, cookie, csrfToken);
}

export function clientWith(app: TestApp, cookie: string, csrfToken: string): Client {
  return {
    cookie,
    csrfToken,
    async request(method, path, body, headers = {}) {
      return app.request(path, {
        method,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    },
  };
}

/** A client with no session: what a signed-out browser sends. */
export const anonymous = (app: TestApp) => clientWith(app, '', '');

export async function countRows(database: Database, table: string, orgId: string): Promise<number> {
  const result = await database.db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE org_id = ${orgId}`);
  return (result.rows[0] as { n: number }).n;
}

/**
 * A signed-out JSON POST, answered and settled: some answers come before their work (a reset's
 * link and mail follow the answer), so this waits for that work before the test looks at mail.
 */
export async function postSettled(app: TestApp, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  await settleAfterResponse();
  return response;
}

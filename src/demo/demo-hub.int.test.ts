import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db/client.js';
import { buildOrg, buildTestApp, signIn } from '../test-support/factories.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { DEMO_HUB, DEMO_PASSWORD } from './demo-data.js';
import { loadDemo } from './load-demo.js';
import { removeDemo } from './remove-demo.js';

/** The demo's regional hub: its two accounts sign in as a hub's, and its invitation waits on the demo admin's Home. */

let database: Database;
let orgId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  orgId = await loadDemo(database);
});
afterAll(() => database.close());

describe('the demo hub', () => {
  it('has a hub admin and a hub analyst who sign in with the demo password, and has invited the demo organisation', async () => {
    const app = buildTestApp(database).app;
    const hubAdmin = await signIn(app, 'hub-admin@region.example', DEMO_PASSWORD);
    const analyst = await signIn(app, 'analyst@region.example', DEMO_PASSWORD);
    expect(await (await analyst.request('GET', '/api/v1/auth/session')).json()).toMatchObject({ tenantKind: 'hub', roles: ['hub_analyst'] });
    const members = (await (await hubAdmin.request('GET', '/api/v1/hub/members')).json()) as { members: Array<{ orgId: string; status: string; invitedBy: string }> };
    expect(members.members).toEqual([expect.objectContaining({ orgId, status: 'invited', invitedBy: 'Maya Lindqvist' })]);
    const admin = await signIn(app, 'admin@riverside.example', DEMO_PASSWORD);
    const tasks = (await (await admin.request('GET', '/api/v1/me/tasks')).json()) as { tasks: Array<{ kind: string; href: string }> };
    expect(tasks.tasks).toContainEqual(expect.objectContaining({ kind: 'hub-invitation', href: '/admin/regional-hub' }));
    // the organisation's former analyst account is gone: the analyst is the hub's
    expect((await app.request('/api/v1/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'analyst@riverside.example', password: DEMO_PASSWORD }) })).status).toBe(401);
  });

  it('goes with the demo when it is removed; another organisation stays', async () => {
    const other = await buildOrg(database, 'Stays Put');
    expect(await removeDemo(database)).toBeGreaterThan(0);
    const left = await database.db.execute(sql`SELECT id, slug FROM organisations`);
    expect(left.rows.map((r) => (r as { id: string }).id)).toEqual([other]);
    expect(left.rows.map((r) => (r as { slug: string }).slug)).not.toContain(DEMO_HUB.slug);
    const memberships = await database.db.execute(sql`SELECT count(*)::int AS n FROM hub_memberships`);
    expect((memberships.rows[0] as { n: number }).n).toBe(0);
  });
});

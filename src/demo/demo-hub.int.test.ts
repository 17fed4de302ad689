import { sql } from 'drizzle-orm';
import { installBuiltInPacks } from '../content/built-in-packs.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db/client.js';
import { buildOrg, buildTestApp, signIn } from '../test-support/factories.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { DEMO_COLLABORATIVE, DEMO_HUB, DEMO_PARTNERS, DEMO_PASSWORD } from './demo-data.js';
import { DEMO_STANDARD } from './demo-standards.js';
import { loadDemo } from './load-demo.js';
import { removeDemo } from './remove-demo.js';

/** The demo's regional hub: its two accounts sign in as a hub's, and its invitation waits on the demo admin's Home. */

let database: Database;
let orgId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  // the collaborative's surveys run the built-in audit pack
  await installBuiltInPacks(database);
  orgId = await loadDemo(database);
});
afterAll(() => database.close());

describe('the demo hub', () => {
  it('has a hub admin and a hub analyst who sign in with the demo password, and has invited the demo organisation', async () => {
    const app = buildTestApp(database).app;
    const hubAdmin = await signIn(app, 'hub-admin@region.example', DEMO_PASSWORD);
    const analyst = await signIn(app, 'analyst@region.example', DEMO_PASSWORD);
    expect(await (await analyst.request('GET', '/api/v1/auth/session')).json()).toMatchObject({ tenantKind: 'hub', roles: ['hub_analyst'] });
    const members = (await (await hubAdmin.request('GET', '/api/v1/hub/members')).json()) as { members: Array<{ orgId: string; name: string; status: string; invitedBy: string }> };
    expect(members.members.find((m) => m.orgId === orgId)).toEqual(expect.objectContaining({ status: 'invited', invitedBy: 'Maya Lindqvist' }));
    // and the three partner organisations of its collaborative, whose consent is in force
    expect(members.members.filter((m) => m.status === 'consented').map((m) => m.name).sort()).toEqual(DEMO_PARTNERS.map((p) => p.name).sort());
    const admin = await signIn(app, 'admin@riverside.example', DEMO_PASSWORD);
    const tasks = (await (await admin.request('GET', '/api/v1/me/tasks')).json()) as { tasks: Array<{ kind: string; href: string }> };
    expect(tasks.tasks).toContainEqual(expect.objectContaining({ kind: 'hub-invitation', href: '/admin/regional-hub' }));
    // the organisation's former analyst account is gone: the analyst is the hub's
    expect((await app.request('/api/v1/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'analyst@riverside.example', password: DEMO_PASSWORD }) })).status).toBe(401);
  });

  it("has a collaborative whose baseline figures pool all three partners' released surveys, and whose endline figures (two partners so far) are hidden with their reason", async () => {
    const analyst = await signIn(buildTestApp(database).app, 'analyst@region.example', DEMO_PASSWORD);
    const { collaboratives } = (await (await analyst.request('GET', '/api/v1/hub/collaboratives')).json()) as { collaboratives: Array<{ id: string; name: string }> };
    expect(collaboratives.map((c) => c.name)).toEqual([DEMO_COLLABORATIVE.name]);
    const { rows } = (await (await analyst.request('GET', `/api/v1/hub/collaboratives/${collaboratives[0]!.id}/benchmarks`)).json()) as {
      rows: Array<{ slot: string; kind: string; measure: string; measureTitle: Record<string, string>; collaborative: { shown: boolean; organisations?: number; reason?: string } }>;
    };
    const baseline = rows.filter((r) => r.slot === 'baseline' && r.kind === 'staff-survey');
    const endline = rows.filter((r) => r.slot === 'endline' && r.kind === 'staff-survey');
    // the partners sent their check-in band counts too: every band of the self-check's scale, pooled at the baseline, hidden at the endline
    const bands = rows.filter((r) => r.kind === 'check-in-bands');
    expect(bands.filter((r) => r.slot === 'baseline').map((r) => r.measure.split(':').at(-1)).sort()).toEqual(['few', 'many', 'none', 'some']);
    for (const row of bands.filter((r) => r.slot === 'baseline')) expect(row.collaborative).toMatchObject({ shown: true, organisations: 3 });
    for (const row of bands.filter((r) => r.slot === 'endline')) expect(row.collaborative).toMatchObject({ shown: false, reason: 'too-few-organisations' });
    expect(bands.find((r) => r.slot === 'baseline')!.measureTitle).toMatchObject({ en: expect.stringContaining(':'), es: expect.stringContaining(':') });
    expect(baseline.length).toBe(5);
    // each section is named as people read it, in both languages
    expect(baseline.find((r) => r.measure === 'safety')!.measureTitle).toEqual({ en: 'Safety', es: 'Seguridad' });
    for (const row of baseline) expect(row.collaborative).toMatchObject({ shown: true, organisations: 3 });
    for (const row of endline) expect(row.collaborative).toMatchObject({ shown: false, reason: 'too-few-organisations' });
    // completion per team: Alder House's two small teams hidden, Birch Lane's two and Cedar Point's one shown
    const read = (await (await analyst.request('GET', `/api/v1/hub/collaboratives/${collaboratives[0]!.id}`)).json()) as {
      members: Array<{ orgId: string; name: string }>;
      timepoints: Array<{ id: string; slot: string }>;
      completion: Array<{ orgId: string; timepointId: string; kind: string; teams: Array<{ unitName: string | null; shown: boolean; answered?: number }> }>;
    };
    const baselineId = read.timepoints.find((t) => t.slot === 'baseline')!.id;
    const teamsOf = (name: string) => {
      const orgOf = read.members.find((m) => m.name === name)!.orgId;
      return read.completion.find((c) => c.orgId === orgOf && c.timepointId === baselineId && c.kind === 'staff-survey')!.teams.map((t) => [t.unitName, t.shown ? t.answered : 'hidden']);
    };
    expect(teamsOf('Alder House Refuge')).toEqual([['Children and families', 'hidden'], ['Refuge support', 'hidden']]);
    expect(teamsOf('Birch Lane Youth Services')).toEqual([['Family support', 5], ['Youth work', 5]]);
    expect(teamsOf('Cedar Point Housing')).toEqual([['Tenancy support', 8]]);
    expect(endline.length).toBe(5);
    // a second collaborative is told which organisations already take part in the first
    const hubAdmin = await signIn(buildTestApp(database).app, 'hub-admin@region.example', DEMO_PASSWORD);
    const created = (await (await hubAdmin.request('POST', '/api/v1/hub/collaboratives', { name: 'Second', startsOn: '2026-01-05', packId: 'tend.trauma-informed-audit' })).json()) as { id: string };
    const second = (await (await hubAdmin.request('GET', `/api/v1/hub/collaboratives/${created.id}`)).json()) as { inOtherCollaboratives: string[] };
    expect(second.inOtherCollaboratives).toHaveLength(DEMO_PARTNERS.length);
    const first = (await (await hubAdmin.request('GET', `/api/v1/hub/collaboratives/${collaboratives[0]!.id}`)).json()) as { inOtherCollaboratives: string[] };
    expect(first.inOtherCollaboratives).toEqual([]);
  });

  it("shares a little practice in its collaborative: a link, a story naming its organisation, an unnamed one, and a thread with a reply", async () => {
    const analyst = await signIn(buildTestApp(database).app, 'analyst@region.example', DEMO_PASSWORD);
    const { collaboratives } = (await (await analyst.request('GET', '/api/v1/hub/collaboratives')).json()) as { collaboratives: Array<{ id: string; name: string }> };
    const base = `/api/v1/hub/collaboratives/${collaboratives.find((c) => c.name === DEMO_COLLABORATIVE.name)!.id}`;
    const { items } = (await (await analyst.request('GET', `${base}/library`)).json()) as { items: Array<{ kind: string; from: { kind: string; organisation?: string } }> };
    expect(items.map((i) => [i.kind, i.from.kind, i.from.organisation])).toEqual([
      ['story', 'unnamed-member', undefined],
      ['story', 'member', DEMO_PARTNERS[0].name],
      ['link', 'hub', DEMO_HUB.name],
    ]);
    const { threads } = (await (await analyst.request('GET', `${base}/board`)).json()) as { threads: Array<{ replies: Array<{ from: { organisation?: string } }> }> };
    expect(threads).toHaveLength(1);
    expect(threads[0]!.replies.map((r) => r.from.organisation)).toEqual([DEMO_PARTNERS[2].name]);
  });

  it('publishes a standard of the built-in audit and has recognised the first partner for it', async () => {
    const analyst = await signIn(buildTestApp(database).app, 'analyst@region.example', DEMO_PASSWORD);
    const read = (await (await analyst.request('GET', '/api/v1/hub/standards')).json()) as {
      standards: Array<{ name: string; packId: string; versions: Array<{ packVersion: string; note: string }> }>;
      recognitions: Array<{ orgName: string; standardName: string }>;
    };
    expect(read.standards).toMatchObject([{ name: DEMO_STANDARD.name, packId: 'tend.trauma-informed-audit', versions: [{ note: DEMO_STANDARD.note }] }]);
    expect(read.recognitions).toMatchObject([{ orgName: DEMO_PARTNERS[0]!.name, standardName: DEMO_STANDARD.name }]);
  });

  it('goes with the demo when it is removed; another organisation stays', async () => {
    const other = await buildOrg(database, 'Stays Put');
    expect(await removeDemo(database)).toBeGreaterThan(0);
    const left = await database.db.execute(sql`SELECT id, slug FROM organisations`);
    expect(left.rows.map((r) => (r as { id: string }).id)).toEqual([other]);
    expect(left.rows.map((r) => (r as { slug: string }).slug)).not.toContain(DEMO_HUB.slug);
    const memberships = await database.db.execute(sql`SELECT count(*)::int AS n FROM hub_memberships`);
    expect((memberships.rows[0] as { n: number }).n).toBe(0);
    const rest = await database.db.execute(sql`SELECT (SELECT count(*) FROM collaborative_contributions)::int AS contributions, (SELECT count(*) FROM wellbeing_check_ins)::int AS check_ins`);
    expect(rest.rows[0]).toEqual({ contributions: 0, check_ins: 0 });
    const practice = await database.db.execute(sql`SELECT (SELECT count(*) FROM shared_practice_items)::int + (SELECT count(*) FROM shared_practice_posts)::int + (SELECT count(*) FROM hub_practice_reports)::int AS n`);
    expect((practice.rows[0] as { n: number }).n).toBe(0);
    for (const table of ['hub_standards', 'hub_standard_versions', 'hub_recognitions']) {
      const rows = await database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
      expect((rows.rows[0] as { n: number }).n, table).toBe(0);
    }
  });
});

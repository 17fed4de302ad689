import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { countRows } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { assessmentWorld, postFile, TINY_PNG } from './test-world.js';

let database: Database;
let world: Awaited<ReturnType<typeof assessmentWorld>>;
let cycleId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await assessmentWorld(database);
  cycleId = await world.openCycle('Spring review 2026');
});
afterAll(() => database.close());

const base = () => `/api/v1/assessments/cycles/${cycleId}`;
type Review = { cycle: { status: string }; sections: Array<{ id: string; note: string | null; criteria: Array<{ id: string; rating: string | null; confirmed: boolean; evidence: Array<{ kind: string; fileName: string | null; url: string | null; downloadUrl: string | null }> }> }> };
const review = async () => (await (await world.clients.admin.request('GET', `${base()}/review`)).json()) as Review;
const criterion = (r: Review, id: string) => r.sections.flatMap((s) => s.criteria).find((c) => c.id === id)!;

describe('a team review, from opening to closing', () => {
  it('the admin opens it; the lead and contributor see it, a bystander and another organisation do not', async () => {
    const { clients } = world;
    expect((await clients.contributor.request('GET', base())).status).toBe(200);
    expect((await clients.lead.request('GET', base())).status).toBe(200);
    expect((await clients.bystander.request('GET', base())).status).toBe(404);
    expect((await clients.foreign.request('GET', base())).status).toBe(404);
    expect((await clients.foreign.request('GET', `${base()}/review`)).status).toBe(404);
    const listed = async (client: typeof clients.admin) => ((await (await client.request('GET', '/api/v1/assessments/cycles')).json()) as { cycles: Array<{ id: string }> }).cycles.map((c) => c.id);
    expect(await listed(clients.contributor)).toContain(cycleId);
    expect(await listed(clients.bystander)).not.toContain(cycleId);
    expect(await listed(clients.foreign)).toEqual([]);
  });

  it('contributors rate, add text, link and file evidence; the lead confirms', async () => {
    const { clients, app } = world;
    expect((await clients.contributor.request('PUT', `${base()}/criteria/safety.1/rating`, { rating: 'amber' })).status).toBe(200);
    expect((await clients.contributor.request('PUT', `${base()}/criteria/safety.2/rating`, { rating: 'red' })).status).toBe(200);
    expect((await clients.contributor.request('POST', `${base()}/criteria/safety.1/evidence`, { kind: 'text', body: 'Lone-working policy reviewed in March' })).status).toBe(201);
    expect((await clients.contributor.request('POST', `${base()}/criteria/safety.1/evidence`, { kind: 'link', url: 'https://intranet.example.org/policy' })).status).toBe(201);
    const upload = await postFile(app, clients.contributor, `${base()}/criteria/safety.1/evidence`, 'floor-plan.png', TINY_PNG);
    expect(upload.status).toBe(201);
    expect(await upload.json()).toMatchObject({ kind: 'file', fileName: 'floor-plan.png', mediaType: 'image/png', sizeBytes: TINY_PNG.byteLength });
    expect((await clients.lead.request('POST', `${base()}/criteria/safety.1/confirm`, { rating: 'green' })).status).toBe(200);
    expect((await clients.contributor.request('POST', `${base()}/criteria/safety.2/confirm`, { rating: 'red' })).status).toBe(403);
    expect((await clients.lead.request('POST', `${base()}/criteria/safety.2/confirm`, { rating: 'red' })).status).toBe(200);
    expect((await clients.contributor.request('PUT', `${base()}/sections/safety/note`, { note: 'Early days; policies written, practice catching up' })).status).toBe(200);
    expect((await clients.contributor.request('POST', `${base()}/criteria/safety.2/comments`, { body: 'We need a quiet room' })).status).toBe(201);

    const r = await review();
    expect(criterion(r, 'safety.1')).toMatchObject({ rating: 'green', confirmed: true });
    expect(criterion(r, 'safety.1').evidence.map((e) => e.kind)).toEqual(['text', 'link', 'file']);
    expect(r.sections[0]!.note).toBe('Early days; policies written, practice catching up');

    const download = await clients.lead.request('GET', criterion(r, 'safety.1').evidence[2]!.downloadUrl!);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('attachment');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await download.arrayBuffer()).equals(TINY_PNG)).toBe(true);
    expect((await clients.bystander.request('GET', criterion(r, 'safety.1').evidence[2]!.downloadUrl!)).status).toBe(404);
    expect((await clients.foreign.request('GET', criterion(r, 'safety.1').evidence[2]!.downloadUrl!)).status).toBe(404);
  });

  it('a changed rating needs confirming again', async () => {
    await world.clients.contributor.request('PUT', `${base()}/criteria/safety.2/rating`, { rating: 'amber' });
    expect(criterion(await review(), 'safety.2')).toMatchObject({ rating: 'amber', confirmed: false });
    await world.clients.lead.request('POST', `${base()}/criteria/safety.2/confirm`, { rating: 'red' });
    expect(criterion(await review(), 'safety.2')).toMatchObject({ rating: 'red', confirmed: true });
  });

  it('bad input is named and changes nothing', async () => {
    const { clients, app, orgId } = world;
    const before = await review();
    const evidenceBefore = await countRows(database, 'assessment_evidence', orgId);
    const auditBefore = await countRows(database, 'audit_events', orgId);
    const problem = async (response: Response, status: number, field: string) => {
      expect(response.status).toBe(status);
      const body = (await response.json()) as { errors: Array<{ field: string }> };
      expect(body.errors.map((e) => e.field)).toContain(field);
    };
    await problem(await clients.contributor.request('PUT', `${base()}/criteria/safety.3/rating`, { rating: 'purple' }), 400, 'rating');
    await problem(await clients.contributor.request('PUT', `${base()}/criteria/policies.1/rating`, { rating: 'red' }), 400, 'criterionId');
    await problem(await clients.contributor.request('POST', `${base()}/criteria/safety.3/evidence`, { kind: 'link', url: 'javascript:alert(1)' }), 400, 'url');
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x61);
    await problem(await postFile(app, clients.contributor, `${base()}/criteria/safety.3/evidence`, 'minutes.txt', big), 413, 'file');
    await problem(await postFile(app, clients.contributor, `${base()}/criteria/safety.3/evidence`, 'policy.pdf', Buffer.from('<script>alert(1)</script>')), 400, 'file');
    await problem(await clients.contributor.request('PUT', `${base()}/sections/nowhere/note`, { note: 'x' }), 400, 'sectionId');
    expect(await review()).toEqual(before);
    expect(await countRows(database, 'assessment_evidence', orgId)).toBe(evidenceBefore);
    expect(await countRows(database, 'audit_events', orgId)).toBe(auditBefore);
  });

  it('a bystander and another organisation change nothing', async () => {
    const { clients } = world;
    expect((await clients.bystander.request('PUT', `${base()}/criteria/safety.3/rating`, { rating: 'red' })).status).toBe(404);
    expect((await clients.foreign.request('PUT', `${base()}/criteria/safety.3/rating`, { rating: 'red' })).status).toBe(404);
    expect((await clients.foreign.request('POST', `${base()}/close`)).status).toBe(404);
    expect((await clients.admin.request('PUT', `${base()}/criteria/safety.3/rating`, { rating: 'red' })).status).toBe(403);
    expect(criterion(await review(), 'safety.3').rating).toBeNull();
  });

  it('the lead closes it; a closed cycle takes no more ratings; every change is in the audit trail', async () => {
    const { clients, orgId } = world;
    const closed = await clients.lead.request('POST', `${base()}/close`);
    expect(closed.status).toBe(200);
    expect(((await closed.json()) as { status: string }).status).toBe('closed');
    expect((await clients.contributor.request('PUT', `${base()}/criteria/safety.3/rating`, { rating: 'red' })).status).toBe(409);
    expect((await clients.lead.request('POST', `${base()}/close`)).status).toBe(409);
    const types = await database.db.execute(`select type from audit_events where org_id = '${orgId}'`);
    const seen = new Set((types.rows as Array<{ type: string }>).map((r) => r.type));
    for (const type of ['assessment.cycle-opened', 'assessment.rated', 'assessment.confirmed', 'assessment.evidence-added', 'assessment.note-updated', 'assessment.commented', 'assessment.cycle-closed']) {
      expect(seen).toContain(type);
    }
  });
});

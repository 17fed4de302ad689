import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import { readPublicationJson } from '../../platform/publication/index.js';
import { anonymous, buildHub, buildOrg, buildPerson, buildTestApp, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { auditValues, bandValues } from '../collaboratives/contribution-values.js';
import { collaborativeContributions } from '../collaboratives/schema.js';
import { loadInstrumentPack } from '../instruments/test-packs.js';
import { CONSENT_STATEMENT_VERSION } from '../hub/model.js';
import { hubPublications } from './schema.js';

/**
 * Open data through the real routes: a hub with three consenting organisations in one
 * collaborative, each with a released baseline figure of six people (written as the contribution
 * the survey's release would write), an audit's safety section reviewed by six people and six
 * people's check-in bands (written by the functions the audit and band sending use), and at the
 * endline bands where one organisation has too few people. A hub admin publishes every kind;
 * anyone reads; noise spends the hub's
 * budget and is refused past it; a revoked organisation is in no later publication; analysts,
 * organisations and strangers cannot publish.
 */

type Page = {
  version: number;
  epsilon: number | null;
  summary: { heading: string; about: string[]; figures: string[] };
  document: {
    metadata: { format: number; noise: { applied: boolean }; language: string };
    rows: Array<{
      figure_id: string;
      status: string;
      measure_kind: string;
      count: number | null;
      count_unit: string;
      organisations: number | null;
      mean: number | null;
      scale_min: number;
      scale_max: number;
      baseline_timepoint: string | null;
      change_since_baseline: number | null;
      not_shown_reason: string | null;
      measure: string;
    }>;
  };
};

let database: Database;
let app: TestApp;
let hubId: string;
let hubAdmin: Client;
let analyst: Client;
let stranger: Client;
const orgs: Array<{ id: string; admin: Client }> = [];
let collaborativeId: string;
let firstId: string;
const AUDIT_COUNTS = [
  { red: 0, amber: 1, green: 2 },
  { red: 1, amber: 1, green: 1 },
  { red: 0, amber: 0, green: 3 },
];
const BANDS = [{ id: 'few' }, { id: 'some' }, { id: 'many' }];
const BAND_COUNTS = [
  { few: 4, some: 1, many: 1 },
  { few: 3, some: 2, many: 1 },
  { few: 2, some: 2, many: 2 },
];
const AUDIT = 'audit:test.assessment:safety';
const band = (id: string) => `bands:tend.sts-self-check:total:${id}`;
const json = async <T>(response: Response) => (await response.json()) as T;
const publish = (body: unknown, who: Client = hubAdmin) => who.request('POST', `/api/v1/hub/collaboratives/${collaborativeId}/publications`, body);
const page = async (id: string) => json<Page>(await stranger.request('GET', `/api/v1/open-data/publications/${id}`));
const stored = async () => database.db.select().from(hubPublications).where(eq(hubPublications.hubId, hubId));

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = buildTestApp(database));
  stranger = anonymous(app);
  await installPack(database.db, minimalAssessmentPack());
  await installPack(database.db, await loadInstrumentPack('sts-self-check'));
  hubId = await buildHub(database, 'Lakeside Region Hub');
  hubAdmin = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_admin'] })).email);
  analyst = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_analyst'] })).email);
  const created = await hubAdmin.request('POST', '/api/v1/hub/collaboratives', { name: 'Calm Spaces', startsOn: '2026-01-05', packId: 'test.assessment' });
  collaborativeId = (await json<{ id: string }>(created)).id;
  const { timepoints } = await json<{ timepoints: Array<{ id: string; slot: string }> }>(await hubAdmin.request('GET', `/api/v1/hub/collaboratives/${collaborativeId}`));
  const baseline = timepoints.find((t) => t.slot === 'baseline')!.id;
  const endline = timepoints.find((t) => t.slot === 'endline')!.id;
  for (const [k, name] of ['Alder House', 'Birch Centre', 'Cedar Lodge'].entries()) {
    const id = await buildOrg(database, name);
    const admin = await signIn(app, (await buildPerson(database, id, { roles: ['org_admin'] })).email);
    orgs.push({ id, admin });
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId: id })).status).toBe(201);
    expect((await admin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(200);
    expect((await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${collaborativeId}/members`, { orgId: id })).status).toBe(201);
    // six people rated 2, 3 and 4 on average: means 2, 3, 4 → pooled 3
    await database.db.insert(collaborativeContributions).values({ hubId, orgId: id, timepointId: baseline, slot: 'baseline', measure: 'safety', cell: 'all', n: 6, sum: 6 * (k + 2), people: 6 });
    // the audit's three safety criteria, reviewed by six: 5, 3 and 6 points of 6 → pooled 14 / 9
    const audit = auditValues('test.assessment', [{ id: 'safety', counts: AUDIT_COUNTS[k]! }], 6);
    // six people's check-ins at baseline: few, some, many → pooled 9, 5 and 4 of 18; at the
    // endline Cedar Lodge has three people counting theirs, too few for the hub's group of five
    const bands = (people: number, counts: Record<string, number>) => bandValues([{ instrumentId: 'tend.sts-self-check', scales: [{ scaleId: 'total', bands: BANDS, whole: { shown: true, people, counts } }] }]);
    const rows = [
      ...audit.map((v) => ({ timepointId: baseline, slot: 'baseline', kind: 'audit', ...v })),
      ...bands(6, BAND_COUNTS[k]!).map((v) => ({ timepointId: baseline, slot: 'baseline', kind: 'check-in-bands', ...v })),
      ...bands(k === 2 ? 3 : 6, k === 2 ? { few: 1, some: 1, many: 1 } : { few: 2, some: 2, many: 2 }).map((v) => ({ timepointId: endline, slot: 'endline', kind: 'check-in-bands', ...v })),
    ];
    await database.db.insert(collaborativeContributions).values(rows.map((r) => ({ hubId, orgId: id, cell: 'all', ...r })));
  }
}, 180_000);
afterAll(() => database.close());

describe('publishing open data', () => {
  it('only a hub admin publishes: an analyst is told why (403), an organisation and a stranger find nothing (404, 401); bad input names the field', async () => {
    expect((await publish({ language: 'en' }, analyst)).status).toBe(403);
    expect((await publish({ language: 'en' }, orgs[0]!.admin)).status).toBe(404);
    expect((await publish({ language: 'en' }, stranger)).status).toBe(401);
    const bad = await publish({ language: 'fr', epsilon: -1 });
    expect(bad.status).toBe(400);
    const fields = (await json<{ errors: Array<{ field: string }> }>(bad)).errors.map((e) => e.field).sort();
    expect(fields).toEqual(['epsilon', 'language']);
    expect((await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${orgs[0]!.id}/publications`, { language: 'en' })).status).toBe(404);
    expect(await stored()).toHaveLength(0);
  });

  it('a hub that no organisation has shared a figure with has nothing to publish (409, nothing stored)', async () => {
    const quietHub = await buildHub(database, 'Quiet Valley Hub');
    const quietAdmin = await signIn(app, (await buildPerson(database, quietHub, { roles: ['hub_admin'] })).email);
    const created = await quietAdmin.request('POST', '/api/v1/hub/collaboratives', { name: 'First Steps', startsOn: '2026-01-05', packId: 'test.assessment' });
    const quiet = (await json<{ id: string }>(created)).id;
    const refused = await quietAdmin.request('POST', `/api/v1/hub/collaboratives/${quiet}/publications`, { language: 'en' });
    expect(refused.status).toBe(409);
    expect((await json<{ title: string }>(refused)).title).toMatch(/nothing to publish yet/);
    expect(await database.db.select().from(hubPublications).where(eq(hubPublications.hubId, quietHub))).toHaveLength(0);
  });

  it('an exact publication: anyone reads its summary, CSV, JSON and dictionary; hidden figures carry their reason and no number', async () => {
    const created = await publish({ language: 'en' });
    expect(created.status).toBe(201);
    const { id, version } = await json<{ id: string; version: number }>(created);
    expect(version).toBe(1);
    firstId = id;
    const listed = await json<{ publications: Array<{ id: string; hub: string; collaborative: { name: string } }> }>(await stranger.request('GET', '/api/v1/open-data/publications'));
    expect(listed.publications.map((p) => [p.id, p.hub, p.collaborative.name])).toEqual([[id, 'Lakeside Region Hub', 'Calm Spaces']]);

    const read = await page(id);
    expect(read.epsilon).toBeNull();
    expect(read.document.metadata.noise.applied).toBe(false);
    const baseline = read.document.rows.find((r) => r.figure_id === 'collaborative/baseline/safety')!;
    expect(baseline).toMatchObject({ status: 'shown', count: 18, count_unit: 'ratings', organisations: 3, mean: 3, measure: 'Safety' });
    const endline = read.document.rows.find((r) => r.figure_id === 'collaborative/endline/safety')!;
    expect(endline).toMatchObject({ status: 'not_shown', count: null, organisations: null, mean: null });
    expect(endline.not_shown_reason).not.toBeNull();
    expect(read.summary.figures.some((s) => s.includes('18 ratings') && s.includes('3 organisations'))).toBe(true);

    const csv = await stranger.request('GET', `/api/v1/open-data/publications/${id}/data.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^figure_id,collaborative,timepoint,/);
    expect(lines).toHaveLength(read.document.rows.length + 1);
    const file = readPublicationJson(await (await stranger.request('GET', `/api/v1/open-data/publications/${id}/data.json`)).text());
    expect(file.rows).toEqual(read.document.rows);
    const dictionary = await (await stranger.request('GET', `/api/v1/open-data/publications/${id}/dictionary.csv`)).text();
    expect(dictionary).toContain('not_shown_reason');
    expect((await stranger.request('GET', '/api/v1/open-data/publications/0190a0c4-0000-7000-8000-000000000000')).status).toBe(404);
  });

  it("publishes the audit's section and the check-in bands beside the survey: each row says its kind, a band reads as a share, a hidden band keeps its reason, no organisation is named", async () => {
    const id = firstId;
    const read = await page(id);
    expect(read.document.metadata.format).toBe(2);
    const row = (figureId: string) => read.document.rows.find((r) => r.figure_id === figureId)!;
    expect(row('collaborative/baseline/safety').measure_kind).toBe('staff-survey');
    expect(row(`collaborative/baseline/${AUDIT}`)).toMatchObject({
      status: 'shown',
      measure_kind: 'audit',
      measure: 'Safety (Test assessment)',
      count: 9,
      count_unit: 'ratings',
      organisations: 3,
      mean: 1.56,
      scale_min: 0,
      scale_max: 2,
    });
    const few = row(`collaborative/baseline/${band('few')}`);
    expect(few).toMatchObject({ status: 'shown', measure_kind: 'check-in-bands', count: 18, count_unit: 'people', organisations: 3, mean: 0.5, scale_min: 0, scale_max: 1 });
    expect(few.measure).toBe('Signs noticed over the past two weeks: Few signs right now (How you are doing: signs of secondary traumatic stress)');
    expect(row(`collaborative/baseline/${band('many')}`)).toMatchObject({ count: 18, mean: 0.22 });
    expect(row(`collaborative/baseline/${band('none')}`)).toMatchObject({ status: 'shown', mean: 0 });
    // Cedar Lodge's three people hide every endline band, with the reason and no number
    for (const b of ['few', 'some', 'many', 'none']) {
      expect(row(`collaborative/endline/${band(b)}`)).toMatchObject({
        status: 'not_shown',
        measure_kind: 'check-in-bands',
        count: null,
        organisations: null,
        mean: null,
        baseline_timepoint: 'Baseline',
        change_since_baseline: null,
        not_shown_reason: 'too-few-people',
      });
    }
    expect(read.summary.figures).toContain(
      'Calm Spaces, Signs noticed over the past two weeks: Few signs right now (How you are doing: signs of secondary traumatic stress) (People who count their check-ins): at Baseline (5 January 2026), 50% of the 18 people across 3 organisations were in this band.',
    );
    expect(read.summary.figures.some((f) => f.startsWith('Calm Spaces, Safety (Test assessment)') && f.includes('9 ratings') && f.includes('0: every criterion red; 2: every criterion green'))).toBe(true);
    // every kind is pooled: no row from one organisation, and no organisation named in any file
    for (const r of read.document.rows) expect(r.organisations === null || r.organisations >= 3).toBe(true);
    const files = await Promise.all(['data.csv', 'data.json'].map(async (f) => (await stranger.request('GET', `/api/v1/open-data/publications/${id}/${f}`)).text()));
    const csv = files[0]!.replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toContain(',measure,measure_kind,cell,');
    expect(csv).toContain(',check-in-bands,');
    for (const text of [...files, ...read.summary.figures]) {
      for (const org of ['Alder House', 'Birch Centre', 'Cedar Lodge', ...orgs.map((o) => o.id)]) expect(text).not.toContain(org);
    }
    const dictionary = await (await stranger.request('GET', `/api/v1/open-data/publications/${id}/dictionary.csv`)).text();
    expect(dictionary).toContain('measure_kind');
  });

  it("noise spends the hub's budget: a second release that would pass it is refused and nothing is stored", async () => {
    const noisy = await publish({ language: 'es', epsilon: 6 });
    expect(noisy.status).toBe(201);
    const read = await page((await json<{ id: string }>(noisy)).id);
    expect(read).toMatchObject({ version: 2, epsilon: 6 });
    expect(read.document.metadata).toMatchObject({ language: 'es', noise: { applied: true } });
    // noise keeps each kind on its scale, and a hidden band hidden
    for (const r of read.document.rows.filter((r) => r.status === 'shown')) expect(r.mean! >= r.scale_min && r.mean! <= r.scale_max).toBe(true);
    expect(read.document.rows.find((r) => r.figure_id === `collaborative/endline/${band('few')}`)).toMatchObject({ status: 'not_shown', mean: null });
    expect(read.summary.figures.some((f) => / de las \d+ personas de \d+ organizaciones estaban en esta banda/.test(f))).toBe(true);
    const refused = await publish({ language: 'en', epsilon: 6 });
    expect(refused.status).toBe(409);
    expect((await json<{ errors: Array<{ field: string; problem: string }> }>(refused)).errors).toMatchObject([{ field: 'epsilon', problem: 'must be at most 4' }]);
    expect(await stored()).toHaveLength(2);
    const mine = await json<{ publications: unknown[]; budget: { total: number; spent: number; remaining: number } }>(await analyst.request('GET', `/api/v1/hub/collaboratives/${collaborativeId}/publications`));
    expect(mine.budget).toEqual({ total: 10, spent: 6, remaining: 4 });
    expect(mine.publications).toHaveLength(2);
    // exact figures spend nothing
    expect((await publish({ language: 'en' })).status).toBe(201);
  });

  it('after an organisation revokes its consent, the next publication pools it nowhere; what was published stays', async () => {
    expect((await orgs[2]!.admin.request('POST', `/api/v1/org/hubs/${hubId}/revoke`)).status).toBe(200);
    const { id } = await json<{ id: string }>(await publish({ language: 'en' }));
    const after = await page(id);
    for (const row of after.document.rows) expect(row.status).toBe('not_shown');
    expect(after.document.rows.find((r) => r.figure_id === 'collaborative/baseline/safety')!.not_shown_reason).toBe('too-few-organisations');
    const first = (await stored()).find((p) => p.version === 1)!;
    expect((await page(first.id)).document.rows.find((r) => r.figure_id === 'collaborative/baseline/safety')!.status).toBe('shown');
  });

  it('still reads a publication stored before files said their kind (format 1): its rows are the staff survey\'s', async () => {
    const first = (await stored()).find((p) => p.version === 1)!;
    const document = first.document as { metadata: Record<string, unknown>; rows: Array<Record<string, unknown>> };
    const { format: _format, ...metadata } = document.metadata;
    const survey = document.rows.filter((r) => r.measure_kind === 'staff-survey').map(({ measure_kind: _kind, ...row }) => row);
    const id = uuidv7();
    await database.db.insert(hubPublications).values({ ...first, id, version: 99, document: { metadata: { ...metadata, figures: { total: survey.length, shown: 1, notShown: survey.length - 1 } }, rows: survey } });
    const read = await page(id);
    expect(read.document.metadata.format).toBe(1);
    expect(read.document.rows.map((r) => r.measure_kind)).toEqual(survey.map(() => 'staff-survey'));
    const csv = await (await stranger.request('GET', `/api/v1/open-data/publications/${id}/data.csv`)).text();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toContain(',measure_kind,');
  });
});

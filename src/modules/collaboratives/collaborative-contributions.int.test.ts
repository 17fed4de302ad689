import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import { buildHub, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { criterionRatings } from '../assessments/schema.js';
import { CONSENT_STATEMENT_VERSION } from '../hub/model.js';
import { loadInstrumentPack } from '../instruments/test-packs.js';
import { checkIns, wellbeingSpaces } from '../wellbeing/schema.js';
import { collaborativeContributions } from './schema.js';

/**
 * The audit and the check-in bands through the real routes: a hub and four organisations (A–C
 * consent and take part, D is invited only), each with an admin and five workers who review
 * together and check in. What the hub receives, who may send it, what is refused and why, and
 * that the hub's figure shows only once the cross-organisation gate allows it.
 */

type Figure = { shown: true; mean: number; n: number; organisations: number } | { shown: false; reason: string };
type Row = { slot: string; kind: string; measure: string; measureTitle: Record<string, string>; own?: Figure; collaborative: Figure; hub: Figure };
type Problem = { errors?: Array<{ field: string; problem: string }> };

let database: Database;
let app: TestApp;
let hubId: string;
let hubAdmin: Client;
let analyst: Client;
const orgs: Array<{ id: string; admin: Client; worker: Client; people: string[] }> = [];
let collaborativeId: string;
let baseline: string;
let endline: string;
const today = new Date().toISOString().slice(0, 10);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const json = async <T>(response: Response) => (await response.json()) as T;
const orgPath = (tail: string) => `/api/v1/org/hubs/${hubId}/collaborative${tail}`;
const linkAudit = (client: Client, timepointId: string, cycleId: string) => client.request('POST', orgPath(`/timepoints/${timepointId}/audit`), { cycleId });
const sendBands = (client: Client, timepointId: string) => client.request('POST', orgPath(`/timepoints/${timepointId}/check-in-bands`));
const hubRows = async () => (await json<{ rows: Row[] }>(await analyst.request('GET', `/api/v1/hub/collaboratives/${collaborativeId}/benchmarks`))).rows;
const contributionsOf = (orgId: string, kind: string) =>
  database.db.select().from(collaborativeContributions).where(and(eq(collaborativeContributions.orgId, orgId), eq(collaborativeContributions.kind, kind)));

/** Opens a team review in org i (its five people review it), confirms the ratings given, and closes it unless told not to. */
async function review(i: number, ratings: Record<string, 'red' | 'amber' | 'green'>, options: { close?: boolean; unitId?: string | null; mode?: string } = {}) {
  const org = orgs[i]!;
  const [lead, ...contributors] = org.people;
  const opened = await org.admin.request('POST', '/api/v1/assessments/cycles', {
    packId: 'test.assessment',
    title: 'Whole-organisation audit',
    unitId: options.unitId ?? null,
    mode: options.mode ?? 'team-review',
    opensOn: day(-7),
    closesOn: day(7),
    leadPersonId: lead,
    contributorIds: options.mode === 'staff-survey' ? [] : contributors,
  });
  expect(opened.status, await opened.clone().text()).toBe(201);
  const cycleId = (await json<{ id: string }>(opened)).id;
  const now = new Date();
  const rows = Object.entries(ratings).map(([criterionId, rating]) => ({ orgId: org.id, cycleId, criterionId, rating, ratedByPersonId: lead!, ratedAt: now, confirmedAt: now, confirmedByPersonId: lead! }));
  if (rows.length > 0) await database.db.insert(criterionRatings).values(rows);
  if (options.close !== false) expect((await org.admin.request('POST', `/api/v1/assessments/cycles/${cycleId}/close`)).status).toBe(200);
  return cycleId;
}

/** The five people of org i check in today (sts-self-check, every answer `values[k]`), the first `contributing` of them counting their results. */
async function checkInAll(i: number, values: number[], contributing: number) {
  const org = orgs[i]!;
  for (const [k, personId] of org.people.entries()) {
    await database.db
      .insert(wellbeingSpaces)
      .values({ orgId: org.id, personId, contributesToFigures: k < contributing })
      .onConflictDoUpdate({ target: [wellbeingSpaces.orgId, wellbeingSpaces.personId], set: { contributesToFigures: k < contributing } });
  }
  await database.db.insert(checkIns).values(
    org.people.map((personId, k) => ({
      orgId: org.id,
      id: uuidv7(),
      personId,
      instrumentId: 'tend.sts-self-check',
      instrumentVersion: '1.0.0',
      answers: Object.fromEntries(Array.from({ length: 10 }, (_, q) => [`sts.${q + 1}`, values[k]!])),
      unitId: null,
      submittedOn: today,
    })),
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = buildTestApp(database));
  await installPack(database.db, minimalAssessmentPack());
  await installPack(database.db, await loadInstrumentPack('sts-self-check'));
  hubId = await buildHub(database, 'Riverside Hub');
  hubAdmin = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_admin'] })).email);
  analyst = await signIn(app, (await buildPerson(database, hubId, { roles: ['hub_analyst'] })).email);
  for (const name of ['Ash House', 'Beech Centre', 'Cherry Lodge', 'Dogwood Home']) {
    const id = await buildOrg(database, name);
    const admin = await signIn(app, (await buildPerson(database, id, { roles: ['org_admin'] })).email);
    const people = [];
    for (let k = 0; k < 5; k++) people.push(await buildPerson(database, id, { roles: ['worker'] }));
    orgs.push({ id, admin, worker: await signIn(app, people[0]!.email), people: people.map((p) => p.personId) });
    expect((await hubAdmin.request('POST', '/api/v1/hub/members', { orgId: id })).status).toBe(201);
  }
  for (const org of orgs.slice(0, 3)) expect((await org.admin.request('POST', `/api/v1/org/hubs/${hubId}/consent`, { statementVersion: CONSENT_STATEMENT_VERSION })).status).toBe(200);
  const created = await hubAdmin.request('POST', '/api/v1/hub/collaboratives', { name: 'Steady Ground', startsOn: today, packId: 'test.assessment' });
  collaborativeId = (await json<{ id: string }>(created)).id;
  for (const org of orgs.slice(0, 3)) expect((await hubAdmin.request('POST', `/api/v1/hub/collaboratives/${collaborativeId}/members`, { orgId: org.id })).status).toBe(201);
  const read = await json<{ timepoints: Array<{ id: string; slot: string }> }>(await hubAdmin.request('GET', `/api/v1/hub/collaboratives/${collaborativeId}`));
  baseline = read.timepoints.find((t) => t.slot === 'baseline')!.id;
  endline = read.timepoints.find((t) => t.slot === 'endline')!.id;
  // the baseline asks for all three; the endline (a year ahead) for the survey and the bands
  expect((await hubAdmin.request('PATCH', `/api/v1/hub/collaborative-timepoints/${baseline}`, { kinds: ['staff-survey', 'audit', 'check-in-bands'] })).status).toBe(204);
  expect((await hubAdmin.request('PATCH', `/api/v1/hub/collaborative-timepoints/${endline}`, { kinds: ['staff-survey', 'check-in-bands'] })).status).toBe(204);
}, 180_000);
afterAll(() => database.close());

describe('an audit becomes a contribution', () => {
  it('refuses an audit still open with a 409 naming cycleId, and changes nothing', async () => {
    const open = await review(0, { 'safety.1': 'green' }, { close: false });
    const refused = await linkAudit(orgs[0]!.admin, baseline, open);
    expect(refused.status).toBe(409);
    expect((await json<Problem>(refused)).errors).toMatchObject([{ field: 'cycleId', problem: 'is still open' }]);
    expect(await contributionsOf(orgs[0]!.id, 'audit')).toEqual([]);
  });

  it("refuses a unit's review, a staff survey, one with nothing confirmed, and a timepoint that does not ask for an audit (409, each naming its field)", async () => {
    const unitId = await buildUnit(database, orgs[0]!.id, { name: 'North team' });
    const cases: Array<[string, string, string]> = [
      [await review(0, { 'safety.1': 'green' }, { unitId }), baseline, 'cycleId'],
      [await review(0, {}, { mode: 'staff-survey' }), baseline, 'cycleId'],
      [await review(0, {}), baseline, 'cycleId'],
      [await review(0, { 'safety.1': 'green' }), endline, 'timepointId'],
    ];
    for (const [cycleId, timepointId, field] of cases) {
      const refused = await linkAudit(orgs[0]!.admin, timepointId, cycleId);
      expect(refused.status).toBe(409);
      expect((await json<Problem>(refused)).errors?.[0]?.field).toBe(field);
    }
    expect(await contributionsOf(orgs[0]!.id, 'audit')).toEqual([]);
  });

  it('lets no one but the organisation’s admin link it: a worker (403), the hub’s analyst and admin (404), another organisation’s admin (404), a non-consenting one (404)', async () => {
    const cycleId = await review(0, { 'safety.1': 'green' });
    expect((await linkAudit(orgs[0]!.worker, baseline, cycleId)).status).toBe(403);
    expect((await linkAudit(analyst, baseline, cycleId)).status).toBe(404);
    expect((await linkAudit(hubAdmin, baseline, cycleId)).status).toBe(404);
    // B's admin cannot name A's audit: it is not one of B's
    expect((await linkAudit(orgs[1]!.admin, baseline, cycleId)).status).toBe(404);
    // D has not consented: no collaborative to link to
    expect((await linkAudit(orgs[3]!.admin, baseline, await review(3, { 'safety.1': 'green' }))).status).toBe(404);
    expect(await contributionsOf(orgs[0]!.id, 'audit')).toEqual([]);
  });

  it("links a closed whole-organisation audit: per section the rated criteria and their points, with its five reviewers as people, and no person's id", async () => {
    const cycleId = await review(0, { 'safety.1': 'green', 'safety.2': 'amber', 'safety.3': 'red', 'trust.1': 'green' });
    expect(await json(await linkAudit(orgs[0]!.admin, baseline, cycleId))).toEqual({ contributed: 2 });
    const stored = await contributionsOf(orgs[0]!.id, 'audit');
    expect(stored.map((r) => [r.measure, r.n, r.sum, r.people]).sort()).toEqual([
      ['audit:test.assessment:safety', 3, 3, 5],
      ['audit:test.assessment:trust', 1, 2, 5],
    ]);
    const text = JSON.stringify(stored);
    for (const personId of orgs[0]!.people) expect(text).not.toContain(personId);
    expect(text).not.toContain(cycleId);
    // once per timepoint: a second audit is refused, the first stands
    const again = await linkAudit(orgs[0]!.admin, baseline, await review(0, { 'safety.1': 'red' }));
    expect(again.status).toBe(409);
    expect((await json<Problem>(again)).errors?.[0]?.field).toBe('timepointId');
    const mine = await json<{ timepoints: Array<{ id: string; auditCycleId: string | null; auditContributed: boolean }> }>(await orgs[0]!.admin.request('GET', orgPath('')));
    expect(mine.timepoints.find((t) => t.id === baseline)).toMatchObject({ auditCycleId: cycleId, auditContributed: true });
  });

  it('shows the hub’s audit figure only once three organisations contributed; the organisation sees its own beside it', async () => {
    const safety = () => hubRows().then((rows) => rows.find((r) => r.slot === 'baseline' && r.measure === 'audit:test.assessment:safety')!);
    expect((await safety()).hub).toMatchObject({ shown: false, reason: 'too-few-organisations' });
    expect(await json(await linkAudit(orgs[1]!.admin, baseline, await review(1, { 'safety.1': 'green', 'safety.2': 'green', 'safety.3': 'green' })))).toEqual({ contributed: 1 });
    expect((await safety()).hub).toMatchObject({ shown: false, reason: 'too-few-organisations' });
    expect(await json(await linkAudit(orgs[2]!.admin, baseline, await review(2, { 'safety.1': 'amber', 'safety.2': 'amber', 'safety.3': 'amber' })))).toEqual({ contributed: 1 });
    const row = await safety();
    expect(row.kind).toBe('audit');
    expect(row.measureTitle.en).toContain('Safety');
    // (3 + 6 + 3) points over 9 rated criteria
    expect(row.hub).toMatchObject({ shown: true, n: 9, organisations: 3, mean: 1.33 });
    // trust: only A rated it, so it stays hidden
    await expect(hubRows().then((rows) => rows.find((r) => r.measure === 'audit:test.assessment:trust')!.hub)).resolves.toMatchObject({ shown: false });
    const own = await json<{ rows: Row[] }>(await orgs[1]!.admin.request('GET', orgPath('/benchmarks')));
    expect(own.rows.find((r) => r.slot === 'baseline' && r.measure === 'audit:test.assessment:safety')).toMatchObject({ own: { shown: true, mean: 2 }, hub: { shown: true } });
  });
});

describe('check-in band counts become a contribution', () => {
  it('sends nothing while nobody has chosen to count their results (and it can be tried again later)', async () => {
    await checkInAll(2, [1, 1, 3, 3, 3], 0);
    expect(await json(await sendBands(orgs[2]!.admin, baseline))).toMatchObject({ contributed: 0 });
    expect(await contributionsOf(orgs[2]!.id, 'check-in-bands')).toEqual([]);
  });

  it("refuses a timepoint whose quarter has not started (409 naming timepointId), and lets no one but the organisation's admin send them", async () => {
    const early = await sendBands(orgs[0]!.admin, endline);
    expect(early.status).toBe(409);
    expect((await json<Problem>(early)).errors?.[0]?.field).toBe('timepointId');
    expect((await sendBands(orgs[0]!.worker, baseline)).status).toBe(403);
    expect((await sendBands(analyst, baseline)).status).toBe(404);
    expect((await sendBands(orgs[3]!.admin, baseline)).status).toBe(404);
    expect(await contributionsOf(orgs[0]!.id, 'check-in-bands')).toEqual([]);
  });

  it("sends, per band, how many contributors fell in it as the organisation's gate shows them: never a person's row", async () => {
    await checkInAll(0, [1, 1, 1, 3, 3], 5);
    expect(await json(await sendBands(orgs[0]!.admin, baseline))).toMatchObject({ contributed: 4 });
    const stored = await contributionsOf(orgs[0]!.id, 'check-in-bands');
    // every answer 1 totals 10 (few), every answer 3 totals 30 (many)
    expect(stored.map((r) => [r.measure, r.n, r.sum, r.people]).sort()).toEqual([
      ['bands:tend.sts-self-check:total:few', 5, 3, 5],
      ['bands:tend.sts-self-check:total:many', 5, 2, 5],
      ['bands:tend.sts-self-check:total:none', 5, 0, 5],
      ['bands:tend.sts-self-check:total:some', 5, 0, 5],
    ]);
    const text = JSON.stringify(stored);
    for (const personId of orgs[0]!.people) expect(text).not.toContain(personId);
    expect((await sendBands(orgs[0]!.admin, baseline)).status).toBe(409);
  });

  it('sends nothing when the organisation’s own gate hides its group (too few contributors)', async () => {
    await checkInAll(1, [1, 1, 1, 1, 1], 3);
    expect(await json(await sendBands(orgs[1]!.admin, baseline))).toMatchObject({ contributed: 0 });
  });

  it('shows the hub’s band figures (a share of contributors) only once three organisations sent theirs, and the hub counts who took part', async () => {
    const few = () => hubRows().then((rows) => rows.find((r) => r.slot === 'baseline' && r.measure === 'bands:tend.sts-self-check:total:few')!);
    expect((await few()).hub).toMatchObject({ shown: false, reason: 'too-few-organisations' });
    await checkInAll(1, [1, 1, 1, 1, 1], 5);
    expect(await json(await sendBands(orgs[1]!.admin, baseline))).toMatchObject({ contributed: 4 });
    await checkInAll(2, [3, 3, 3, 3, 3], 5);
    expect(await json(await sendBands(orgs[2]!.admin, baseline))).toMatchObject({ contributed: 4 });
    const row = await few();
    expect(row.kind).toBe('check-in-bands');
    expect(row.measureTitle).toMatchObject({ en: expect.any(String), es: expect.any(String) });
    // A's latest check-ins: 3 of 5 few; B's: 5 of 5; C's: 0 of 5 → 8 of 15
    expect(row.hub).toMatchObject({ shown: true, n: 15, organisations: 3, mean: 0.53 });
    const hub = await json<{ completion: Array<{ orgId: string; timepointId: string; kind: string; contributed: boolean; asked: { shown: boolean; value?: number } }> }>(
      await analyst.request('GET', `/api/v1/hub/collaboratives/${collaborativeId}`),
    );
    const baselineKinds = hub.completion.filter((c) => c.timepointId === baseline);
    expect(baselineKinds.filter((c) => c.kind === 'audit').map((c) => c.orgId).sort()).toEqual(orgs.slice(0, 3).map((o) => o.id).sort());
    expect(baselineKinds.filter((c) => c.kind === 'check-in-bands')).toHaveLength(3);
    expect(baselineKinds.find((c) => c.kind === 'check-in-bands')).toMatchObject({ contributed: true, asked: { shown: true, value: 5 } });
  });

  it('after an organisation revokes its consent, it can send nothing more (404), and what it sent stays', async () => {
    const before = (await contributionsOf(orgs[0]!.id, 'check-in-bands')).length + (await contributionsOf(orgs[0]!.id, 'audit')).length;
    expect((await orgs[0]!.admin.request('POST', `/api/v1/org/hubs/${hubId}/revoke`)).status).toBe(200);
    expect((await sendBands(orgs[0]!.admin, endline)).status).toBe(404);
    expect((await linkAudit(orgs[0]!.admin, baseline, await review(0, { 'safety.1': 'green' }))).status).toBe(404);
    expect((await contributionsOf(orgs[0]!.id, 'check-in-bands')).length + (await contributionsOf(orgs[0]!.id, 'audit')).length).toBe(before);
  });
});

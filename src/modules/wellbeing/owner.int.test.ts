import { existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCopingPack } from '../../content/pack-schema.js';
import { getPack, installPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import { countRows } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { COPING_LIBRARY_PACK_ID } from './coping-library.js';
import { buildWorld, expectJson, type Problem, type World } from './test-world.js';

/** The worker's own space, round trip by round trip. */

type CheckIn = { id: string; instrumentId: string; submittedOn: string; answers: Record<string, number | null>; scores: Array<{ scaleId: string; score: number | null; answered: number; band: { id: string; suggestSupport: boolean } | null }> };
type Overview = {
  profile: Record<string, string[]>;
  copingPlan: Record<'before' | 'during' | 'after', Array<{ strategyId: string | null; note: string }>>;
  rhythm: { rhythm: string; instrumentId: string | null };
  nextCheckIn: { due: boolean; dueOn: string | null };
  latestResults: CheckIn[];
  checkInCounts: Array<{ instrumentId: string; count: number }>;
  supportContacts: Array<{ name: string }>;
};

let database: Database;
let w: World;
const worker = () => w.as(w.worker);

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
});
afterAll(() => database.close());

describe('profile, coping plan and strategies', () => {
  it('starts empty, then keeps what the worker writes', async () => {
    const empty = await expectJson<Overview>(await worker().request('GET', '/api/v1/me/wellbeing'), 200);
    expect(empty).toMatchObject({ profile: { strengths: [], vulnerabilities: [], earlySigns: [], whatHelps: [] }, copingPlan: { before: [], during: [], after: [] }, latestResults: [] });
    expect(empty.rhythm).toEqual({ rhythm: 'off', instrumentId: null });
    expect(empty.checkInCounts).toEqual([]);

    const profile = { strengths: ['Steady with families'], vulnerabilities: ['Stories about children'], earlySigns: ['Sleeping badly'], whatHelps: ['Running'] };
    expect((await expectJson<Overview>(await worker().request('PUT', '/api/v1/me/wellbeing/profile', profile), 200)).profile).toEqual(profile);

    const { strategies } = await expectJson<{ strategies: Array<{ id: string; title: { en: string; es: string } }> }>(await worker().request('GET', '/api/v1/me/wellbeing/strategies'), 200);
    expect(strategies.length).toBeGreaterThanOrEqual(10);
    expect(strategies.every((s) => s.title.en && s.title.es)).toBe(true);
    const plan = { before: [{ strategyId: strategies[0]!.id, note: '' }], during: [{ strategyId: null, note: 'Feet on the floor' }], after: [{ strategyId: 'peer.debrief', note: 'Ring Sam' }] };
    const saved = await expectJson<Overview>(await worker().request('PUT', '/api/v1/me/wellbeing/coping-plan', plan), 200);
    expect(saved.copingPlan).toEqual(plan);
    expect(saved.profile).toEqual(profile);
  });

  it('refuses a strategy the library does not have, naming the step, and keeps the plan as it was', async () => {
    const before = await expectJson<Overview>(await worker().request('GET', '/api/v1/me/wellbeing'), 200);
    const problem = await expectJson<Problem>(await worker().request('PUT', '/api/v1/me/wellbeing/coping-plan', { before: [], during: [{ strategyId: 'made.up', note: '' }], after: [] }), 400);
    expect(problem.errors).toMatchObject([{ field: 'during.0.strategyId', problem: 'no such strategy in the library' }]);
    expect((await expectJson<Overview>(await worker().request('GET', '/api/v1/me/wellbeing'), 200)).copingPlan).toEqual(before.copingPlan);
  });
});

describe('the coping library is a content pack', () => {
  it('serves the latest installed version: a strategy a new version adds can be listed and planned', async () => {
    const shipped = await getPack(database.db, COPING_LIBRARY_PACK_ID);
    if (shipped?.pack.kind !== 'coping') throw new Error('the coping pack is not installed');
    const added = { id: 'movement.stairs', kind: 'movement', when: ['after'], title: { en: 'Take the stairs', es: 'Sube por las escaleras' }, description: { en: 'Walk a flight between visits.', es: 'Sube un tramo entre visitas.' }, source: ['S.ind.2'] } as const;
    const next = structuredClone({ ...shipped.pack, version: '1.1.0', body: { strategies: [...shipped.pack.body.strategies, added] } }) as TCopingPack;
    const refusedBefore = await worker().request('PUT', '/api/v1/me/wellbeing/coping-plan', { before: [], during: [], after: [{ strategyId: added.id, note: '' }] });
    expect(refusedBefore.status).toBe(400);

    await installPack(database.db, next);
    const { strategies } = await expectJson<{ strategies: Array<{ id: string; title: { en: string; es: string } }> }>(await worker().request('GET', '/api/v1/me/wellbeing/strategies'), 200);
    expect(strategies.map((s) => s.id)).toEqual(next.body.strategies.map((s) => s.id));
    expect(strategies.at(-1)?.title).toEqual(added.title);
    const plan = { before: [], during: [], after: [{ strategyId: added.id, note: '' }] };
    expect((await expectJson<Overview>(await worker().request('PUT', '/api/v1/me/wellbeing/coping-plan', plan), 200)).copingPlan).toEqual(plan);
  });
});

describe('check-ins', () => {
  it('offers the reflective instrument, and the licensed one only once the organisation imported its texts', async () => {
    const list = async () => (await expectJson<{ instruments: Array<{ id: string; items: Array<{ text: Record<string, string> | null }> }> }>(await worker().request('GET', '/api/v1/me/wellbeing/instruments'), 200)).instruments;
    expect((await list()).map((i) => i.id)).toEqual(['test.weekly-check']);

    const answerOption = [0, 1, 2, 3, 4].map((value) => ({ valueCoding: { code: String(value), display: `option ${value}` } }));
    const question = (linkId: string, text: string) => ({ linkId, text, type: 'choice', answerOption });
    const questionnaire = { resourceType: 'Questionnaire', status: 'active', language: 'en', item: [question('lm.1', 'First licensed item')] };
    const incomplete = await expectJson<Problem>(await w.as(w.admin).request('POST', '/api/v1/instruments/test.licensed-measure/licensed-texts', questionnaire), 400);
    expect(incomplete.errors?.[0]).toMatchObject({ field: 'body', problem: expect.stringContaining('2 items') });
    expect(await countRows(database, 'licensed_instrument_texts', w.orgId)).toBe(0);
    expect((await worker().request('POST', '/api/v1/instruments/test.licensed-measure/licensed-texts', questionnaire)).status).toBe(403);

    questionnaire.item.push(question('lm.2', 'Second licensed item'));
    await expectJson(await w.as(w.admin).request('POST', '/api/v1/instruments/test.licensed-measure/licensed-texts', questionnaire), 200);
    const now = await list();
    expect(now.map((i) => i.id)).toEqual(['test.licensed-measure', 'test.weekly-check']);
    expect(now[0]!.items.map((i) => i.text?.en)).toEqual(['First licensed item', 'Second licensed item']);
    // another organisation's workers still do not see it
    const foreign = await expectJson<{ instruments: Array<{ id: string }> }>(await w.as(w.foreign).request('GET', '/api/v1/me/wellbeing/instruments'), 200);
    expect(foreign.instruments.map((i) => i.id)).toEqual(['test.weekly-check']);
  });

  it('stores the answers with the unit and day, skips allowed, and answers with recomputed scores', async () => {
    const response = await worker().request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: { 'w.a': 1, 'w.c': 4 } });
    const { checkIn, supportSuggested } = await expectJson<{ checkIn: CheckIn; supportSuggested: unknown }>(response, 201);
    // w.c is reversed: 4 scores 0; two answered of three, prorated: (1 + 0) / 2 × 3 = 1.5
    expect(checkIn.answers).toEqual({ 'w.a': 1, 'w.b': null, 'w.c': 4 });
    expect(checkIn.scores).toMatchObject([{ scaleId: 'total', score: 1.5, answered: 2, band: { id: 'settled', suggestSupport: false } }]);
    expect(supportSuggested).toBeNull();
    const stored = await database.db.execute(sql`SELECT unit_id, submitted_on::text FROM wellbeing_check_ins WHERE id = ${checkIn.id}`);
    expect(stored.rows[0]).toEqual({ unit_id: w.unitId, submitted_on: new Date().toISOString().slice(0, 10) });
  });

  it('suggests support calmly, with the organisation’s contacts, when a band says so', async () => {
    await expectJson(await w.as(w.admin).request('POST', '/api/v1/support-contacts', { kind: 'employee-assistance', name: 'Staff support line', phone: '0800 555 0100' }), 201);
    // w.b stays below its safety mark (3): the band alone calls for support
    const response = await worker().request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: { 'w.a': 4, 'w.b': 2, 'w.c': 0 } });
    const { checkIn, supportSuggested } = await expectJson<{ checkIn: CheckIn; supportSuggested: { reason: string; supportContacts: Array<{ name: string }> } }>(response, 201);
    expect(checkIn.scores[0]).toMatchObject({ score: 10, band: { id: 'heavy', suggestSupport: true } });
    expect(supportSuggested.reason).toBe('score');
    expect(supportSuggested.supportContacts.map((c) => c.name)).toEqual(['Staff support line']);
  });

  it('refuses an unknown item or a value outside the answer set, naming the field, and stores nothing', async () => {
    const before = await countRows(database, 'wellbeing_check_ins', w.orgId);
    const unknown = await expectJson<Problem>(await worker().request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: { 'w.a': 1, 'w.z': 2 } }), 400);
    expect(unknown.errors).toMatchObject([{ field: 'answers.w.z', problem: 'test.weekly-check has no item "w.z"' }]);
    const outside = await expectJson<Problem>(await worker().request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: { 'w.a': 7 } }), 400);
    expect(outside.errors?.map((e) => e.field)).toEqual(['answers.w.a']);
    const noSuch = await expectJson<Problem>(await worker().request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'nope', answers: {} }), 400);
    expect(noSuch.errors?.map((e) => e.field)).toEqual(['instrumentId']);
    expect(await countRows(database, 'wellbeing_check_ins', w.orgId)).toBe(before);
  });

  it('lists my check-ins newest first, with the trend of one scale oldest first', async () => {
    const { checkIns } = await expectJson<{ checkIns: CheckIn[] }>(await worker().request('GET', '/api/v1/me/wellbeing/check-ins'), 200);
    expect(checkIns.map((c) => c.scores[0]?.score)).toEqual([10, 1.5]);
    const trend = await expectJson<{ lowest: number; highest: number; points: Array<{ score: number; bandId: string }> }>(await worker().request('GET', '/api/v1/me/wellbeing/check-ins/trend?instrumentId=test.weekly-check&scale=total'), 200);
    expect(trend.points.map((p) => [p.score, p.bandId])).toEqual([[1.5, 'settled'], [10, 'heavy']]);
    // the scale's possible range, for a chart's fixed axis: three items of 0–4, summed
    expect([trend.lowest, trend.highest]).toEqual([0, 12]);
    const none = await expectJson<{ lowest: number; highest: number; points: unknown[] }>(await w.as(w.analyst).request('GET', '/api/v1/me/wellbeing/check-ins/trend?instrumentId=test.weekly-check&scale=total'), 200);
    expect(none).toMatchObject({ lowest: 0, highest: 12, points: [] });
    const bad = await expectJson<Problem>(await worker().request('GET', '/api/v1/me/wellbeing/check-ins/trend?instrumentId=test.weekly-check&scale=nope'), 400);
    expect(bad.errors?.map((e) => e.field)).toEqual(['scale']);
    const overview = await expectJson<Overview>(await worker().request('GET', '/api/v1/me/wellbeing'), 200);
    expect(overview.latestResults.map((c) => c.scores[0]?.score)).toEqual([10]);
    // how often each check-in was used, most used first: the overview offers that one first
    expect(overview.checkInCounts).toEqual([{ instrumentId: 'test.weekly-check', count: 2 }]);
    const colleague = await expectJson<Overview>(await w.as(w.colleague).request('GET', '/api/v1/me/wellbeing'), 200);
    expect(colleague.checkInCounts).toEqual([]);
  });

  it('follows the rhythm: off means no reminder; weekly after a check-in today is due in a week', async () => {
    expect((await expectJson<{ checkIn: { due: boolean; dueOn: null } }>(await worker().request('GET', '/api/v1/me/wellbeing/reminders'), 200)).checkIn).toMatchObject({ due: false, dueOn: null });
    await expectJson(await worker().request('PUT', '/api/v1/me/wellbeing/rhythm', { rhythm: 'weekly', instrumentId: 'test.weekly-check' }), 200);
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    expect((await expectJson<{ checkIn: unknown }>(await worker().request('GET', '/api/v1/me/wellbeing/reminders'), 200)).checkIn).toEqual({ rhythm: 'weekly', instrumentId: 'test.weekly-check', dueOn: inAWeek, due: false });
    // someone who never checked in is due today
    await expectJson(await w.as(w.colleague).request('PUT', '/api/v1/me/wellbeing/rhythm', { rhythm: 'monthly', instrumentId: null }), 200);
    expect((await expectJson<{ checkIn: { due: boolean } }>(await w.as(w.colleague).request('GET', '/api/v1/me/wellbeing/reminders'), 200)).checkIn.due).toBe(true);
    const bad = await expectJson<Problem>(await worker().request('PUT', '/api/v1/me/wellbeing/rhythm', { rhythm: 'daily', instrumentId: null }), 400);
    expect(bad.errors?.map((e) => e.field)).toEqual(['rhythm']);
  });
});

describe('reflections', () => {
  it('write, rewrite, list and delete; another person cannot touch them', async () => {
    const note = await expectJson<{ id: string; body: string }>(await worker().request('POST', '/api/v1/me/wellbeing/reflections', { body: 'A hard visit today' }), 201);
    await expectJson(await worker().request('PUT', `/api/v1/me/wellbeing/reflections/${note.id}`, { body: 'A hard visit; talked it through' }), 200);
    expect((await w.as(w.supervisor).request('PUT', `/api/v1/me/wellbeing/reflections/${note.id}`, { body: 'x' })).status).toBe(404);
    expect((await w.as(w.supervisor).request('DELETE', `/api/v1/me/wellbeing/reflections/${note.id}`)).status).toBe(404);
    const { reflections } = await expectJson<{ reflections: Array<{ body: string }> }>(await worker().request('GET', '/api/v1/me/wellbeing/reflections'), 200);
    expect(reflections.map((r) => r.body)).toEqual(['A hard visit; talked it through']);
    expect((await worker().request('DELETE', `/api/v1/me/wellbeing/reflections/${note.id}`)).status).toBe(204);
    expect((await expectJson<{ reflections: unknown[] }>(await worker().request('GET', '/api/v1/me/wellbeing/reflections'), 200)).reflections).toEqual([]);
  });
});

describe('export', () => {
  it('JSON carries everything of my space; the PDF is a PDF with an embedded font for Greek and Cyrillic', async () => {
    await expectJson(await worker().request('POST', '/api/v1/me/wellbeing/reflections', { body: 'Καλημέρα, привет' }), 201);
    const data = await expectJson<{ person: { name: string }; profile: unknown; copingPlan: unknown; checkIns: unknown[]; reflections: Array<{ body: string }>; grants: unknown[] }>(
      await worker().request('GET', '/api/v1/me/wellbeing/export.json'),
      200,
    );
    expect(data.person.name).toBe('Wren Worker');
    expect(data.checkIns).toHaveLength(2);
    expect(data.reflections.map((r) => r.body)).toEqual(['Καλημέρα, привет']);
    const pdf = await worker().request('GET', '/api/v1/me/wellbeing/export.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // DejaVu Sans (Latin, Greek, Cyrillic) is embedded where the system has it; else Helvetica stands in
    const embedded = existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf') ? 'DejaVuSans' : 'Helvetica';
    expect(bytes.includes(Buffer.from(embedded))).toBe(true);
  });
});

describe('support contacts', () => {
  it('everyone in the organisation reads them; only admins change them', async () => {
    const list = async () => (await expectJson<{ supportContacts: Array<{ id: string; name: string }> }>(await worker().request('GET', '/api/v1/support-contacts'), 200)).supportContacts;
    const [first] = await list();
    expect((await worker().request('PATCH', `/api/v1/support-contacts/${first!.id}`, { name: 'Mine now' })).status).toBe(403);
    expect((await w.as(w.foreign).request('PATCH', `/api/v1/support-contacts/${first!.id}`, { name: 'Mine now' })).status).toBe(404);
    await expectJson(await w.as(w.admin).request('PATCH', `/api/v1/support-contacts/${first!.id}`, { name: 'Staff support (24h)' }), 200);
    expect((await list()).map((c) => c.name)).toEqual(['Staff support (24h)']);
    const bad = await expectJson<Problem>(await w.as(w.admin).request('POST', '/api/v1/support-contacts', { kind: 'crisis', name: '', url: 'not a url' }), 400);
    expect(bad.errors?.map((e) => e.field).sort()).toEqual(['name', 'url']);
    expect((await w.as(w.admin).request('DELETE', `/api/v1/support-contacts/${first!.id}`)).status).toBe(204);
    expect(await list()).toEqual([]);
    expect((await expectJson<{ supportContacts: unknown[] }>(await w.as(w.foreign).request('GET', '/api/v1/support-contacts'), 200)).supportContacts).toEqual([]);
  });
});

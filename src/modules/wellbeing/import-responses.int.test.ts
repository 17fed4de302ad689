import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { countRows } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { TEND_ANSWER_SYSTEM } from '../instruments/fhir/fhir-types.js';
import { buildWorld, expectJson, type Problem, type World } from './test-world.js';

/**
 * A worker brings past QuestionnaireResponses from another app into her own space: scores
 * recomputed, a wrong stored total noted, all or nothing, duplicates skipped, a dry run storing
 * nothing; only instruments she is offered; nobody else's call reaches her space; and imported
 * check-ins never count for her team.
 */

let database: Database;
let w: World;
const IMPORT = '/api/v1/me/wellbeing/check-ins/import';

type Report = {
  dryRun: boolean;
  stored: number;
  instrumentVersion: string;
  responses: Array<{ position: string; outcome: string; submittedOn: string | null; scores: Array<{ scaleId: string; score: number | null }>; notes: string[]; skipped: string | null }>;
  notes: string[];
};
type CheckIns = { checkIns: Array<{ id: string; instrumentId: string; submittedOn: string; origin: string; importedAt: string | null; answers: Record<string, number | null>; scores: Array<{ score: number | null }> }> };

/** A completed response to test.weekly-check (w.c is reversed: 4 − value), coded in Tend's answer system. */
const response = (authored: string | undefined, values: [number, number, number], extra: Record<string, unknown> = {}) => ({
  resourceType: 'QuestionnaireResponse',
  status: 'completed',
  ...(authored ? { authored } : {}),
  item: (['w.a', 'w.b', 'w.c'] as const).map((linkId, i) => ({ linkId, answer: [{ valueCoding: { system: TEND_ANSWER_SYSTEM, code: String(values[i]) } }] })),
  ...extra,
});
const importedCount = async () =>
  ((await database.db.execute(sql`SELECT count(*)::int AS n FROM wellbeing_check_ins WHERE org_id = ${w.orgId} AND origin = 'imported'`)).rows[0] as { n: number }).n;

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
});
afterAll(() => database.close());

describe('bringing past responses in', () => {
  const first = response('2025-05-01', [2, 1, 3], { id: 'app-1' });
  const second = response('2025-06-01T08:00:00Z', [4, 4, 0], { id: 'app-2', item: [...response(undefined, [4, 4, 0]).item, { linkId: 'total', answer: [{ valueInteger: 9 }] }] });

  it('a dry run reads each response, with its day and recomputed scores, and stores nothing', async () => {
    const before = await countRows(database, 'wellbeing_check_ins', w.orgId);
    const report = await expectJson<Report>(await w.as(w.worker).request('POST', IMPORT, { instrumentId: 'test.weekly-check', responses: [first, second], dryRun: true }), 200);
    expect(report).toMatchObject({ dryRun: true, stored: 0, instrumentVersion: '1.0.0' });
    expect(report.responses.map((r) => [r.position, r.outcome, r.submittedOn, r.scores.map((s) => s.score)])).toEqual([
      ['responses[0]', 'new', '2025-05-01', [4]],
      ['responses[1]', 'new', '2025-06-01', [12]],
    ]);
    expect(report.notes).toEqual(['responses[1]: "total": the response says 9; its answers give 12']);
    expect(await countRows(database, 'wellbeing_check_ins', w.orgId)).toBe(before);
  });

  it('brings them in: they appear in her results, marked, dated by the response, scored from their answers; the event is hers', async () => {
    const report = await expectJson<Report>(await w.as(w.worker).request('POST', IMPORT, { instrumentId: 'test.weekly-check', responses: [first, second] }), 201);
    expect(report).toMatchObject({ dryRun: false, stored: 2 });
    const { checkIns } = await expectJson<CheckIns>(await w.as(w.worker).request('GET', '/api/v1/me/wellbeing/check-ins'), 200);
    const imported = checkIns.filter((c) => c.origin === 'imported');
    expect(imported.map((c) => [c.submittedOn, c.answers, c.scores.map((s) => s.score)])).toEqual([
      ['2025-06-01', { 'w.a': 4, 'w.b': 4, 'w.c': 0 }, [12]],
      ['2025-05-01', { 'w.a': 2, 'w.b': 1, 'w.c': 3 }, [4]],
    ]);
    expect(imported.every((c) => c.importedAt !== null)).toBe(true);
    const trend = await expectJson<{ points: Array<{ on: string; score: number }> }>(
      await w.as(w.worker).request('GET', '/api/v1/me/wellbeing/check-ins/trend?instrumentId=test.weekly-check&scale=total'),
      200,
    );
    expect(trend.points.map((p) => [p.on, p.score])).toEqual([
      ['2025-05-01', 4],
      ['2025-06-01', 12],
    ]);
    const events = await database.db.execute(sql`SELECT actor_person_id, subject_person_id, data FROM audit_events WHERE org_id = ${w.orgId} AND type = 'wellbeing.responses-imported'`);
    expect(events.rows).toEqual([{ actor_person_id: w.worker.personId, subject_person_id: w.worker.personId, data: { count: 2, skipped: 0 } }]);
  });

  it('never counts them for her team: no unit, and the table refuses an imported check-in with one', async () => {
    const rows = await database.db.execute(sql`SELECT unit_id, import_source FROM wellbeing_check_ins WHERE org_id = ${w.orgId} AND origin = 'imported' ORDER BY submitted_at`);
    expect(rows.rows).toEqual([
      { unit_id: null, import_source: 'id app-1' },
      { unit_id: null, import_source: 'id app-2' },
    ]);
    await expect(database.db.execute(sql`UPDATE wellbeing_check_ins SET unit_id = ${w.unitId} WHERE org_id = ${w.orgId} AND origin = 'imported'`)).rejects.toMatchObject({
      cause: { constraint: 'wellbeing_check_ins_origin_check' },
    });
  });

  it('skips, and says so, responses already brought in', async () => {
    const report = await expectJson<Report>(await w.as(w.worker).request('POST', IMPORT, { instrumentId: 'test.weekly-check', responses: [first, second] }), 201);
    expect(report.stored).toBe(0);
    expect(report.responses.map((r) => [r.outcome, r.skipped])).toEqual([
      ['already-imported', expect.stringMatching(/^already brought in on \d{4}-\d{2}-\d{2}$/)],
      ['already-imported', expect.stringMatching(/^already brought in on /)],
    ]);
    expect(await importedCount()).toBe(2);
  });

  it('all or nothing: one response with a problem and none is stored, each problem named by its path', async () => {
    const notAnOption = response('2025-07-01', [1, 1, 1]);
    notAnOption.item[1]!.answer = [{ valueCoding: { system: TEND_ANSWER_SYSTEM, code: '7' } }];
    const refused = await expectJson<Problem & { notes?: string[] }>(
      await w.as(w.worker).request('POST', IMPORT, { instrumentId: 'test.weekly-check', responses: [response('2025-07-02', [0, 0, 0]), notAnOption, response(undefined, [1, 1, 1])] }),
      400,
    );
    expect(refused.errors).toMatchObject([
      { field: 'responses[1].item[1]', problem: `linkId "w.b": the answer ${TEND_ANSWER_SYSTEM}|7 is not one of its options` },
      { field: 'responses[2].authored', problem: 'is missing: the date the response was answered is needed to place it in your history' },
    ]);
    const inBundle = await expectJson<Problem>(
      await w.as(w.worker).request('POST', IMPORT, { instrumentId: 'test.weekly-check', responses: { resourceType: 'Bundle', type: 'collection', entry: [{ resource: response('2999-01-01', [0, 0, 0]) }] } }),
      400,
    );
    expect(inBundle.errors).toMatchObject([{ field: 'entry[0].resource.authored', problem: '"2999-01-01" is in the future' }]);
    expect(await importedCount()).toBe(2);
  });

  it('bounds a request: at most 500 responses', async () => {
    const many = Array.from({ length: 501 }, (_, i) => response('2025-01-01', [0, 0, 0], { id: `m-${i}` }));
    expect((await w.as(w.worker).request('POST', IMPORT, { instrumentId: 'test.weekly-check', responses: many })).status).toBe(400);
    expect(await importedCount()).toBe(2);
  });
});

describe('which instruments', () => {
  const apgar = JSON.parse(readFileSync(new URL('../instruments/fhir/test-data/lforms-R4-apgar-with-itemWeight-variable.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const LINKS = ['32406-1', '32407-9', '32409-5', '32408-7', '32410-3'];
  const SECOND_OPTION = ['LA6723-6', 'LA6717-8', 'LA6720-2', 'LA6714-5', 'LA6726-9'];
  /** An Apgar response from another app: every item at weight 1, in LOINC codes, with its stored total. */
  const apgarResponse = (total: number) => ({
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    authored: '2025-02-03',
    identifier: { system: 'https://app.example', value: `apgar-${total}` },
    item: [...LINKS.map((linkId, i) => ({ linkId, answer: [{ valueCoding: { system: 'http://loinc.org', code: SECOND_OPTION[i] } }] })), { linkId: '9272-6', answer: [{ valueDecimal: total }] }],
  });
  const instrumentRefused = async (instrumentId: string) => {
    const refused = await expectJson<Problem>(await w.as(w.worker).request('POST', IMPORT, { instrumentId, responses: [apgarResponse(5)] }), 400);
    expect(refused.errors?.map((e) => e.field)).toEqual(['instrumentId']);
  };

  it("her organisation's own instrument only once published; a draft and another organisation's are refused naming instrumentId", async () => {
    const draft = await expectJson<{ id: string }>(await w.as(w.admin).request('POST', '/api/v1/org-instruments', { questionnaire: apgar, instrumentId: 'willow.apgar' }), 201);
    await instrumentRefused('willow.apgar');
    const theirs = await expectJson<{ id: string }>(await w.as(w.foreign).request('POST', '/api/v1/org-instruments', { questionnaire: apgar, instrumentId: 'elsewhere.apgar' }), 201);
    await expectJson(await w.as(w.foreign).request('POST', `/api/v1/org-instruments/${theirs.id}/publish`), 200);
    await instrumentRefused('elsewhere.apgar');
    await instrumentRefused('no.such-instrument');
    await expectJson(await w.as(w.admin).request('POST', `/api/v1/org-instruments/${draft.id}/publish`), 200);
    // read by the form's own codes; the form's stored total checked against its answers
    const report = await expectJson<Report>(await w.as(w.worker).request('POST', IMPORT, { instrumentId: 'willow.apgar', responses: [apgarResponse(7)] }), 201);
    expect(report.responses[0]).toMatchObject({ outcome: 'new', scores: [{ score: 5 }], notes: ['"9272-6": the response says 7; its answers give 5'] });
  });

  it('one imported before its totals were kept with it still reads responses: a stored total is passed over, not refused', async () => {
    await database.db.execute(sql`UPDATE org_instruments SET mapping = mapping - 'scaleOf' - 'passedOver' WHERE org_id = ${w.orgId} AND instrument_id = 'willow.apgar'`);
    const report = await expectJson<Report & { problems: unknown[] }>(
      await w.as(w.worker).request('POST', IMPORT, { instrumentId: 'willow.apgar', responses: [apgarResponse(9)], dryRun: true }),
      200,
    );
    expect(report.problems).toEqual([]);
    expect(report.responses[0]).toMatchObject({ outcome: 'new', scores: [{ score: 5 }], notes: [] });
  });
});

describe('nobody else reaches her space', () => {
  it('a supervisor, an org admin, a hub analyst and another organisation’s user each bring a response only into their own space', async () => {
    const before = await expectJson<CheckIns>(await w.as(w.worker).request('GET', '/api/v1/me/wellbeing/check-ins'), 200);
    for (const caller of [w.supervisor, w.admin, w.analyst, w.foreign]) {
      const body = { instrumentId: 'test.weekly-check', responses: [response('2025-03-01', [1, 1, 1], { id: `theirs-${caller.personId}` })] };
      expect((await w.as(caller).request('POST', IMPORT, body)).status).toBe(201);
      const own = await expectJson<CheckIns>(await w.as(caller).request('GET', '/api/v1/me/wellbeing/check-ins'), 200);
      expect(own.checkIns.map((c) => c.submittedOn)).toEqual(['2025-03-01']);
    }
    expect(await expectJson<CheckIns>(await w.as(w.worker).request('GET', '/api/v1/me/wellbeing/check-ins'), 200)).toEqual(before);
  });

  it('signed out, nothing', async () => {
    const { app } = w;
    const response = await app.request(IMPORT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ instrumentId: 'test.weekly-check', responses: [] }) });
    expect(response.status).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installBuiltInPacks } from '../../content/built-in-packs.js';
import { getPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import type { Questionnaire, QuestionnaireResponse } from './fhir/fhir-types.js';
import { questionnaireToPack } from './fhir/import-questionnaire.js';
import { scoreQuestionnaireResponse, tendMapping } from './fhir/questionnaire-response.js';
import { buildWorld, expectJson, type Problem, TEST_CHECK, type World } from '../wellbeing/test-world.js';

/** The instruments as FHIR: the admin's list, Questionnaires, and each check-in as a QuestionnaireResponse. */

type Installed = { id: string; version: string; licenceHolder: string | null; textsIncluded: boolean; textsImported: boolean; importedAt: string | null };
type CheckIn = { id: string; scores: Array<{ scaleId: string; score: number | null; answered: number; band: { id: string } | null }> };

let database: Database;
let w: World;
const worker = () => w.as(w.worker);
const questionnaireOf = (id: string, query = '') => `/api/v1/instruments/${id}/questionnaire.json${query}`;
const responseOf = (id: string) => `/api/v1/me/wellbeing/check-ins/${id}/questionnaire-response.json`;

beforeAll(async () => {
  database = await createTestDatabase();
  await installBuiltInPacks(database);
  w = await buildWorld(database);
});
afterAll(() => database.close());

describe('a check-in as a FHIR QuestionnaireResponse', () => {
  let checkIn: CheckIn;

  it('comes back to its owner and scores the same when read back (the reversed item reversed, the skipped one skipped)', async () => {
    checkIn = (await expectJson<{ checkIn: CheckIn }>(await worker().request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: { 'w.a': 3, 'w.c': 1 } }), 201)).checkIn;
    const response = await worker().request('GET', responseOf(checkIn.id));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/fhir+json');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="check-in-\d{4}-\d{2}-\d{2}-test\.weekly-check\.questionnaire-response\.json"$/);
    const resource = (await response.json()) as QuestionnaireResponse & { id: string };
    expect(resource).toMatchObject({ resourceType: 'QuestionnaireResponse', id: checkIn.id, status: 'completed', questionnaire: 'http://localhost/fhir/Questionnaire/test.weekly-check|1.0.0' });
    expect(resource.item?.map((i) => i.linkId)).toEqual(['w.a', 'w.c']);
    const rescored = scoreQuestionnaireResponse(tendMapping(TEST_CHECK), resource);
    expect(rescored.map((s) => ({ scaleId: s.id, score: s.score, answered: s.answered, band: s.band?.id ?? null }))).toEqual(
      checkIn.scores.map((s) => ({ scaleId: s.scaleId, score: s.score, answered: s.answered, band: s.band?.id ?? null })),
    );
  });

  it('is 404 for her supervisor, an org admin, a hub analyst and another organisation, like an id that does not exist', async () => {
    for (const who of [w.supervisor, w.admin, w.analyst, w.foreign, w.colleague]) {
      const refused = await expectJson<Problem>(await w.as(who).request('GET', responseOf(checkIn.id)), 404);
      expect(JSON.stringify(refused)).not.toContain('w.a');
    }
    expect((await worker().request('GET', responseOf('00000000-0000-7000-8000-000000000000'))).status).toBe(404);
    expect((await worker().request('GET', responseOf('not-an-id'))).status).toBe(400);
  });

  it("is in the owner's export, one QuestionnaireResponse per check-in", async () => {
    const data = await expectJson<{ checkIns: Array<{ id: string }>; fhir: { questionnaireResponses: Array<{ resourceType: string; id: string }> } }>(
      await worker().request('GET', '/api/v1/me/wellbeing/export.json'),
      200,
    );
    expect(data.fhir.questionnaireResponses.map((r) => [r.resourceType, r.id])).toEqual(data.checkIns.map((c) => ['QuestionnaireResponse', c.id]));
    const others = await expectJson<{ fhir: { questionnaireResponses: unknown[] } }>(await w.as(w.admin).request('GET', '/api/v1/me/wellbeing/export.json'), 200);
    expect(others.fhir.questionnaireResponses).toEqual([]);
  });
});

describe('instruments as FHIR Questionnaires', () => {
  it('a shipped instrument imports back from its Questionnaire as the very pack installed', async () => {
    for (const id of ['tend.sts-self-check', 'tend.protective-beliefs', 'tend.seven-targets', 'tend.supervision-self-rating', 'tend.processing-together']) {
      const response = await worker().request('GET', questionnaireOf(id, '?locale=es'));
      expect(response.status).toBe(200);
      const questionnaire = (await response.json()) as Questionnaire;
      expect(questionnaire).toMatchObject({ resourceType: 'Questionnaire', id, language: 'es' });
      const imported = questionnaireToPack(questionnaire);
      if (!imported.ok) throw new Error(imported.problems.join('\n'));
      const { $schema: _schema, ...installed } = (await getPack(database.db, id))!.pack as { $schema?: string };
      // the import lists the Questionnaire's language first; the texts are the same
      expect({ ...imported.pack, locales: [...imported.pack.locales].sort() }).toEqual({ ...installed, locales: [...(installed as { locales: string[] }).locales].sort() });
    }
    const own = await expectJson<Questionnaire>(await worker().request('GET', questionnaireOf('tend.sts-self-check')), 200);
    expect(own.language).toBe('en');
    const problem = await expectJson<Problem>(await worker().request('GET', questionnaireOf('tend.sts-self-check', '?locale=fr')), 400);
    expect(problem.errors).toMatchObject([{ field: 'locale', problem: 'tend.sts-self-check has texts in en, es' }]);
    expect((await worker().request('GET', questionnaireOf('tend.nothing-here'))).status).toBe(404);
  });

  it('org admins list every installed instrument; a licensed one is a Questionnaire only for an organisation that imported its texts', async () => {
    const list = async () => (await expectJson<{ instruments: Installed[] }>(await w.as(w.admin).request('GET', '/api/v1/instruments'), 200)).instruments;
    const before = await list();
    expect(before.map((i) => i.id)).toEqual(['proqol-5', 'stss', 'tend.after-hard-event', 'tend.processing-together', 'tend.protective-beliefs', 'tend.seven-targets', 'tend.sts-self-check', 'tend.supervision-self-rating', 'test.licensed-measure', 'test.weekly-check']);
    expect(before.find((i) => i.id === 'test.licensed-measure')).toEqual(
      expect.objectContaining({ licenceHolder: 'Test Licence Holder', textsIncluded: false, textsImported: false, importedAt: null }),
    );
    expect(before.find((i) => i.id === 'test.weekly-check')).toEqual(expect.objectContaining({ licenceHolder: null, textsIncluded: true, textsImported: false }));
    for (const who of [w.worker, w.supervisor, w.analyst]) expect((await w.as(who).request('GET', '/api/v1/instruments')).status).toBe(403);

    for (const who of [w.admin, w.worker, w.foreign]) expect((await w.as(who).request('GET', questionnaireOf('test.licensed-measure'))).status).toBe(404);
    const answerOption = [0, 1, 2, 3, 4].map((value) => ({ valueCoding: { code: String(value), display: `option ${value}` } }));
    const texts = { resourceType: 'Questionnaire', status: 'active', language: 'en', item: ['lm.1', 'lm.2'].map((linkId, n) => ({ linkId, text: `Licensed question ${n + 1}`, type: 'choice', answerOption })) };
    await expectJson(await w.as(w.admin).request('POST', '/api/v1/instruments/test.licensed-measure/licensed-texts', texts), 200);

    const after = (await list()).find((i) => i.id === 'test.licensed-measure')!;
    expect(after).toMatchObject({ textsIncluded: false, textsImported: true });
    expect(after.importedAt).toMatch(/^\d{4}-/);
    const licensed = await expectJson<Questionnaire>(await worker().request('GET', questionnaireOf('test.licensed-measure')), 200);
    expect(licensed.item?.filter((i) => i.type === 'choice').map((i) => i.text)).toEqual(['Licensed question 1', 'Licensed question 2']);
    // the texts stay with the organisation that holds the licence
    expect((await w.as(w.foreign).request('GET', questionnaireOf('test.licensed-measure'))).status).toBe(404);
    const foreignList = await expectJson<{ instruments: Installed[] }>(await w.as(w.foreign).request('GET', '/api/v1/instruments'), 200);
    expect(foreignList.instruments.find((i) => i.id === 'test.licensed-measure')).toMatchObject({ textsImported: false, importedAt: null });
  });
});

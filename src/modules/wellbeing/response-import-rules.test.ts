import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Questionnaire, QuestionnaireResponse } from '../instruments/fhir/fhir-types.js';
import { type QuestionnaireMapping, questionnaireToPack } from '../instruments/fhir/import-questionnaire.js';
import { type BatchContext, listResponses, MAX_RESPONSES, readAuthored, readResponseBatch, responseIdentity } from './response-import-rules.js';

/**
 * Reading a batch of past responses written by other apps: each by its position, dated by its
 * `authored`, scored from its answers (a stored total only noted), every problem with its path.
 */

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../instruments/fhir/test-data/${name}`, import.meta.url), 'utf8')) as T;
function mappingFor(name: string): QuestionnaireMapping {
  const imported = questionnaireToPack(fixture<Questionnaire>(name), { proofRuns: 60 });
  if (!imported.ok) throw new Error(imported.problems.join('\n'));
  return imported;
}

/** The Apgar score of lforms: five items coded in LOINC answers (weights 0–2), a total "9272-6" of all five. */
const apgar = mappingFor('lforms-R4-apgar-with-itemWeight-variable.json');
const CODES: Record<string, string[]> = {
  '32406-1': ['LA6722-8', 'LA6723-6', 'LA6724-4'],
  '32407-9': ['LA6716-0', 'LA6717-8', 'LA6718-6'],
  '32409-5': ['LA6719-4', 'LA6720-2', 'LA6721-0'],
  '32408-7': ['LA6713-7', 'LA6714-5', 'LA6715-2'],
  '32410-3': ['LA6725-1', 'LA6726-9', 'LA6727-7'],
};
/** A completed Apgar response choosing these weights, in the form's own LOINC codes. */
function apgarResponse(weights: number[], extra: Partial<QuestionnaireResponse> & Record<string, unknown> = {}): QuestionnaireResponse {
  const item = Object.keys(CODES).map((linkId, i) => ({ linkId, answer: [{ valueCoding: { system: 'http://loinc.org', code: CODES[linkId]![weights[i]!]! } }] }));
  return { resourceType: 'QuestionnaireResponse', status: 'completed', authored: '2025-03-14T09:30:00+01:00', item, ...extra };
}

const NOW = new Date('2026-01-10T12:00:00Z');
const context = (over: Partial<BatchContext> = {}): BatchContext => ({ timeZone: 'Europe/Madrid', now: NOW, keepFrom: null, alreadyImported: new Map(), ...over });
function read(mapping: QuestionnaireMapping, input: unknown, over: Partial<BatchContext> = {}) {
  const listed = listResponses(input);
  if (!listed.ok) throw new Error(JSON.stringify(listed.problems));
  return readResponseBatch(mapping, listed.responses, context(over));
}

describe('listResponses', () => {
  it('names each response by its position: responses[i] in a list, entry[i].resource in a Bundle, passing over other resources', () => {
    const list = listResponses([apgarResponse([0, 0, 0, 0, 0]), apgarResponse([1, 1, 1, 1, 1])]);
    expect(list.ok && list.responses.map((r) => r.position)).toEqual(['responses[0]', 'responses[1]']);
    const bundle = listResponses({ resourceType: 'Bundle', type: 'searchset', entry: [{ resource: apgarResponse([0, 0, 0, 0, 0]) }, { resource: { resourceType: 'Patient' } }, { resource: apgarResponse([2, 2, 2, 2, 2]) }] });
    expect(bundle).toMatchObject({ ok: true, notes: ['entry[1].resource: a Patient, not a QuestionnaireResponse: passed over'] });
    expect(bundle.ok && bundle.responses.map((r) => r.position)).toEqual(['entry[0].resource', 'entry[2].resource']);
    const single = listResponses(apgarResponse([0, 0, 0, 0, 0]));
    expect(single.ok && single.responses.map((r) => r.position)).toEqual(['responses[0]']);
  });

  it('refuses what holds no responses, a Bundle of another type, an entry without a resource, and more than the limit', () => {
    expect(listResponses({ resourceType: 'Bundle', type: 'document', entry: [] })).toMatchObject({ ok: false, problems: [{ field: 'type' }] });
    expect(listResponses({ resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: 'x' }] })).toEqual({ ok: false, problems: [{ field: 'entry[0]', problem: 'has no resource' }] });
    expect(listResponses({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Patient' } }] })).toMatchObject({ ok: false, problems: [{ field: 'entry' }] });
    expect(listResponses([])).toMatchObject({ ok: false, problems: [{ field: 'responses', problem: 'is empty: there is nothing to bring in' }] });
    expect(listResponses({ resourceType: 'Patient' })).toMatchObject({ ok: false, problems: [{ field: 'responses' }] });
    const many = Array.from({ length: MAX_RESPONSES + 1 }, () => apgarResponse([0, 0, 0, 0, 0]));
    expect(listResponses(many)).toMatchObject({ ok: false, problems: [{ field: 'responses', problem: `${MAX_RESPONSES + 1} responses; at most ${MAX_RESPONSES} are brought in at a time: split the file` }] });
  });
});

describe('readAuthored', () => {
  it('dates a response where the organisation works: an instant by its day there, a date by its local midnight', () => {
    expect(readAuthored('2025-03-14T23:30:00Z', 'Europe/Madrid', NOW)).toEqual({ on: '2025-03-15', at: new Date('2025-03-14T23:30:00Z') });
    expect(readAuthored('2025-03-14', 'Europe/Madrid', NOW)).toEqual({ on: '2025-03-14', at: new Date('2025-03-13T23:00:00Z') });
  });

  it('names what cannot place a response in time', () => {
    const problem = (value: unknown) => (readAuthored(value, 'Europe/Madrid', NOW) as { problem: string }).problem;
    expect(problem(undefined)).toBe('is missing: the date the response was answered is needed to place it in your history');
    expect(problem('2025')).toBe('"2025" gives only a year: a full date is needed');
    expect(problem('2025-03')).toBe('"2025-03" gives only a month: a full date is needed');
    expect(problem('2025-03-14T09:30:00')).toBe('"2025-03-14T09:30:00" has a time without a time zone (add Z or an offset such as +01:00)');
    expect(problem('2025-02-30')).toBe('"2025-02-30" is not a real date');
    expect(problem('14/03/2025')).toMatch(/^"14\/03\/2025" is not a FHIR date and time/);
    expect(problem('2026-01-11')).toBe('"2026-01-11" is in the future');
    expect(problem('2026-01-10T13:00:00Z')).toBe('"2026-01-10T13:00:00Z" is in the future');
  });
});

describe('readResponseBatch', () => {
  it('reads each response: its day, its scores recomputed from its answers, nothing to fix', () => {
    const batch = read(apgar, [apgarResponse([2, 2, 1, 2, 1]), apgarResponse([0, 1, 0, 1, 0], { authored: '2025-04-01' })]);
    expect(batch.problems).toEqual([]);
    expect(batch.responses.map((r) => [r.position, r.outcome, r.submittedOn, r.scores.map((s) => s.score)])).toEqual([
      ['responses[0]', 'new', '2025-03-14', [8]],
      ['responses[1]', 'new', '2025-04-01', [2]],
    ]);
    expect(batch.responses[0]!.answers).toEqual({ '32406-1': 2, '32407-9': 2, '32409-5': 1, '32408-7': 2, '32410-3': 1 });
  });

  it('never trusts a stored total: the score is recomputed and the mismatch noted with its position', () => {
    const wrong = apgarResponse([2, 2, 1, 2, 1]);
    wrong.item!.push({ linkId: '9272-6', answer: [{ valueDecimal: 10 }] });
    const batch = read(apgar, { resourceType: 'Bundle', type: 'collection', entry: [{ resource: apgarResponse([0, 0, 0, 0, 0]) }, { resource: wrong }] });
    expect(batch.responses[1]!.scores.map((s) => s.score)).toEqual([8]);
    expect(batch.responses[1]!.notes).toEqual(['"9272-6": the response says 10; its answers give 8']);
    expect(batch.notes).toEqual(['entry[1].resource: "9272-6": the response says 10; its answers give 8']);
    expect(batch.problems).toEqual([]);
  });

  it('names every problem by its JSON path from the position: an answer not among the options, a missing date, a status, an unknown question', () => {
    const notAnOption = apgarResponse([0, 0, 0, 0, 0]);
    notAnOption.item![2]!.answer = [{ valueCoding: { system: 'http://loinc.org', code: 'LA0000-0' } }];
    const undated = apgarResponse([0, 0, 0, 0, 0], { authored: undefined });
    const unfinished = apgarResponse([0, 0, 0, 0, 0], { status: 'in-progress' });
    const otherForm: QuestionnaireResponse = { resourceType: 'QuestionnaireResponse', status: 'completed', authored: '2025-01-01', item: [{ linkId: 'mood', answer: [{ valueInteger: 3 }] }] };
    const batch = read(apgar, [apgarResponse([1, 1, 1, 1, 1]), notAnOption, undated, unfinished, otherForm, { resourceType: 'Observation' }]);
    expect(batch.problems).toEqual([
      { field: 'responses[1].item[2]', problem: 'linkId "32409-5": the answer http://loinc.org|LA0000-0 is not one of its options' },
      { field: 'responses[2].authored', problem: 'is missing: the date the response was answered is needed to place it in your history' },
      { field: 'responses[3].status', problem: 'is "in-progress": only a completed (or amended) response is brought in' },
      { field: 'responses[4].item[0]', problem: 'linkId "mood" is not an item of the questionnaire' },
      { field: 'responses[5].resourceType', problem: 'must be "QuestionnaireResponse"' },
    ]);
    expect(batch.responses.map((r) => r.outcome)).toEqual(['new', 'problem', 'problem', 'problem', 'problem', 'problem']);
    expect(batch.responses[1]!.scores).toEqual([]);
  });

  it('names a response whose items are not shaped as FHIR says, rather than stumbling on it', () => {
    const base = apgarResponse([0, 0, 0, 0, 0]) as unknown as Record<string, unknown>;
    const batch = read(apgar, [
      { ...base, item: 'none' },
      { ...base, item: [null, { linkId: 7, answer: {} }, { linkId: 'x', answer: ['2'], item: [{ linkId: 'y', answer: [{ item: 3 }] }] }] },
    ]);
    expect(batch.problems).toEqual([
      { field: 'responses[0].item', problem: 'must be a list of items' },
      { field: 'responses[1].item[0]', problem: 'must be an item (an object with a linkId)' },
      { field: 'responses[1].item[1].linkId', problem: 'must be text' },
      { field: 'responses[1].item[1].answer', problem: 'must be a list of answers' },
      { field: 'responses[1].item[2].item[0].answer[0].item', problem: 'must be a list of items' },
      { field: 'responses[1].item[2].answer[0]', problem: 'must be an answer (an object such as {"valueCoding": …})' },
    ]);
  });

  it('skips, saying why, a response already brought in, one repeated in the file, and one older than the organisation keeps', () => {
    const first = apgarResponse([1, 1, 1, 1, 1], { id: 'r-1' });
    const known = responseIdentity(first as unknown as Record<string, unknown>).key;
    const kept = apgarResponse([2, 2, 2, 2, 2], { identifier: { system: 'https://app.example', value: 'A7' } });
    const old = apgarResponse([0, 0, 0, 0, 0], { authored: '2023-05-01' });
    const batch = read(apgar, [first, kept, { ...kept }, old], { keepFrom: '2024-01-10', alreadyImported: new Map([[known, new Date('2025-12-01T10:00:00Z')]]) });
    expect(batch.responses.map((r) => [r.outcome, r.skipped])).toEqual([
      ['already-imported', 'already brought in on 2025-12-01'],
      ['new', null],
      ['repeated', 'the same response as responses[1]'],
      ['too-old', 'answered before 2024-01-10: your organisation keeps check-ins for a limited time, so it would be deleted'],
    ]);
    expect(batch.problems).toEqual([]);
  });

  it('knows a response by its identifier, else its id and form, else what it says', () => {
    expect(responseIdentity({ identifier: { system: 's', value: 'v' }, id: 'x' })).toEqual({ key: 'identifier:s|v', source: 'identifier s|v' });
    expect(responseIdentity({ id: '42', questionnaire: 'https://forms.example/gad7' })).toEqual({ key: 'id:https://forms.example/gad7|42', source: 'id 42, answering https://forms.example/gad7' });
    const a = responseIdentity({ authored: '2025-01-01', item: [{ linkId: 'a' }] });
    expect(a.key).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(responseIdentity({ authored: '2025-01-01', item: [{ linkId: 'a' }] }).key).toBe(a.key);
    expect(responseIdentity({ authored: '2025-01-02', item: [{ linkId: 'a' }] }).key).not.toBe(a.key);
    // an index entry has a size limit: a long identifier is kept by its hash
    expect(responseIdentity({ identifier: { value: 'ü'.repeat(3000) } }).key).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("reads a real app's GAD-7 response (coded in its own CodeSystem, items in a group) against the imported form", () => {
    const gad = mappingFor('researchkitonfhir-GAD-7.questionnaire.json');
    gad.pack.body.scales.push({ id: 'total', name: { en: 'Total' }, items: gad.pack.body.items.map((i) => i.id), method: 'sum', minAnswered: 7, missing: 'none', bands: [], source: ['ext:test'] });
    const response = { ...fixture<QuestionnaireResponse>('synthetic-QR-gad7-expected-8.json'), authored: '2025-06-02' };
    const batch = read(gad, [response]);
    expect(batch.problems).toEqual([]);
    expect(batch.responses[0]!.scores.map((s) => s.score)).toEqual([8]);
    expect(read(gad, [{ ...response, authored: undefined }]).problems.map((p) => p.field)).toEqual(['responses[0].authored']);
  });

  it('matches an answer by its display alone when the form’s options have no codes', () => {
    const texts = mappingFor('lforms-R4-answerOption-valueString.json');
    const [first] = [...texts.itemOf.keys()];
    const byDisplay: QuestionnaireResponse = { resourceType: 'QuestionnaireResponse', status: 'completed', authored: '2025-02-01', item: [{ linkId: first!, answer: [{ valueCoding: { display: 'b' } }] }] };
    const byString: QuestionnaireResponse = { ...byDisplay, item: [{ linkId: first!, answer: [{ valueString: 'c' }] }] };
    const unknown: QuestionnaireResponse = { ...byDisplay, item: [{ linkId: first!, answer: [{ valueString: 'z' }] }] };
    const batch = read(texts, [byDisplay, byString, unknown]);
    expect(batch.responses.map((r) => r.answers[texts.itemOf.get(first!)!])).toEqual([2, 3, null]);
    expect(batch.problems).toEqual([{ field: 'responses[2].item[0]', problem: `linkId "${first}": the answer "z" is not one of its options` }]);
  });
});

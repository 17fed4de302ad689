import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Questionnaire, QuestionnaireResponse, ResponseItem } from './fhir-types.js';
import { type QuestionnaireMapping, questionnaireToPack } from './import-questionnaire.js';
import { answersFromResponse, readQuestionnaireResponse } from './questionnaire-response.js';

/** Responses written by other apps, read against an imported pack: every problem named, a stored total never trusted. */

const apgarForm = JSON.parse(readFileSync(new URL('./test-data/lforms-R4-apgar-with-itemWeight-variable.json', import.meta.url), 'utf8')) as Questionnaire;
const imported = questionnaireToPack(apgarForm);
if (!imported.ok) throw new Error(imported.problems.join('\n'));
const apgar: QuestionnaireMapping = imported;
const ITEMS = ['32406-1', '32407-9', '32409-5', '32408-7', '32410-3'];

/** Answers by option index, coded as the form codes its options (LOINC answer codes). */
function answered(indexes: number[], extra: ResponseItem[] = []): QuestionnaireResponse {
  const item = indexes.map((index, i) => {
    const { extension: _weight, ...coding } = apgarForm.item!.find((q) => q.linkId === ITEMS[i])!.answerOption![index]!.valueCoding!;
    return { linkId: ITEMS[i]!, answer: [{ valueCoding: coding }] };
  });
  return { resourceType: 'QuestionnaireResponse', status: 'completed', item: [...item, ...extra] };
}

describe('readQuestionnaireResponse', () => {
  it('reads every answer by item id and recomputes the total', () => {
    const read = readQuestionnaireResponse(apgar, answered([2, 2, 1, 2, 1]));
    expect(read).toMatchObject({ answers: { '32406-1': 2, '32407-9': 2, '32409-5': 1, '32408-7': 2, '32410-3': 1 }, problems: [], notes: [] });
    expect(read.scores).toMatchObject([{ id: '9272-6', score: 8, answered: 5 }]);
  });

  it('never trusts a stored total: a wrong one is recomputed and the mismatch noted', () => {
    const read = readQuestionnaireResponse(apgar, answered([2, 2, 1, 2, 1], [{ linkId: '9272-6', answer: [{ valueDecimal: 10 }] }]));
    expect(read.scores[0]!.score).toBe(8);
    expect(read.notes).toEqual(['"9272-6": the response says 10; its answers give 8']);
    expect(read.problems).toEqual([]);
    // a right one says nothing; one given where too few items are answered is noted too
    expect(readQuestionnaireResponse(apgar, answered([2, 2, 1, 2, 1], [{ linkId: '9272-6', answer: [{ valueInteger: 8 }] }])).notes).toEqual([]);
    expect(readQuestionnaireResponse(apgar, answered([2, 2], [{ linkId: '9272-6', answer: [{ valueDecimal: 4 }] }])).notes).toEqual(['"9272-6": the response says 4; its answers give no score (too few answered)']);
  });

  it('names each problem: an unknown linkId, an answer that is not an option, two answers, an item answered twice', () => {
    const response = answered([0, 1, 2], [{ linkId: 'not-in-the-form', answer: [{ valueString: 'hello' }] }]);
    response.item![1]!.answer = [{ valueCoding: { system: 'http://loinc.org', code: 'LA0000-0' } }];
    response.item![2]!.answer = [{ valueCoding: { system: 'http://loinc.org', code: 'LA6719-4' } }, { valueCoding: { system: 'http://loinc.org', code: 'LA6720-2' } }];
    response.item!.push({ linkId: '32406-1', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6724-4' } }] });
    const read = readQuestionnaireResponse(apgar, response);
    expect(read.problems).toEqual([
      'item[1] (linkId "32407-9"): the answer http://loinc.org|LA0000-0 is not one of its options',
      'item[2] (linkId "32409-5"): 2 answers, and the item takes one',
      'item[3]: linkId "not-in-the-form" is not an item of the questionnaire',
      'item[4] (linkId "32406-1"): answered twice in the response; the first answer is kept',
    ]);
    expect(read.answers).toEqual({ '32406-1': 0, '32407-9': null, '32409-5': null });
  });

  it('refuses what is not a QuestionnaireResponse, and answersFromResponse throws on the first problem', () => {
    expect(readQuestionnaireResponse(apgar, { resourceType: 'Patient' } as unknown as QuestionnaireResponse).problems).toEqual(['resourceType must be "QuestionnaireResponse"']);
    const response = answered([0]);
    response.item![0]!.answer = [{ valueCoding: { system: 'http://loinc.org', code: 'LA0000-0' } }];
    expect(() => answersFromResponse(apgar, response)).toThrow('item[0] (linkId "32406-1"): the answer http://loinc.org|LA0000-0 is not one of its options');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../content/validate-pack.js';
import { evaluateCalculatedItems } from './calculated-expression.js';
import type { Questionnaire, QuestionnaireResponse } from './fhir-types.js';
import { type QuestionnaireMapping, questionnaireToPack } from './import-questionnaire.js';
import { answersFromResponse, scoreQuestionnaireResponse } from './questionnaire-response.js';

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./test-data/${name}`, import.meta.url), 'utf8')) as T;
const phq9 = read<Questionnaire>('lforms-R4-phq9.questionnaire.json');
const gad7 = read<Questionnaire>('researchkitonfhir-GAD-7.questionnaire.json');
const gad7Response = read<QuestionnaireResponse>('synthetic-QR-gad7-expected-8.json');

function imported(questionnaire: Questionnaire): QuestionnaireMapping & { notes: string[] } {
  const result = questionnaireToPack(questionnaire);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

/** A response choosing, for each of the first items, the option at the given index. */
function responseByIndex(questionnaire: Questionnaire, indexes: number[], extra: QuestionnaireResponse['item'] = []): QuestionnaireResponse {
  const items = questionnaire.item!.slice(0, indexes.length).map((item, i) => ({ linkId: item.linkId, answer: [{ valueCoding: item.answerOption![indexes[i]!]!.valueCoding! }] }));
  return { resourceType: 'QuestionnaireResponse', status: 'completed', item: [...items, ...extra] };
}

describe('the PHQ-9 of LHNCBC/lforms (answerOption ordinalValue, a calculatedExpression total)', () => {
  const phq = imported(phq9);
  const indexes = [0, 1, 2, 3, 0, 1, 2, 3, 1];

  it('imports nine scored items and the total as a scale over them; the unweighted difficulty item is left out', () => {
    expect(phq.pack.body.items.map((i) => i.id)).toEqual(['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8']);
    expect(phq.itemOf.get('/44250-9')).toBe('44250-9');
    expect(phq.pack.body.items[0]!.text).toEqual({ en: 'Little interest or pleasure in doing things?' });
    expect(phq.pack.body.answerSets).toHaveLength(1);
    expect(phq.pack.body.answerSets[0]!.options.map((o) => [o.value, o.text.en])).toEqual([
      [0, 'Not at all'],
      [1, 'Several days'],
      [2, 'More than half the days'],
      [3, 'Nearly every day'],
    ]);
    expect(phq.pack.body.scales).toMatchObject([{ id: '44261-6', method: 'sum', missing: 'none', items: phq.pack.body.items.map((i) => i.id) }]);
    expect(phq.notes).toEqual(['item "/69722-7" is not scored (its options carry no weights): left out']);
  });

  it('scores 13 for answers by option index [0,1,2,3,0,1,2,3,1], by the engine and by its own calculatedExpression', () => {
    const response = responseByIndex(phq9, indexes);
    expect(scoreQuestionnaireResponse(phq, response)).toMatchObject([{ id: '44261-6', score: 13, answered: 9, itemCount: 9 }]);
    expect(evaluateCalculatedItems(phq9, response)).toEqual([{ linkId: '/44261-6', value: 13 }]);
  });

  it('never trusts a total stored in the response', () => {
    const response = responseByIndex(phq9, indexes, [{ linkId: '/44261-6', answer: [{ valueDecimal: 27 }] }]);
    expect(scoreQuestionnaireResponse(phq, response)[0]!.score).toBe(13);
  });

  it('names the item of an answer it does not offer', () => {
    const response = responseByIndex(phq9, [0, 1]);
    response.item![1]!.answer = [{ valueCoding: { system: 'http://loinc.org', code: 'LA0000-0' } }];
    expect(() => answersFromResponse(phq, response)).toThrow('item "/44255-8": the answer http://loinc.org|LA0000-0 is not one of its options');
  });
});

describe('the GAD-7 of ResearchKitOnFHIR (a contained ValueSet with ordinalValue, items in a group)', () => {
  it('imports seven items and, with the GAD-7 bands 0–4, 5–9, 10–14, 15–21, scores the synthetic response 8', () => {
    const gad = imported(gad7);
    expect(gad.pack.body.items).toHaveLength(7);
    expect(gad.pack.body.answerSets.map((s) => [s.id, s.options.map((o) => o.value)])).toEqual([['vsgad7', [0, 1, 2, 3]]]);
    expect(gad.pack.body.scales).toEqual([]);
    const text = (en: string) => ({ en });
    const band = (id: string, min: number, max: number) => ({ id, min, max, label: text(id), guidance: text(`${id} guidance`), suggestSupport: max > 9 });
    gad.pack.body.scales.push({
      id: 'total',
      name: text('Total'),
      items: gad.pack.body.items.map((i) => i.id),
      method: 'sum',
      minAnswered: 7,
      missing: 'none',
      bands: [band('minimal', 0, 4), band('mild', 5, 9), band('moderate', 10, 14), band('severe', 15, 21)],
      source: ['ext:Spitzer et al. 2006, GAD-7'],
    });
    expect(validatePack(gad.pack, 'gad7').ok).toBe(true);
    expect(scoreQuestionnaireResponse(gad, gad7Response)).toMatchObject([{ id: 'total', score: 8, answered: 7, band: { id: 'mild' } }]);
  });
});

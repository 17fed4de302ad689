import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCalculatedItems } from './calculated-expression.js';
import { CALCULATED_EXPRESSION, ORDINAL_VALUE, type Questionnaire, type QuestionnaireItem, type QuestionnaireResponse, VARIABLE } from './fhir-types.js';
import { type QuestionnaireImport, questionnaireToPack } from './import-questionnaire.js';
import { readQuestionnaireResponse } from './questionnaire-response.js';

/**
 * Totals as forms write them, read by what their expression does on probe responses (never by
 * the linkIds quoted in it), and proved against Tend's scoring.
 */

const phqWeight = JSON.parse(readFileSync(new URL('./test-data/lforms-R4-calc-weight-phq9-with-the-weight-function.json', import.meta.url), 'utf8')) as Questionnaire;
const PHQ_ITEMS = phqWeight.item!.slice(0, 9).map((i) => i.linkId);

/** The weight() PHQ-9 of lforms with its total's expression replaced. */
function phqWithTotal(expression: string, variables: Array<{ name: string; expression: string }> = []): Questionnaire {
  const copy = JSON.parse(JSON.stringify(phqWeight)) as Questionnaire;
  const total = copy.item!.find((i) => i.linkId === '/44261-6')!;
  total.extension = [
    ...variables.map((v) => ({ url: VARIABLE, valueExpression: { name: v.name, language: 'text/fhirpath', expression: v.expression } })),
    { url: CALCULATED_EXPRESSION, valueExpression: { language: 'text/fhirpath', expression } },
  ];
  return copy;
}

/** A response choosing the option at each index for the PHQ items in order (null: unanswered). */
function phqResponse(questionnaire: Questionnaire, indexes: Array<number | null>): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    item: indexes.flatMap((index, i) => {
      if (index === null) return [];
      const item = questionnaire.item!.find((q) => q.linkId === PHQ_ITEMS[i])!;
      const { extension: _weights, ...coding } = item.answerOption![index]!.valueCoding!;
      return [{ linkId: item.linkId, answer: [{ valueCoding: coding }] }];
    }),
  };
}

const ok = (result: QuestionnaireImport) => {
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
};
const scaleOf = (result: QuestionnaireImport) => ok(result).pack.body.scales[0]!;
const ALL_ANSWERED = `%resource.item.where(linkId != '/69722-7').answer.count() = 9`;

describe('weight() totals', () => {
  it("a weight() sum that needs every item is the sum of the nine items, every one answered, and scores as the form's expression", () => {
    const questionnaire = phqWithTotal(`iif(${ALL_ANSWERED}, %resource.item.where(linkId != '/69722-7').answer.weight().sum(), {})`);
    const result = ok(questionnaireToPack(questionnaire));
    expect(result.pack.body.scales).toMatchObject([{ id: '44261-6', method: 'sum', minAnswered: 9, missing: 'none', items: PHQ_ITEMS.map((l) => l.slice(1)) }]);
    const response = phqResponse(questionnaire, [0, 1, 2, 3, 0, 1, 2, 3, 1]);
    expect(evaluateCalculatedItems(questionnaire, response)).toEqual([{ linkId: '/44261-6', value: 13 }]);
    expect(readQuestionnaireResponse(result, response).scores[0]).toMatchObject({ score: 13 });
  });

  it('ordinal() reads the same weights; a mean of the answered items with at least 5 answered is a prorated mean', () => {
    const answered = `%resource.item.where(linkId != '/69722-7').answer`;
    const questionnaire = phqWithTotal(`iif(${answered}.count() >= 5, (${answered}.ordinal().sum() / ${answered}.count()), {})`);
    const result = ok(questionnaireToPack(questionnaire));
    expect(result.pack.body.scales[0]).toMatchObject({ method: 'mean', minAnswered: 5, missing: 'prorate' });
    // the form does not round its mean; Tend rounds to 2 decimals, and says so
    expect(result.notes).toContainEqual(expect.stringMatching(/^item\[9\] \(linkId "\/44261-6", type "decimal"\): Tend rounds this score \(a mean to 2 decimals, a prorated sum to 1\): where the form gives \d\.\d{3,}, Tend gives \d\.\d{1,2}$/));
  });

  it('a sum prorated over the answered items, given when at least 7 of 9 are answered, is read as such', () => {
    const answered = `%resource.item.where(linkId != '/69722-7').answer`;
    const questionnaire = phqWithTotal(`iif(${answered}.count() = 9, ${answered}.weight().sum(), iif(${answered}.count() >= 7, (${answered}.weight().sum() / ${answered}.count() * 9).round(1), {}))`);
    expect(scaleOf(questionnaireToPack(questionnaire))).toMatchObject({ method: 'sum', minAnswered: 7, missing: 'prorate' });
  });

  it('a total that scores one item the other way round (3 − weight) reverses that item', () => {
    const questionnaire = phqWithTotal(
      `iif(${ALL_ANSWERED}, %resource.item.where(linkId != '/69722-7' and linkId != '/44260-8').answer.weight().sum() + 3 - %resource.item.where(linkId = '/44260-8').answer.weight(), {})`,
    );
    const result = ok(questionnaireToPack(questionnaire));
    expect(result.pack.body.items.filter((i) => i.reverse).map((i) => i.id)).toEqual(['44260-8']);
    const response = phqResponse(questionnaire, [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(readQuestionnaireResponse(result, response).scores[0]!.score).toBe(2);
    expect(evaluateCalculatedItems(questionnaire, response)[0]!.value).toBe(2);
  });

  it('a total Tend cannot say (twice the sum) is refused, naming the expression and what it gave', () => {
    const result = questionnaireToPack(phqWithTotal(`iif(${ALL_ANSWERED}, %resource.item.answer.weight().sum() * 2, {})`));
    expect(result.ok ? [] : result.problems).toEqual([
      `item[9] (linkId "/44261-6", type "decimal"): Tend cannot read its total "iif(${ALL_ANSWERED}, %resource.item.answer.weight().sum() * 2, {})" (item[9].extension[0]) as a scale: with every item at its lowest it gives 0, neither the sum (0) nor the mean of the 9 items it depends on`,
    ]);
    expect(result.ok ? undefined : result.notes).toContain('item[10] (linkId "/69722-7", type "choice"): not scored: its options carry no weights: left out');
  });
});

describe("an expression that excludes an item (where(linkId != '…'))", () => {
  const eight = `%resource.item.where(linkId != '/69722-7' and linkId != '/44260-8').answer`;
  const excluding = phqWithTotal(`iif(${eight}.count() = 8, ${eight}.weight().sum(), {})`);

  it('scores the eight items it sums, not the one its text names', () => {
    const scale = scaleOf(questionnaireToPack(excluding));
    expect(scale.items).toHaveLength(8);
    expect(scale.items).not.toContain('44260-8');
  });

  it('gives 12 where the answers to the eight are 12 and the excluded item is answered 3', () => {
    const response = phqResponse(excluding, [3, 3, 3, 3, 0, 0, 0, 0, 3]);
    expect(evaluateCalculatedItems(excluding, response)[0]!.value).toBe(12);
    expect(readQuestionnaireResponse(ok(questionnaireToPack(excluding)), response).scores[0]!.score).toBe(12);
  });

  it('is refused when it sums eight items but gives nothing unless the ninth is answered too, with the response that shows it', () => {
    const result = questionnaireToPack(phqWithTotal(`iif(${ALL_ANSWERED}, ${eight}.weight().sum(), {})`));
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/and Tend's reading of it \(the sum of 8 items, every one answered\) disagree on the answers .*"\/44260-8" unanswered: the form gives no score, Tend gives \d+\.$/)]);
  });
});

/** A small form of two weighted items and a total over them, built in place. */
function twoItemForm(first: Partial<QuestionnaireItem>, second: Partial<QuestionnaireItem>): Questionnaire {
  const item = (linkId: string, extra: Partial<QuestionnaireItem>): QuestionnaireItem => ({ linkId, type: 'choice', text: `Question ${linkId}`, ...extra });
  return {
    resourceType: 'Questionnaire',
    status: 'active',
    item: [
      item('a', first),
      item('b', second),
      {
        linkId: 'total',
        type: 'decimal',
        text: 'Total',
        readOnly: true,
        extension: [{ url: CALCULATED_EXPRESSION, valueExpression: { language: 'text/fhirpath', expression: "iif(%resource.item.where(linkId != 'total').answer.count() = 2, %resource.item.answer.weight().sum(), {})" } }],
      },
    ],
  };
}
const weighted = (weight: number) => [{ url: ORDINAL_VALUE, valueDecimal: weight }];

describe('an open-choice item with weighted options', () => {
  it('keeps its options and their weights, and counts in the total (13, not 12)', () => {
    const questionnaire = twoItemForm(
      { answerOption: [0, 1, 2, 3].map((w) => ({ valueCoding: { system: 'urn:x', code: `c${w}`, display: `C${w}` }, extension: weighted(w) })) },
      { type: 'open-choice', answerOption: [0, 5, 10].map((w) => ({ valueCoding: { system: 'urn:x', code: `o${w}`, display: `O${w}` }, extension: weighted(w) })) },
    );
    const result = ok(questionnaireToPack(questionnaire));
    expect(result.pack.body.scales[0]!.items).toEqual(['a', 'b']);
    expect(result.codings.get('b')!.map((c) => [c.code, c.value])).toEqual([
      ['o0', 0],
      ['o5', 5],
      ['o10', 10],
    ]);
    expect(result.notes).toContain('item[1] (linkId "b", type "open-choice"): an answer typed instead of chosen is not carried (only its options are scored)');
    const response: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [
        { linkId: 'a', answer: [{ valueCoding: { system: 'urn:x', code: 'c3' } }] },
        { linkId: 'b', answer: [{ valueCoding: { system: 'urn:x', code: 'o10' } }] },
      ],
    };
    expect(readQuestionnaireResponse(result, response).scores[0]!.score).toBe(13);
    // a typed answer is not one of the options: named, not guessed
    const typed = { ...response, item: [response.item![0]!, { linkId: 'b', answer: [{ valueString: 'something else' }] }] };
    expect(readQuestionnaireResponse(result, typed).problems).toEqual(['item[1] (linkId "b"): the answer "something else" is not one of its options']);
  });
});

describe('options coded by display alone', () => {
  const questionnaire = twoItemForm(
    { answerOption: ['Never', 'Sometimes', 'Often'].map((display, w) => ({ valueCoding: { display }, extension: weighted(w) })) },
    { answerOption: ['No', 'Yes'].map((display, w) => ({ valueCoding: { display }, extension: weighted(w) })) },
  );
  // FHIRPath's weight() finds an option by its code, so a form coded by display weighs its answers itself
  const weightOf = (linkId: string) =>
    `%questionnaire.item.where(linkId = '${linkId}').answerOption.where(valueCoding.display = %resource.item.where(linkId = '${linkId}').answer.valueCoding.display).extension.where(url = '${ORDINAL_VALUE}').valueDecimal`;
  questionnaire.item![2]!.extension = [
    { url: VARIABLE, valueExpression: { name: 'a', language: 'text/fhirpath', expression: weightOf('a') } },
    { url: VARIABLE, valueExpression: { name: 'b', language: 'text/fhirpath', expression: weightOf('b') } },
    { url: CALCULATED_EXPRESSION, valueExpression: { language: 'text/fhirpath', expression: 'iif(%a.exists() and %b.exists(), %a + %b, {})' } },
  ];

  it('are matched by display: no code is invented, and the mapping says so', () => {
    const result = ok(questionnaireToPack(questionnaire));
    expect(result.codings.get('a')).toEqual([
      { display: 'Never', value: 0, matchBy: 'display' },
      { display: 'Sometimes', value: 1, matchBy: 'display' },
      { display: 'Often', value: 2, matchBy: 'display' },
    ]);
    expect(result.pack.body.scales[0]).toMatchObject({ items: ['a', 'b'], method: 'sum', missing: 'none' });
  });

  it('and a response that codes its answers the same way is read and scored', () => {
    const result = ok(questionnaireToPack(questionnaire));
    const response: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [
        { linkId: 'a', answer: [{ valueCoding: { display: 'Often' } }] },
        { linkId: 'b', answer: [{ valueCoding: { display: 'Yes' } }] },
      ],
    };
    expect(readQuestionnaireResponse(result, response)).toMatchObject({ answers: { a: 2, b: 1 }, problems: [], notes: [] });
    expect(readQuestionnaireResponse(result, response).scores[0]!.score).toBe(evaluateCalculatedItems(questionnaire, response)[0]!.value);
  });
});

describe('a total that depends on an item Tend does not score', () => {
  it('is refused, naming that item', () => {
    const questionnaire = twoItemForm(
      { answerOption: [0, 1].map((w) => ({ valueCoding: { code: `a${w}` }, extension: weighted(w) })) },
      { type: 'integer', answerOption: undefined },
    );
    const b = "%resource.item.where(linkId = 'b').answer.value";
    questionnaire.item![2]!.extension![0]!.valueExpression!.expression = `iif(%resource.item.where(linkId = 'a').answer.exists(), %resource.item.where(linkId = 'a').answer.weight().sum() + iif(${b}.exists(), ${b}, 0), {})`;
    const result = questionnaireToPack(questionnaire);
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/^item\[2\] \(linkId "total", type "decimal"\): its total ".*" \(item\[2\]\.extension\[0\]\) depends on item\[1\] \(linkId "b", type "integer"\), which Tend does not score \(an integer answer has no options to score\)$/)]);
  });
});

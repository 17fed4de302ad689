import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../content/validate-pack.js';
import { scoreResponse } from '../score-instrument.js';
import { evaluateCalculatedItems } from './calculated-expression.js';
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse, ResponseAnswer } from './fhir-types.js';
import { type QuestionnaireImport, type QuestionnaireMapping, questionnaireToPack } from './import-questionnaire.js';
import { responseWith } from './probe-expression.js';
import { answersFromResponse, readQuestionnaireResponse, scoreQuestionnaireResponse } from './questionnaire-response.js';

/**
 * Real Questionnaires written by others (test-data/README.md says where each comes from), each
 * with the outcome Tend owes it: imported with these items and scales, or refused naming the cause.
 */

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./test-data/${name}`, import.meta.url), 'utf8')) as T;
const fixture = (name: string) => read<Questionnaire>(name);

function imported(questionnaire: Questionnaire): QuestionnaireMapping & { notes: string[] } {
  const result = questionnaireToPack(questionnaire);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}
function refused(questionnaire: Questionnaire): Extract<QuestionnaireImport, { ok: false }> {
  const result = questionnaireToPack(questionnaire);
  if (result.ok) throw new Error(`imported ${result.pack.id}, expected a refusal`);
  return result;
}

/** The item of a Questionnaire with `linkId`, through groups. */
function itemWith(items: readonly QuestionnaireItem[] | undefined, linkId: string): QuestionnaireItem | undefined {
  for (const item of items ?? []) {
    if (item.linkId === linkId) return item;
    const found = itemWith(item.item, linkId);
    if (found) return found;
  }
  return undefined;
}

/** A response choosing, for each scored item, the option at an index (null: unanswered), coded as the form's options are. */
function responseByIndex(questionnaire: Questionnaire, mapping: QuestionnaireMapping, indexes: ReadonlyMap<string, number | null>): QuestionnaireResponse {
  const answers = new Map<string, ResponseAnswer>();
  for (const [linkId, index] of indexes) {
    if (index === null) continue;
    const option = itemWith(questionnaire.item, linkId)?.answerOption?.[index];
    if (option?.valueCoding) answers.set(linkId, { valueCoding: { system: option.valueCoding.system, code: option.valueCoding.code, display: option.valueCoding.display } });
    else if (option?.valueString !== undefined) answers.set(linkId, { valueString: option.valueString });
    else {
      const coding = mapping.codings.get(mapping.itemOf.get(linkId)!)![index]!;
      answers.set(linkId, { valueCoding: { system: coding.system, code: coding.code } });
    }
  }
  return responseWith(questionnaire, answers);
}

describe('fixtures that import', () => {
  it('the Apgar score of LHNCBC/lforms (itemWeight, variables, a total of every item answered): five items and the total', () => {
    const apgar = imported(fixture('lforms-R4-apgar-with-itemWeight-variable.json'));
    expect(apgar.pack.body.items.map((i) => [i.id, i.reverse])).toEqual(['32406-1', '32407-9', '32409-5', '32408-7', '32410-3'].map((id) => [id, false]));
    expect(apgar.pack.body.scales).toMatchObject([{ id: '9272-6', items: apgar.pack.body.items.map((i) => i.id), method: 'sum', minAnswered: 5, missing: 'none', bands: [] }]);
    expect(apgar.codings.get('32406-1')![0]).toEqual({ system: 'http://loinc.org', code: 'LA6722-8', display: 'Blaugrau oder blass', value: 0, matchBy: 'code' });
  });

  it('the GAD-7 of ResearchKitOnFHIR (a contained ValueSet with ordinalValue, items in a group): seven items, no total, the group noted', () => {
    const gad = imported(fixture('researchkitonfhir-GAD-7.questionnaire.json'));
    expect(gad.pack.body.items).toHaveLength(7);
    expect(gad.pack.body.answerSets.map((s) => [s.id, s.options.map((o) => o.value)])).toEqual([['vsgad7', [0, 1, 2, 3]]]);
    expect(gad.pack.body.scales).toEqual([]);
    expect(gad.notes).toEqual([expect.stringMatching(/^item\[0\] \(linkId "a2ae9518-55b5-41cc-928d-00132d1a3c1e", type "group"\): a group: its items are read/)]);
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
    expect(scoreQuestionnaireResponse(gad, read('synthetic-QR-gad7-expected-8.json'))).toMatchObject([{ id: 'total', score: 8, answered: 7, band: { id: 'mild' } }]);
  });

  it("lforms' open-choice items: the two single-answer items with weighted options keep them; the rest are named and left out", () => {
    const open = imported(fixture('lforms-R4-answerOption-valueCoding.open-choice.json'));
    expect(open.pack.body.items.map((i) => i.id)).toEqual(['valuecoding-open-choice-group3-item1', 'valuecoding-open-choice-group4-item1']);
    expect(open.pack.body.answerSets[0]!.options.map((o) => [o.value, o.text.en])).toEqual([
      [1, 'Answer 1'],
      [2, 'Answer 2'],
      [3, 'Answer 3'],
    ]);
    expect(open.notes).toContain('item[2].item[0] (linkId "valueCoding.open-choice-group3-item1", type "open-choice"): an answer typed instead of chosen is not carried (only its options are scored)');
    expect(open.notes).toContain('item[0].item[0] (linkId "valueCoding.open-choice-group1-item1", type "open-choice"): not scored: its options carry no weights: left out');
    expect(open.notes).toContain('item[0].item[1] (linkId "valueCoding.open-choice-group1-item2", type "open-choice"): not scored: it takes several answers, and a Tend item takes one: left out');
    // one note per extension url, naming every path it was found at
    const prefixes = open.notes.filter((n) => n.startsWith('not carried: http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix at '));
    expect(prefixes).toHaveLength(1);
    expect(prefixes[0]).toMatch(/ at item\[2\]\.item\[0\]\.answerOption\[0\]\.extension\[0\], item\[2\]\.item\[0\]\.answerOption\[1\]\.extension\[0\], /);
  });

  it("lforms' valueString options: weighted string options become items matched by their text, and responses answering by string are read", () => {
    const strings = imported(fixture('lforms-R4-answerOption-valueString.json'));
    expect(strings.pack.body.items.map((i) => i.id)).toEqual(['valuestring-group3-item1', 'valuestring-group4-item1']);
    expect(strings.codings.get('valuestring-group3-item1')).toEqual([
      { display: 'a', value: 1, matchBy: 'display' },
      { display: 'b', value: 2, matchBy: 'display' },
      { display: 'c', value: 3, matchBy: 'display' },
    ]);
    const response: QuestionnaireResponse = { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'valueString-group3', item: [{ linkId: 'valueString-group3-item1', answer: [{ valueString: 'c' }] }] }] };
    expect(answersFromResponse(strings, response)).toEqual({ 'valuestring-group3-item1': 3 });
  });

  it("lforms' PHQ-9 (variables, iif): nine weighted items, the difficulty item left out; its total counts an unanswered item as 0 once any is answered", () => {
    const phq = imported(fixture('lforms-R4-phq9.questionnaire.json'));
    expect(phq.pack.body.items).toHaveLength(9);
    expect(phq.pack.body.scales).toEqual([expect.objectContaining({ id: '44261-6', method: 'sum', minAnswered: 1, missing: 'zero' })]);
    expect(phq.notes).toContain('item[10] (linkId "/69722-7", type "choice"): not scored: its options carry no weights: left out');
  });

  it("lforms' PHQ-9 with weight(): the total excludes the difficulty item by `where(linkId != …)`, and is read from what it does, not from that linkId", () => {
    const phq = imported(fixture('lforms-R4-calc-weight-phq9-with-the-weight-function.json'));
    const scale = phq.pack.body.scales[0]!;
    expect(scale).toMatchObject({ method: 'sum', minAnswered: 1, missing: 'zero' });
    expect(scale.items).toHaveLength(9);
    expect(scale.items).not.toContain('69722-7');
  });
});

describe('fixtures that are refused, naming the real cause', () => {
  it("the SDC implementation guide's PHQ-9 (SDC's answers()): the expression FHIRPath cannot evaluate, with its path", () => {
    expect(refused(fixture('hl7-sdc-example-PHQ9-via-lforms.questionnaire.json')).problems).toEqual([
      'item[0].item[9] (linkId "H1/TS", type "quantity"): FHIRPath cannot evaluate "answers().sum(value.ordinal())" (item[0].item[9].extension[0]): Not implemented: answers',
    ]);
  });

  it("lforms' options without codes or weights: no item can be scored, and why", () => {
    const result = refused(fixture('lforms-R4-questionnaire-answerOption-without-code-or-display.json'));
    expect(result.problems).toEqual(['no item can be scored: item[0] (linkId "/answers", type "choice"): not scored: its options carry no weights']);
  });

  it("lforms' contained ValueSet with weights: the weighted item has no text; the other's ValueSet is outside the Questionnaire", () => {
    const result = refused(fixture('lforms-R4-calc-weight-q-with-contained-valueset.json'));
    expect(result.problems).toEqual(['item[0].item[0].item[0] (linkId "link-1.1.1", type "choice"): it has no text, and an item of a pack needs one (only a licensed measure Tend exported leaves its texts out)']);
    expect(result.notes).toContain(
      'item[0].item[0].item[1] (linkId "link-1.1.2", type "choice"): not scored: its options are in the ValueSet "some-value-set-url-5", outside the Questionnaire (Tend does not fetch ValueSets): left out',
    );
  });
});

describe('every fixture that imports', () => {
  const importing = [
    'lforms-R4-phq9.questionnaire.json',
    'lforms-R4-calc-weight-phq9-with-the-weight-function.json',
    'lforms-R4-apgar-with-itemWeight-variable.json', 'researchkitonfhir-GAD-7.questionnaire.json', 'lforms-R4-answerOption-valueCoding.open-choice.json', 'lforms-R4-answerOption-valueString.json'];

  it("scores any response as the form's own calculatedExpressions do", () => {
    for (const name of importing) {
      const questionnaire = fixture(name);
      const mapping = imported(questionnaire);
      const linkIds = [...mapping.itemOf.keys()];
      const answers = fc.tuple(...linkIds.map((linkId) => fc.option(fc.nat({ max: mapping.codings.get(mapping.itemOf.get(linkId)!)!.length - 1 }), { nil: null })));
      fc.assert(
        fc.property(answers, (indexes) => {
          const response = responseByIndex(questionnaire, mapping, new Map(linkIds.map((linkId, i) => [linkId, indexes[i]!])));
          const byForm = evaluateCalculatedItems(questionnaire, response).map((c) => [mapping.scaleOf!.get(c.linkId), c.value]);
          const read = readQuestionnaireResponse(mapping, response);
          expect(read.problems).toEqual([]);
          expect(read.scores.map((s) => [s.id, s.score])).toEqual(byForm);
          expect(scoreResponse(mapping.pack, read.answers)).toEqual(read.scores);
        }),
        { numRuns: 200, seed: 7 },
      );
    }
  }, 60_000); // FHIRPath over every fixture: seconds on a busy two-core machine
});

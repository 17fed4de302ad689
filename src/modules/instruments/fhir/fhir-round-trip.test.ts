import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltInPacks } from '../../../content/built-in-packs.js';
import { minimalInstrumentPack } from '../../../content/pack-fixtures.js';
import type { TInstrumentPack } from '../../../content/pack-schema.js';
import { optionValuesByItem, scoreResponse } from '../score-instrument.js';
import { compileCalculatedItems, evaluateCalculatedItem } from './calculated-expression.js';
import { fhirName, packToQuestionnaire } from './export-questionnaire.js';
import { CALCULATED_EXPRESSION, ITEM_WEIGHT, ORDINAL_VALUE, TRANSLATION } from './fhir-types.js';
import { questionnaireToPack } from './import-questionnaire.js';
import { answersFromResponse, responseFromAnswers, tendMapping } from './questionnaire-response.js';

const PUBLIC_URL = 'https://tend.example.org';
let instruments: TInstrumentPack[];
beforeAll(async () => {
  instruments = [minimalInstrumentPack(), ...(await loadBuiltInPacks()).packs.filter((p): p is TInstrumentPack => p.kind === 'instrument')];
});

/** Any answers to the pack: each item skipped or given one of its values. */
const anyAnswers = (pack: TInstrumentPack) => {
  const values = optionValuesByItem(pack);
  return fc.record(Object.fromEntries(pack.body.items.map((item) => [item.id, fc.option(fc.constantFrom(...values.get(item.id)!), { nil: null })])));
};

describe('packToQuestionnaire', () => {
  it('codes each option by its value, weights it by its score (reversed items the other way) and translates texts', () => {
    const questionnaire = packToQuestionnaire(minimalInstrumentPack(), 'es', PUBLIC_URL);
    expect(questionnaire).toMatchObject({ resourceType: 'Questionnaire', id: 'test.instrument', version: '1.0.0', language: 'es', title: 'Test instrument (es)' });
    expect(questionnaire._title?.extension).toEqual([{ url: TRANSLATION, extension: [{ url: 'lang', valueCode: 'en' }, { url: 'content', valueString: 'Test instrument' }] }]);
    const [q1, , q3] = questionnaire.item!;
    expect(q1).toMatchObject({ linkId: 'q1', type: 'choice', text: 'Item 1 (es)' });
    expect(q1!.answerOption![1]).toEqual({
      valueCoding: {
        system: 'https://tend.local/fhir/CodeSystem/answer-value',
        code: '1',
        display: 'Option 1 (es)',
        _display: { extension: [{ url: TRANSLATION, extension: [{ url: 'lang', valueCode: 'en' }, { url: 'content', valueString: 'Option 1' }] }] },
        extension: [{ url: ITEM_WEIGHT, valueDecimal: 1 }],
      },
      extension: [{ url: ORDINAL_VALUE, valueDecimal: 1 }],
    });
    expect(q3!.answerOption!.map((o) => [o.valueCoding!.code, o.extension![0]!.valueDecimal])).toEqual([
      ['0', 3],
      ['1', 2],
      ['2', 1],
      ['3', 0],
    ]);
    expect(questionnaire.item!.slice(4).map((i) => [i.linkId, i.type, i.readOnly])).toEqual([
      ['total', 'decimal', true],
      ['pair', 'decimal', true],
    ]);
  });

  it("names itself by FHIR's rule (cnl-0) and has its canonical url under the server's public address", () => {
    expect(packToQuestionnaire(minimalInstrumentPack(), 'en', 'https://tend.example.org/')).toMatchObject({ name: 'TestInstrument', url: 'https://tend.example.org/fhir/Questionnaire/test.instrument' });
    for (const pack of instruments) expect(packToQuestionnaire(pack, pack.locales[0]!, PUBLIC_URL).name, pack.id).toMatch(/^[A-Z][A-Za-z0-9_]{0,254}$/);
    expect([fhirName('proqol-5'), fhirName('tend.sts-self-check'), fhirName('9-lives'), fhirName('x'.repeat(300)).length]).toEqual(['Proqol5', 'TendStsSelfCheck', 'Q9Lives', 255]);
  });

  it('leaves out the texts of a licensed measure that does not ship them', () => {
    const proqol = instruments.find((p) => p.id === 'proqol-5')!;
    expect(packToQuestionnaire(proqol, proqol.locales[0]!, PUBLIC_URL).item!.filter((i) => i.text !== undefined && i.type === 'choice')).toEqual([]);
  });
});

describe('export → import', () => {
  it('gives back every shipped instrument unchanged: ids, values, reverse flags, scales, bands, texts', () => {
    expect(instruments.map((p) => p.id)).toEqual(expect.arrayContaining(['proqol-5', 'stss']));
    for (const pack of instruments) {
      // fewer proof responses than an operator's import (300): this test is about the round trip, and the slow machine runs it
      const result = questionnaireToPack(JSON.parse(JSON.stringify(packToQuestionnaire(pack, pack.locales[0]!, PUBLIC_URL))), { proofRuns: 20 });
      expect(result.ok ? [] : result.problems, pack.id).toEqual([]);
      expect(result.ok && result.pack, pack.id).toEqual(pack);
      expect(result.ok && result.notes, pack.id).toEqual([]);
    }
  });

  it("refuses an export whose scale extension and expression were made to disagree, naming a response", () => {
    const questionnaire = packToQuestionnaire(minimalInstrumentPack(), 'en', PUBLIC_URL);
    const total = questionnaire.item!.find((i) => i.linkId === 'total')!;
    const expression = total.extension!.find((e) => e.url === CALCULATED_EXPRESSION)!.valueExpression!;
    expression.expression = `(${expression.expression}) + 1`;
    const result = questionnaireToPack(questionnaire, { proofRuns: 20 });
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/^item\[4\] \(linkId "total", type "decimal"\): the form's total .* disagree on the answers "q1" = .*: the form gives \d+, Tend gives \d+\.$/)]);
  });

  it('scores a response the same through the pack and through the exported calculatedExpressions (FHIRPath)', () => {
    for (const pack of instruments) {
      const questionnaire = packToQuestionnaire(pack, pack.locales[0]!, PUBLIC_URL);
      const calculated = compileCalculatedItems(questionnaire);
      fc.assert(
        fc.property(anyAnswers(pack), (answers) => {
          const response = responseFromAnswers(pack, answers, { publicUrl: PUBLIC_URL });
          expect(response.questionnaire).toBe(`${pack.body.licence?.fhirUrl ?? `${PUBLIC_URL}/fhir/Questionnaire/${pack.id}`}|${pack.version}`);
          const byFhirPath = calculated.map((c) => [c.linkId, evaluateCalculatedItem(c, questionnaire, response)]);
          expect(byFhirPath).toEqual(scoreResponse(pack, answers).map((s) => [s.id, s.score]));
        }),
        { numRuns: 25 },
      );
    }
  }, 60_000); // FHIRPath over every built-in instrument: seconds on a busy two-core machine

  it('gives a check-in back from its QuestionnaireResponse', () => {
    for (const pack of instruments) {
      fc.assert(
        fc.property(anyAnswers(pack), (answers) => {
          const response = JSON.parse(JSON.stringify(responseFromAnswers(pack, answers, { publicUrl: PUBLIC_URL, authored: '2025-01-02T10:00:00Z' })));
          const back = answersFromResponse(tendMapping(pack), response);
          expect(back).toEqual(Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== null)));
        }),
        { numRuns: 25 },
      );
    }
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { TInstrumentPack } from '../../content/pack-schema.js';
import { packToQuestionnaire } from './fhir/export-questionnaire.js';
import { ORDINAL_VALUE, type Questionnaire, type QuestionnaireItem, TRANSLATION } from './fhir/fhir-types.js';
import { mergeLicensedTexts } from './merge-licensed-texts.js';
import { scoreResponse } from './score-instrument.js';
import { answersBy, loadInstrumentPack } from './test-packs.js';

let proqol: TInstrumentPack;
beforeAll(async () => {
  proqol = await loadInstrumentPack('proqol-5');
});

/** An organisation's licensed questionnaire, with stand-in wording (Tend has no licence to the real texts). */
function licensedQuestionnaire(count: number, options: { linkId?: (n: number) => string; values?: number[]; spanish?: boolean } = {}): Questionnaire {
  const values = options.values ?? [1, 2, 3, 4, 5];
  const item = (n: number): QuestionnaireItem => ({
    linkId: options.linkId?.(n) ?? `proqol.${n}`,
    type: 'choice',
    text: `Licensed question ${n}`,
    ...(options.spanish ? { _text: { extension: [{ url: TRANSLATION, extension: [{ url: 'lang', valueCode: 'es' }, { url: 'content', valueString: `Pregunta con licencia ${n}` }] }] } } : {}),
    answerOption: values.map((value) => ({ valueCoding: { code: `a${value}`, display: `Answer ${value}` }, extension: [{ url: ORDINAL_VALUE, valueDecimal: value }] })),
  });
  return {
    resourceType: 'Questionnaire',
    status: 'active',
    language: 'en-GB',
    item: [{ linkId: 'all', type: 'group', item: Array.from({ length: count }, (_, i) => item(i + 1)) }],
  };
}

describe('mergeLicensedTexts', () => {
  it('fills in the item texts by linkId, keeps the scoring, and says which locales it had no wording for', () => {
    const result = mergeLicensedTexts(proqol, licensedQuestionnaire(30));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.matchedBy).toBe('linkId');
    expect(result.missingLocales).toEqual(['es']);
    expect(result.pack.body.items[16]).toMatchObject({ id: 'proqol.17', reverse: true, text: { en: 'Licensed question 17', es: 'Licensed question 17' } });
    expect(result.pack.body.licence).toMatchObject({ textsIncluded: true });
    const answers = answersBy(proqol, (n) => (n % 5) + 1);
    expect(scoreResponse(result.pack, answers)).toEqual(scoreResponse(proqol, answers));
  });

  it('takes translations, and matches by order when the linkIds are the organisation\'s own', () => {
    const result = mergeLicensedTexts(proqol, licensedQuestionnaire(30, { linkId: (n) => `/org-${n}`, spanish: true }));
    expect(result.ok && [result.matchedBy, result.missingLocales, result.pack.body.items[29]!.text]).toEqual(['order', [], { en: 'Licensed question 30', es: 'Pregunta con licencia 30' }]);
  });

  it('reads the texts of a questionnaire Tend exported, once an organisation filled them in', () => {
    const exported = packToQuestionnaire(proqol, proqol.locales[0]!, 'https://tend.example.org');
    for (const item of exported.item!) if (item.type === 'choice') item.text = `Wording of ${item.linkId}`;
    const result = mergeLicensedTexts(proqol, exported);
    expect(result.ok && result.pack.body.items[0]!.text).toEqual({ en: 'Wording of proqol.1', es: 'Wording of proqol.1' });
  });

  it.each([
    ['another number of questions', licensedQuestionnaire(29), ['the questionnaire has 29 questions; proqol-5 scores 30 items, so its texts cannot be matched to them']],
    [
      'other answer values',
      licensedQuestionnaire(30, { values: [0, 1, 2, 3, 4] }),
      ['question "proqol.1" (for item proqol.1): its answer values are 0, 1, 2, 3, 4; the scoring needs 1, 2, 3, 4, 5'],
    ],
    ['a language the pack does not have', { ...licensedQuestionnaire(30), language: 'fr-FR' }, ['the questionnaire is in "fr-FR"; proqol-5 has texts in en, es']],
    ['not a questionnaire', { resourceType: 'Patient' } as unknown as Questionnaire, ['resourceType must be "Questionnaire" (a FHIR R4 Questionnaire)']],
  ])('refuses %s, and says why', (_, questionnaire, expected) => {
    const result = mergeLicensedTexts(proqol, questionnaire);
    expect(result.ok ? [] : result.problems.slice(0, 1)).toEqual(expected);
    if (!result.ok && expected[0]!.includes('answer values')) expect(result.problems).toHaveLength(30);
  });

  it('refuses options with no value to check, and a question without text', () => {
    const questionnaire = licensedQuestionnaire(30);
    const group = questionnaire.item![0]!.item!;
    group[2]!.answerOption = [{ valueCoding: { code: 'never', display: 'Never' } }];
    delete group[4]!.text;
    const result = mergeLicensedTexts(proqol, questionnaire);
    expect(result.ok ? [] : result.problems).toEqual([
      'question "proqol.3" (for item proqol.3): its answer options carry no values to check (give each an ordinalValue or itemWeight, or a numeric code)',
      'question "proqol.5" (for item proqol.5): has no text',
    ]);
  });
});

import type { Locale, TInstrumentPack } from '../../../content/pack-schema.js';
import { type InstrumentAnswers, InstrumentAnswerError, type ScaleScore, scoreResponse } from '../score-instrument.js';
import type { QuestionnaireResponse, ResponseAnswer, ResponseItem } from './fhir-types.js';
import { TEND_ANSWER_SYSTEM, TEND_QUESTIONNAIRE } from './fhir-types.js';
import type { OptionCoding, QuestionnaireMapping } from './import-questionnaire.js';

/** How a Tend pack's own Questionnaire (packToQuestionnaire) codes it: linkId = item id, code = value. */
export function tendMapping(pack: TInstrumentPack): QuestionnaireMapping {
  const sets = new Map(pack.body.answerSets.map((s) => [s.id, s]));
  return {
    pack,
    itemOf: new Map(pack.body.items.map((item) => [item.id, item.id])),
    codings: new Map(
      pack.body.items.map((item) => [item.id, (sets.get(item.answerSet)?.options ?? []).map((o) => ({ system: TEND_ANSWER_SYSTEM, code: String(o.value), value: o.value }))]),
    ),
  };
}

/**
 * The answers of a QuestionnaireResponse, by item id: each answer matched by linkId, and by its
 * coding (code, and system when both name one) or an integer or decimal that is one of the item's
 * values. Items the pack does not score (a stored total among them) are passed over. An answer the
 * item does not offer, or two answers to one item, throw InstrumentAnswerError naming the item.
 */
export function answersFromResponse(mapping: QuestionnaireMapping, response: QuestionnaireResponse): Record<string, number | null> {
  if ((response as { resourceType?: unknown })?.resourceType !== 'QuestionnaireResponse') {
    throw new InstrumentAnswerError('', 'resourceType must be "QuestionnaireResponse"');
  }
  const answers: Record<string, number | null> = {};
  const walk = (items: readonly ResponseItem[] | undefined) => {
    for (const item of items ?? []) {
      const itemId = mapping.itemOf.get(item.linkId);
      if (itemId !== undefined) {
        const given = item.answer ?? [];
        if (given.length > 1) throw new InstrumentAnswerError(itemId, `item "${item.linkId}" has ${given.length} answers; it takes one`);
        if (itemId in answers) throw new InstrumentAnswerError(itemId, `item "${item.linkId}" is answered twice in the response`);
        answers[itemId] = given[0] ? answerValue(given[0], mapping.codings.get(itemId) ?? [], item.linkId, itemId) : null;
      }
      walk(item.item);
    }
  };
  walk(response.item);
  return answers;
}

function answerValue(answer: ResponseAnswer, codings: readonly OptionCoding[], linkId: string, itemId: string): number {
  const coding = answer.valueCoding;
  if (coding) {
    const found = codings.find((c) => c.code === coding.code && (c.system === undefined || coding.system === undefined || c.system === coding.system));
    if (found) return found.value;
    throw new InstrumentAnswerError(itemId, `item "${linkId}": the answer ${coding.system ? `${coding.system}|` : ''}${coding.code ?? '(no code)'} is not one of its options`);
  }
  const number = answer.valueInteger ?? answer.valueDecimal;
  if (typeof number === 'number' && codings.some((c) => c.value === number)) return number;
  throw new InstrumentAnswerError(itemId, `item "${linkId}": the answer is not one of its options`);
}

/** The scales of a QuestionnaireResponse, recomputed from its answers (a stored total is never read). */
export function scoreQuestionnaireResponse(mapping: QuestionnaireMapping, response: QuestionnaireResponse): ScaleScore[] {
  return scoreResponse(mapping.pack, answersFromResponse(mapping, response));
}

/**
 * A check-in's answers as a QuestionnaireResponse to the pack's Questionnaire: one item per
 * answered item, coded in Tend's answer system with the option's text in `locale`. No scores:
 * whoever reads it recomputes them.
 */
export function responseFromAnswers(
  pack: TInstrumentPack,
  answers: InstrumentAnswers,
  options: { locale?: Locale; authored?: string; status?: 'completed' | 'in-progress' } = {},
): QuestionnaireResponse {
  const locale = options.locale ?? pack.locales[0]!;
  scoreResponse(pack, answers); // checks every answer against its item first
  const sets = new Map(pack.body.answerSets.map((s) => [s.id, s]));
  const item: ResponseItem[] = pack.body.items.flatMap((packItem) => {
    const value = answers[packItem.id];
    if (value === null || value === undefined) return [];
    const option = sets.get(packItem.answerSet)?.options.find((o) => o.value === value);
    const display = option?.text[locale];
    return [{ linkId: packItem.id, answer: [{ valueCoding: { system: TEND_ANSWER_SYSTEM, code: String(value), ...(display ? { display } : {}) } }] }];
  });
  return {
    resourceType: 'QuestionnaireResponse',
    status: options.status ?? 'completed',
    questionnaire: `${pack.body.licence?.fhirUrl ?? `${TEND_QUESTIONNAIRE}/${pack.id}`}|${pack.version}`,
    language: locale,
    ...(options.authored ? { authored: options.authored } : {}),
    item,
  };
}

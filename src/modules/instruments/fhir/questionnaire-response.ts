import type { Locale, TInstrumentPack } from '../../../content/pack-schema.js';
import { type InstrumentAnswers, InstrumentAnswerError, type ScaleScore, scoreResponse } from '../score-instrument.js';
import type { QuestionnaireResponse, ResponseAnswer, ResponseItem } from './fhir-types.js';
import { questionnaireUrl } from './export-questionnaire.js';
import { TEND_ANSWER_SYSTEM } from './fhir-types.js';
import type { OptionCoding, QuestionnaireMapping } from './import-questionnaire.js';

/** How a Tend pack's own Questionnaire (packToQuestionnaire) codes it: linkId = item id, code = value. */
export function tendMapping(pack: TInstrumentPack): QuestionnaireMapping {
  const sets = new Map(pack.body.answerSets.map((s) => [s.id, s]));
  return {
    pack,
    itemOf: new Map(pack.body.items.map((item) => [item.id, item.id])),
    codings: new Map(
      pack.body.items.map((item) => [
        item.id,
        (sets.get(item.answerSet)?.options ?? []).map((o): OptionCoding => ({ system: TEND_ANSWER_SYSTEM, code: String(o.value), value: o.value, matchBy: 'code' })),
      ]),
    ),
    scaleOf: new Map(pack.body.scales.map((scale) => [scale.id, scale.id])),
  };
}

/**
 * The option an answer chooses, by the way the form codes its options: a coding by code (and
 * system when both name one), an option without a code by its display (the coding's display or a
 * valueString), an integer option by its integer; a bare number equal to an option's value is
 * also read (Tend's own responses before codings). Undefined when it is none of them.
 */
export function matchAnswer(answer: ResponseAnswer, codings: readonly OptionCoding[]): OptionCoding | undefined {
  const coding = answer.valueCoding;
  if (coding) {
    return (
      codings.find((c) => c.matchBy === 'code' && c.code === coding.code && (c.system === undefined || coding.system === undefined || c.system === coding.system)) ??
      (coding.code === undefined ? codings.find((c) => c.matchBy === 'display' && coding.display !== undefined && c.display === coding.display) : undefined)
    );
  }
  if (answer.valueString !== undefined) return codings.find((c) => c.matchBy === 'display' && c.display === answer.valueString);
  const number = answer.valueInteger ?? answer.valueDecimal;
  if (typeof number !== 'number') return undefined;
  return codings.find((c) => c.matchBy === 'integer' && c.integer === number) ?? codings.find((c) => c.value === number);
}

const describeAnswer = (answer: ResponseAnswer) => {
  const coding = answer.valueCoding;
  if (coding) return coding.code !== undefined ? `${coding.system ? `${coding.system}|` : ''}${coding.code}` : `"${coding.display ?? '(no code or display)'}"`;
  if (answer.valueString !== undefined) return `"${answer.valueString}"`;
  return String(answer.valueInteger ?? answer.valueDecimal ?? answer.valueBoolean ?? '(no value)');
};

/** The number a stored total gives (an answer on a calculated item). */
const storedNumber = (answer: ResponseAnswer | undefined) => answer?.valueDecimal ?? answer?.valueInteger ?? answer?.valueQuantity?.value;

/** What a QuestionnaireResponse written by another app says, read against an imported pack. */
export interface ResponseRead {
  /** Answers by item id: the option value chosen, null for an item left unanswered or unreadable. */
  answers: Record<string, number | null>;
  /** Each answer Tend could not read, named: unknown linkId, an answer that is not an option, two answers. */
  problems: string[];
  /** What Tend read differently from the response: a stored total that its answers do not give. */
  notes: string[];
  /** The pack's scales recomputed from the answers that could be read. */
  scores: ScaleScore[];
}

/**
 * Reads a QuestionnaireResponse against a pack and its mapping (questionnaireToPack's) without
 * throwing: every answer by item id, each problem named, and every stored total (an answer on a
 * calculated item) checked against the score its answers give, never trusted: a mismatch is noted
 * ("the response says 14; its answers give 12"). Pure: for importing past responses.
 */
export function readQuestionnaireResponse(mapping: QuestionnaireMapping, response: QuestionnaireResponse): ResponseRead {
  const { problems, ...read } = readResponse(mapping, response);
  return { ...read, problems: problems.map((p) => p.message) };
}

interface Problem {
  message: string;
  itemId: string;
  /** An answer to a linkId the mapping does not know (not one of the pack's items). */
  unknown?: boolean;
}

function readResponse(mapping: QuestionnaireMapping, response: QuestionnaireResponse): Omit<ResponseRead, 'problems'> & { problems: Problem[] } {
  const read = { answers: {} as Record<string, number | null>, problems: [] as Problem[], notes: [] as string[], scores: [] as ScaleScore[] };
  if ((response as { resourceType?: unknown })?.resourceType !== 'QuestionnaireResponse') {
    read.problems.push({ itemId: '', message: 'resourceType must be "QuestionnaireResponse"' });
    return read;
  }
  const stored: Array<{ linkId: string; scaleId: string; value: number | undefined }> = [];
  const walk = (items: readonly ResponseItem[] | undefined, base: string) => {
    (items ?? []).forEach((item, i) => {
      const path = `${base}item[${i}]`;
      const given = item.answer ?? [];
      const itemId = mapping.itemOf.get(item.linkId);
      const scaleId = mapping.scaleOf?.get(item.linkId);
      if (itemId !== undefined) {
        const problem = (message: string) => read.problems.push({ itemId, message: `${path} (linkId "${item.linkId}"): ${message}` });
        if (itemId in read.answers) problem('answered twice in the response; the first answer is kept');
        else if (given.length > 1) {
          problem(`${given.length} answers, and the item takes one`);
          read.answers[itemId] = null;
        } else if (given[0]) {
          const found = matchAnswer(given[0], mapping.codings.get(itemId) ?? []);
          if (!found) problem(`the answer ${describeAnswer(given[0])} is not one of its options`);
          read.answers[itemId] = found ? found.value : null;
        } else read.answers[itemId] = null;
      } else if (scaleId !== undefined) stored.push({ linkId: item.linkId, scaleId, value: storedNumber(given[0]) });
      else if (!mapping.passedOver?.has(item.linkId) && !item.item && given.length > 0) {
        read.problems.push({ itemId: '', unknown: true, message: `${path}: linkId "${item.linkId}" is not an item of the questionnaire` });
      }
      walk(item.item, `${path}.`);
      for (const [a, answer] of given.entries()) walk(answer.item, `${path}.answer[${a}].`);
    });
  };
  walk(response.item, '');
  read.scores = scoreResponse(mapping.pack, read.answers);
  for (const total of stored) {
    const score = read.scores.find((s) => s.id === total.scaleId)?.score ?? null;
    if (total.value === undefined || total.value === score) continue;
    read.notes.push(`"${total.linkId}": the response says ${total.value}; its answers give ${score === null ? 'no score (too few answered)' : score}`);
  }
  return read;
}

/**
 * The answers of a QuestionnaireResponse, by item id (readQuestionnaireResponse's), for a caller
 * that takes only a clean response: its first problem throws InstrumentAnswerError. Items the pack
 * does not score (a stored total among them) are passed over.
 */
export function answersFromResponse(mapping: QuestionnaireMapping, response: QuestionnaireResponse): Record<string, number | null> {
  const read = readResponse(mapping, response);
  const problem = read.problems.find((p) => !p.unknown);
  if (problem) throw new InstrumentAnswerError(problem.itemId, problem.message);
  return read.answers;
}

/** The scales of a QuestionnaireResponse, recomputed from its answers (a stored total is never read). */
export function scoreQuestionnaireResponse(mapping: QuestionnaireMapping, response: QuestionnaireResponse): ScaleScore[] {
  return scoreResponse(mapping.pack, answersFromResponse(mapping, response));
}

/**
 * A check-in's answers as a QuestionnaireResponse to the pack's Questionnaire: one item per
 * answered item, coded in Tend's answer system with the option's text in `locale`, answering the
 * Questionnaire Tend serves under `publicUrl` (TEND_PUBLIC_URL). No scores:
 * whoever reads it recomputes them.
 */
export function responseFromAnswers(
  pack: TInstrumentPack,
  answers: InstrumentAnswers,
  options: { publicUrl: string; locale?: Locale; authored?: string; status?: 'completed' | 'in-progress' },
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
    // the canonical of the Questionnaire this Tend serves for the pack (packToQuestionnaire's url)
    questionnaire: `${pack.body.licence?.fhirUrl ?? questionnaireUrl(options.publicUrl, pack.id)}|${pack.version}`,
    language: locale,
    ...(options.authored ? { authored: options.authored } : {}),
    item,
  };
}

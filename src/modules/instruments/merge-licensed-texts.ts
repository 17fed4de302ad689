import type { Locale, TInstrumentPack, TText } from '../../content/pack-schema.js';
import { validatePack } from '../../content/validate-pack.js';
import { fromFhirText, localeOf, type Questionnaire, type QuestionnaireItem } from './fhir/fhir-types.js';
import { type ReadOption, readOptions } from './fhir/read-questionnaire.js';

export type LicensedTextsMerge =
  | {
      ok: true;
      /** The pack with the item texts filled in (licence.textsIncluded now true): for this organisation only. */
      pack: TInstrumentPack;
      matchedBy: 'linkId' | 'order';
      /** Locales of the pack the questionnaire has no wording for: its own language's text stands in. */
      missingLocales: Locale[];
    }
  | { ok: false; problems: string[] };

/**
 * A licensed measure's scoring definition (item texts withheld) with the item texts of an
 * organisation's own FHIR Questionnaire for it. Pure. The questions are matched to the items by
 * linkId (= item id) when every item has one, else by order; a questionnaire with another number
 * of questions, or whose answer values for an item differ from the item's answer set, is refused
 * with every problem named: texts attached to the wrong scoring would give wrong scores silently.
 * Answer values are read from ordinalValue or itemWeight, else integer options or numeric codes.
 */
export function mergeLicensedTexts(pack: TInstrumentPack, questionnaire: Questionnaire): LicensedTextsMerge {
  if ((questionnaire as { resourceType?: unknown })?.resourceType !== 'Questionnaire') return { ok: false, problems: ['resourceType must be "Questionnaire" (a FHIR R4 Questionnaire)'] };
  // a questionnaire that does not say its language is taken to be in the pack's first
  const language = questionnaire.language === undefined ? pack.locales[0]! : localeOf(questionnaire.language);
  if (!language || !pack.locales.includes(language)) {
    return { ok: false, problems: [`the questionnaire is in "${questionnaire.language}"; ${pack.id} has texts in ${pack.locales.join(', ')}`] };
  }
  const questions = questionItems(questionnaire.item);
  const { items } = pack.body;
  if (questions.length !== items.length) {
    return { ok: false, problems: [`the questionnaire has ${questions.length} questions; ${pack.id} scores ${items.length} items, so its texts cannot be matched to them`] };
  }
  const byLinkId = new Map(questions.map((q) => [q.linkId, q]));
  const matchedBy = items.every((item) => byLinkId.has(item.id)) ? 'linkId' : 'order';
  const setValues = new Map(pack.body.answerSets.map((s) => [s.id, s.options.map((o) => o.value)]));
  const problems: string[] = [];
  const missing = new Set<Locale>();
  const merged = items.map((item, i) => {
    const question = matchedBy === 'linkId' ? byLinkId.get(item.id)! : questions[i]!;
    const where = `question "${question.linkId}" (for item ${item.id})`;
    const expected = [...(setValues.get(item.answerSet) ?? [])].sort((a, b) => a - b);
    const options = readOptions(question, questionnaire.contained, language);
    const found = answerValues(options.ok ? options.options : undefined);
    if (!found) problems.push(`${where}: its answer options carry no values to check (give each an ordinalValue or itemWeight, or a numeric code)`);
    else if (found.join() !== expected.join()) problems.push(`${where}: its answer values are ${found.join(', ')}; the scoring needs ${expected.join(', ')}`);
    const read = fromFhirText(question.text, question._text, language);
    if (!read) {
      problems.push(`${where}: has no text`);
      return item;
    }
    const text: TText = {};
    for (const locale of pack.locales) {
      if (read[locale] === undefined) missing.add(locale);
      text[locale] = read[locale] ?? read[language]!;
    }
    return { ...item, text };
  });
  if (problems.length > 0) return { ok: false, problems };
  const licence = pack.body.licence ? { ...pack.body.licence, textsIncluded: true } : null;
  const result = validatePack({ ...pack, body: { ...pack.body, licence, items: merged } }, 'merged');
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => `${p.path}: ${p.problem}`) };
  return { ok: true, pack: result.pack as TInstrumentPack, matchedBy, missingLocales: [...missing] };
}

/** The questions of a questionnaire in order: items with answer options, through groups; no display or calculated items. */
function questionItems(items: readonly QuestionnaireItem[] | undefined): QuestionnaireItem[] {
  return (items ?? []).flatMap((item) => {
    const own = item.type !== 'group' && item.type !== 'display' && !item.readOnly && (item.answerOption !== undefined || item.answerValueSet !== undefined) ? [item] : [];
    return [...own, ...questionItems(item.item)];
  });
}

/** The values an item's options stand for, sorted; undefined when some option carries none. */
function answerValues(options: ReadOption[] | undefined): number[] | undefined {
  if (!options || options.length === 0) return undefined;
  const values = options.map((o) => o.weight ?? o.integer ?? (o.code !== undefined && o.code.trim() !== '' && Number.isFinite(Number(o.code)) ? Number(o.code) : undefined));
  return values.every((v) => v !== undefined) ? (values as number[]).sort((a, b) => a - b) : undefined;
}

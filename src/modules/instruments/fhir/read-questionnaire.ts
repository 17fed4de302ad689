import type { Locale, TScale, TText } from '../../../content/pack-schema.js';
import { type AnswerOption, type Element, type Extension, ext, exts, fromFhirText, ITEM_WEIGHT, ORDINAL_VALUE, type QuestionnaireItem, type ResponseAnswer } from './fhir-types.js';

/** One answer option of a Questionnaire item as read: how it is coded, its display and weight (if any). */
export interface ReadOption {
  system?: string;
  code?: string;
  /** The option's display as written (or its valueString), for matching answers coded by display alone. */
  label?: string;
  display?: TText;
  weight?: number;
  integer?: number;
  /** The answer a QuestionnaireResponse gives to choose this option, coded as the form codes it. */
  answer: ResponseAnswer;
}

/** An ordinalValue or itemWeight among `extensions` (ordinalValue first: it is R4's). */
export function weightIn(extensions: readonly Extension[] | undefined): number | undefined {
  for (const url of [ORDINAL_VALUE, ITEM_WEIGHT]) {
    const found = ext(extensions, url);
    const value = found?.valueDecimal ?? found?.valueInteger;
    if (typeof value === 'number') return value;
  }
  return undefined;
}

interface Concept {
  code?: string;
  system?: string;
  display?: string;
  _display?: Element;
  extension?: Extension[];
}
interface ContainedValueSet {
  resourceType?: string;
  id?: string;
  compose?: { include?: Array<{ system?: string; concept?: Concept[] }> };
  expansion?: { contains?: Concept[] };
}

export type OptionsRead = { ok: true; options: ReadOption[] } | { ok: false; reason: string };

/**
 * The options of an item: its answerOptions (weights on the option or on its coding; codings,
 * strings or integers), or the concepts of the contained ValueSet its answerValueSet points at
 * ("#VSGAD7", its compose or its expansion). A ValueSet outside the Questionnaire is not fetched
 * (imports are pure): the reason says so.
 */
export function readOptions(item: QuestionnaireItem, contained: readonly unknown[] | undefined, language: Locale): OptionsRead {
  if (item.answerOption) {
    const options = item.answerOption.map((option) => {
      const coding = option.valueCoding;
      const read: ReadOption = { answer: answerOf(option) };
      if (coding?.system) read.system = coding.system;
      if (coding?.code) read.code = coding.code;
      const label = coding?.display ?? option.valueString;
      if (label !== undefined) read.label = label;
      const display = fromFhirText(label, coding ? coding._display : undefined, language);
      if (display) read.display = display;
      const weight = weightIn(option.extension) ?? weightIn(coding?.extension);
      if (weight !== undefined) read.weight = weight;
      if (typeof option.valueInteger === 'number') read.integer = option.valueInteger;
      return read;
    });
    return { ok: true, options };
  }
  const reference = item.answerValueSet;
  if (!reference) return { ok: false, reason: 'it has no answer options' };
  if (!reference.startsWith('#')) return { ok: false, reason: `its options are in the ValueSet "${reference}", outside the Questionnaire (Tend does not fetch ValueSets)` };
  const valueSet = (contained ?? []).find((r): r is ContainedValueSet => (r as ContainedValueSet)?.resourceType === 'ValueSet' && (r as ContainedValueSet).id === reference.slice(1));
  if (!valueSet) return { ok: false, reason: `its answerValueSet "${reference}" is not among the contained resources` };
  const concepts = valueSet.compose?.include?.flatMap((include) => (include.concept ?? []).map((c) => ({ ...c, system: include.system }))) ?? valueSet.expansion?.contains ?? [];
  if (concepts.length === 0) return { ok: false, reason: `its ValueSet "${reference}" lists no concepts (Tend does not expand a ValueSet by rule)` };
  const options = concepts.map((concept) => {
    const read: ReadOption = { answer: { valueCoding: { ...(concept.system ? { system: concept.system } : {}), ...(concept.code ? { code: concept.code } : {}), ...(concept.display ? { display: concept.display } : {}) } } };
    if (concept.system) read.system = concept.system;
    if (concept.code) read.code = concept.code;
    if (concept.display !== undefined) read.label = concept.display;
    const display = fromFhirText(concept.display, concept._display, language);
    if (display) read.display = display;
    const weight = weightIn(concept.extension);
    if (weight !== undefined) read.weight = weight;
    return read;
  });
  return { ok: true, options };
}

/** The answer choosing `option`, as another app would write it: the option's value without its extensions. */
function answerOf(option: AnswerOption): ResponseAnswer {
  if (option.valueCoding) {
    const { extension: _weights, _display: _translations, ...coding } = option.valueCoding;
    return { valueCoding: coding };
  }
  if (option.valueString !== undefined) return { valueString: option.valueString };
  if (option.valueInteger !== undefined) return { valueInteger: option.valueInteger };
  return {};
}

/** A scale exactly as Tend exported it (its tend scale extension on the calculated item). */
export function readTendScale(item: QuestionnaireItem, defined: Extension, itemOf: ReadonlyMap<string, string>, language: Locale, reference: string): Omit<TScale, 'id'> {
  const name = fromFhirText(item.text, item._text, language) ?? { [language]: item.linkId };
  const parts = defined.extension;
  const strings = (url: string) => exts(parts, url).flatMap((e) => (e.valueString ? [e.valueString] : []));
  const text = (band: Extension[] | undefined, url: string) => {
    const found = ext(band, url);
    return fromFhirText(found?.valueString, found?._valueString, language) ?? { [language]: url };
  };
  const model = ext(parts, 'model')?.valueId;
  const items = strings('item').map((linkId) => itemOf.get(linkId) ?? linkId);
  return {
    name,
    ...(model ? { model } : {}),
    items,
    method: ext(parts, 'method')?.valueCode === 'mean' ? 'mean' : 'sum',
    minAnswered: ext(parts, 'min-answered')?.valueInteger ?? items.length,
    missing: readMissing(ext(parts, 'missing')?.valueCode),
    ...(ext(parts, 'missing-rule-source')?.valueString ? { missingRuleSource: ext(parts, 'missing-rule-source')!.valueString! } : {}),
    bands: exts(parts, 'band').map((band) => ({
      id: ext(band.extension, 'id')?.valueId ?? '',
      min: ext(band.extension, 'min')?.valueDecimal ?? 0,
      max: ext(band.extension, 'max')?.valueDecimal ?? 0,
      label: text(band.extension, 'label'),
      guidance: text(band.extension, 'guidance'),
      suggestSupport: ext(band.extension, 'suggest-support')?.valueBoolean ?? false,
    })),
    source: strings('source').length > 0 ? strings('source') : [reference],
  };
}

/** A scale's missing-answer rule from its extension; anything else is 'none', the strictest. */
function readMissing(code: string | undefined): TScale['missing'] {
  return code === 'prorate' || code === 'zero' ? code : 'none';
}

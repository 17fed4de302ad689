import type { Locale, TScale, TText } from '../../../content/pack-schema.js';
import { type Element, type Extension, ext, exts, fromFhirText, ITEM_WEIGHT, ORDINAL_VALUE, type QuestionnaireItem } from './fhir-types.js';

/** One answer option of a Questionnaire item as read: its coding, display and weight (if any). */
export interface ReadOption {
  system?: string;
  code?: string;
  display?: TText;
  weight?: number;
  integer?: number;
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
  display?: string;
  _display?: Element;
  extension?: Extension[];
}
interface ContainedValueSet {
  resourceType?: string;
  id?: string;
  compose?: { include?: Array<{ system?: string; concept?: Concept[] }> };
}

/**
 * The options of a choice item: its answerOptions (weights on the option or on its coding), or
 * the concepts of the contained ValueSet its answerValueSet points at ("#VSGAD7"). Undefined for
 * an item with neither, or with a ValueSet outside the Questionnaire (not resolved here).
 */
export function readOptions(item: QuestionnaireItem, contained: readonly unknown[] | undefined, language: Locale): ReadOption[] | undefined {
  if (item.answerOption) {
    return item.answerOption.map((option) => {
      const coding = option.valueCoding;
      const weight = weightIn(option.extension) ?? weightIn(coding?.extension);
      const read: ReadOption = {};
      if (coding?.system) read.system = coding.system;
      if (coding?.code) read.code = coding.code;
      const display = fromFhirText(coding?.display, coding?._display, language);
      if (display) read.display = display;
      if (weight !== undefined) read.weight = weight;
      if (typeof option.valueInteger === 'number') read.integer = option.valueInteger;
      return read;
    });
  }
  const reference = item.answerValueSet;
  if (!reference?.startsWith('#')) return undefined;
  const valueSet = (contained ?? []).find((r): r is ContainedValueSet => (r as ContainedValueSet)?.resourceType === 'ValueSet' && (r as ContainedValueSet).id === reference.slice(1));
  if (!valueSet) return undefined;
  return (valueSet.compose?.include ?? []).flatMap((include) =>
    (include.concept ?? []).map((concept) => {
      const read: ReadOption = {};
      if (include.system) read.system = include.system;
      if (concept.code) read.code = concept.code;
      const display = fromFhirText(concept.display, concept._display, language);
      if (display) read.display = display;
      const weight = weightIn(concept.extension);
      if (weight !== undefined) read.weight = weight;
      return read;
    }),
  );
}

/**
 * A scale from a calculated item: exactly as Tend exported it when its scale extension is there;
 * otherwise the sum of the scored items its expression names, every one answered, without bands
 * (a Questionnaire has no place for them).
 */
export function readScale(
  item: QuestionnaireItem,
  defined: Extension | undefined,
  expression: string | undefined,
  itemOf: ReadonlyMap<string, string>,
  language: Locale,
  reference: string,
): Omit<TScale, 'id'> {
  const name = fromFhirText(item.text, item._text, language) ?? { [language]: item.linkId };
  if (!defined) {
    const named = [...itemOf.entries()].filter(([linkId]) => expression?.includes(`'${linkId}'`)).map(([, id]) => id);
    return { name, items: named, method: 'sum', minAnswered: Math.max(1, named.length), missing: 'none', bands: [], source: [reference] };
  }
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
    missing: ext(parts, 'missing')?.valueCode === 'prorate' ? 'prorate' : 'none',
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

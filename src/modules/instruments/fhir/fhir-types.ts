import { LOCALES, type Locale, type TText } from '../../../content/pack-schema.js';

/**
 * The parts of FHIR R4 Questionnaire and QuestionnaireResponse that instruments read and write,
 * loosely typed (other fields pass through untouched), and the extension URLs they use.
 */

export interface Extension {
  url: string;
  extension?: Extension[];
  valueString?: string;
  _valueString?: Element;
  valueDecimal?: number;
  valueInteger?: number;
  valueBoolean?: boolean;
  valueCode?: string;
  valueId?: string;
  valueUri?: string;
  valueExpression?: { language?: string; expression?: string; name?: string; description?: string };
}
export interface Element {
  extension?: Extension[];
}
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
  _display?: Element;
  extension?: Extension[];
}
export interface AnswerOption {
  valueCoding?: Coding;
  valueInteger?: number;
  valueString?: string;
  initialSelected?: boolean;
  extension?: Extension[];
}
export interface QuestionnaireItem {
  linkId: string;
  type: string;
  text?: string;
  _text?: Element;
  required?: boolean;
  readOnly?: boolean;
  repeats?: boolean;
  enableWhen?: unknown[];
  answerOption?: AnswerOption[];
  answerValueSet?: string;
  item?: QuestionnaireItem[];
  extension?: Extension[];
}
export interface Questionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  url?: string;
  version?: string;
  name?: string;
  title?: string;
  _title?: Element;
  description?: string;
  _description?: Element;
  language?: string;
  status: string;
  contained?: unknown[];
  extension?: Extension[];
  item?: QuestionnaireItem[];
}
export interface ResponseAnswer {
  valueCoding?: Coding;
  valueInteger?: number;
  valueDecimal?: number;
  valueString?: string;
  valueBoolean?: boolean;
  valueQuantity?: { value?: number; unit?: string };
  /** Items nested under an answer (a question with sub-questions). */
  item?: ResponseItem[];
}
export interface ResponseItem {
  linkId: string;
  text?: string;
  answer?: ResponseAnswer[];
  item?: ResponseItem[];
}
export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  status: string;
  questionnaire?: string;
  language?: string;
  authored?: string;
  item?: ResponseItem[];
}

export const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
export const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
export const CALCULATED_EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';
export const VARIABLE = 'http://hl7.org/fhir/StructureDefinition/variable';
/** Tend's own extensions: what a Questionnaire has no field for (scales, bands, sources, the licence). */
export const TEND_EXTENSION = 'https://tend.local/fhir/StructureDefinition';
/** The code system of Tend's answer options: the code is the option's value as written ("3"). */
export const TEND_ANSWER_SYSTEM = 'https://tend.local/fhir/CodeSystem/answer-value';
export const TEND_QUESTIONNAIRE = 'https://tend.local/fhir/Questionnaire';

export const ext = (list: readonly Extension[] | undefined, url: string): Extension | undefined => list?.find((e) => e.url === url);
export const exts = (list: readonly Extension[] | undefined, url: string): Extension[] => list?.filter((e) => e.url === url) ?? [];
export const tendUrl = (name: string) => `${TEND_EXTENSION}/${name}`;

/** A pack text as a FHIR string in `locale` plus its element: the pack's other locales as translations. */
export function toFhirText(text: TText, locale: Locale): { value: string; element?: Element } {
  const others = (Object.keys(text) as Locale[]).filter((l) => l !== locale && text[l] !== undefined);
  const value = text[locale] ?? '';
  if (others.length === 0) return { value };
  const extension = others.map((lang) => ({ url: TRANSLATION, extension: [{ url: 'lang', valueCode: lang }, { url: 'content', valueString: text[lang]! }] }));
  return { value, element: { extension } };
}

/** The locale Tend reads for a FHIR language code ("en-US" → en), or undefined when Tend has none. */
export function localeOf(language: string | undefined): Locale | undefined {
  const base = language?.slice(0, 2).toLowerCase();
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : undefined;
}

/** A FHIR string and its translations as a pack text; undefined when there is no string. */
export function fromFhirText(value: string | undefined, element: Element | undefined, language: Locale): TText | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text: TText = { [language]: value };
  for (const translation of exts(element?.extension, TRANSLATION)) {
    const lang = localeOf(ext(translation.extension, 'lang')?.valueCode);
    const content = ext(translation.extension, 'content')?.valueString;
    if (lang && content && lang !== language) text[lang] = content;
  }
  return text;
}

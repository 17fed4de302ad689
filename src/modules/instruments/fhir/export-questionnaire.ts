import type { Locale, TInstrumentPack, TScale, TText } from '../../../content/pack-schema.js';
import { reverseValue } from '../score-instrument.js';
import {
  type AnswerOption,
  CALCULATED_EXPRESSION,
  type Extension,
  ITEM_WEIGHT,
  ORDINAL_VALUE,
  type Questionnaire,
  type QuestionnaireItem,
  TEND_ANSWER_SYSTEM,
  tendUrl,
  toFhirText,
  VARIABLE,
} from './fhir-types.js';

/**
 * An instrument pack as a FHIR R4 Questionnaire (SDC), texts in `locale` with the pack's other
 * locales as translation extensions. Each item is a choice whose options are coded by their value
 * in Tend's answer system and weighted (ordinalValue, itemWeight) by what they score: a reversed
 * item's weights run the other way, so any SDC tool scores it right and Tend reads the reversal
 * back. Each scale is a read-only decimal item with a calculatedExpression giving its score, and
 * what FHIR has no field for (bands, sources, missing-answer rule, the licence) rides in Tend's
 * extensions, so that importing the export gives the pack back. Its canonical url is under
 * `publicUrl`, the server's configured public address (TEND_PUBLIC_URL), unless the licence names
 * the measure's own; Tend's extension and code system URLs stay fixed, since they name what an
 * extension means wherever the Questionnaire travels, not where it came from.
 */
export function packToQuestionnaire(pack: TInstrumentPack, locale: Locale, publicUrl: string): Questionnaire {
  const title = toFhirText(pack.title, locale);
  const summary = toFhirText(pack.summary, locale);
  const { body } = pack;
  const setOf = new Map(body.answerSets.map((s) => [s.id, s]));
  const items: QuestionnaireItem[] = body.items.map((item) => {
    const set = setOf.get(item.answerSet)!;
    const values = set.options.map((o) => o.value);
    const answerOption: AnswerOption[] = set.options.map((option) => {
      const weight = item.reverse ? reverseValue(option.value, values) : option.value;
      const display = toFhirText(option.text, locale);
      return {
        valueCoding: {
          system: TEND_ANSWER_SYSTEM,
          code: String(option.value),
          display: display.value,
          ...(display.element ? { _display: display.element } : {}),
          extension: [{ url: ITEM_WEIGHT, valueDecimal: weight }],
        },
        extension: [{ url: ORDINAL_VALUE, valueDecimal: weight }],
      };
    });
    const text = item.text ? toFhirText(item.text, locale) : undefined;
    const extension: Extension[] = [{ url: tendUrl('answer-set'), valueId: item.answerSet }, ...sources(item.source)];
    if (item.contentNote) extension.push(textExtension('content-note', item.contentNote, locale));
    return {
      linkId: item.id,
      type: 'choice',
      ...(text ? { text: text.value, ...(text.element ? { _text: text.element } : {}) } : {}),
      extension,
      answerOption,
    };
  });
  const scales = body.scales.map((scale) => scaleItem(scale, locale));
  const instrument: Extension[] = [{ url: 'purpose', valueCode: body.purpose }, textExtension('intro', body.intro, locale)];
  if (body.answeredIn) instrument.push({ url: 'answered-in', valueCode: body.answeredIn });
  if (body.contentNote) instrument.push(textExtension('content-note', body.contentNote, locale));
  if (body.licence) {
    instrument.push({ url: 'licence-holder', valueString: body.licence.holder }, { url: 'texts-included', valueBoolean: body.licence.textsIncluded });
    if (body.licence.fhirUrl) instrument.push({ url: 'licence-url', valueUri: body.licence.fhirUrl });
  }
  instrument.push(...sources(pack.source).map((s) => ({ ...s, url: 'source' })));
  return {
    resourceType: 'Questionnaire',
    id: pack.id,
    url: body.licence?.fhirUrl ?? questionnaireUrl(publicUrl, pack.id),
    version: pack.version,
    name: fhirName(pack.id),
    title: title.value,
    ...(title.element ? { _title: title.element } : {}),
    description: summary.value,
    ...(summary.element ? { _description: summary.element } : {}),
    language: locale,
    status: 'active',
    extension: [{ url: tendUrl('instrument'), extension: instrument }],
    item: [...items, ...scales],
  };
}

/** The canonical url of a pack's Questionnaire on this server. */
export const questionnaireUrl = (publicUrl: string, packId: string) => `${publicUrl.replace(/\/+$/, '')}/fhir/Questionnaire/${encodeURIComponent(packId)}`;

/**
 * A computer-friendly name as FHIR's rule for canonical resources has it (R4 inv `cnl-0`, a
 * warning: `name.matches('[A-Z]([A-Za-z0-9_]){0,254}')`): the pack id's words capitalised and
 * joined ("proqol-5" → "Proqol5", "test.instrument" → "TestInstrument"), prefixed "Q" when it
 * would start with a digit, at most 255 characters.
 */
export function fhirName(id: string): string {
  const joined = id
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
  return (/^[A-Z]/.test(joined) ? joined : `Q${joined}`).slice(0, 255);
}

const sources = (list: readonly string[]): Extension[] => list.map((valueString) => ({ url: tendUrl('source'), valueString }));

function textExtension(url: string, text: TText, locale: Locale): Extension {
  const { value, element } = toFhirText(text, locale);
  return { url, valueString: value, ...(element ? { _valueString: element } : {}) };
}

function scaleItem(scale: TScale, locale: Locale): QuestionnaireItem {
  const name = toFhirText(scale.name, locale);
  const definition: Extension[] = [
    ...(scale.model ? [{ url: 'model', valueId: scale.model }] : []),
    { url: 'method', valueCode: scale.method },
    { url: 'min-answered', valueInteger: scale.minAnswered },
    { url: 'missing', valueCode: scale.missing },
    ...(scale.missingRuleSource ? [{ url: 'missing-rule-source', valueString: scale.missingRuleSource }] : []),
    ...scale.items.map((valueString) => ({ url: 'item', valueString })),
    ...scale.bands.map((band) => ({
      url: 'band',
      extension: [
        { url: 'id', valueId: band.id },
        { url: 'min', valueDecimal: band.min },
        { url: 'max', valueDecimal: band.max },
        textExtension('label', band.label, locale),
        textExtension('guidance', band.guidance, locale),
        { url: 'suggest-support', valueBoolean: band.suggestSupport },
      ],
    })),
    ...scale.source.map((valueString) => ({ url: 'source', valueString })),
  ];
  return {
    linkId: scale.id,
    type: 'decimal',
    text: name.value,
    ...(name.element ? { _text: name.element } : {}),
    readOnly: true,
    extension: [
      { url: tendUrl('scale'), extension: definition },
      { url: VARIABLE, valueExpression: { name: 'scores', language: 'text/fhirpath', expression: scoresExpression(scale.items) } },
      { url: CALCULATED_EXPRESSION, valueExpression: { description: 'Scale score', language: 'text/fhirpath', expression: scoreExpression(scale) } },
    ],
  };
}

const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** The weights of the answered items among `itemIds` (a reversed item's weight is already reversed). */
function scoresExpression(itemIds: readonly string[]): string {
  const weight = (id: string) =>
    `%questionnaire.item.where(linkId = ${quote(id)}).answerOption.where(valueCoding.code = %resource.item.where(linkId = ${quote(id)}).answer.valueCoding.code).extension.where(url = ${quote(ORDINAL_VALUE)}).valueDecimal`;
  return itemIds.map((id, i) => (i === 0 ? `(${weight(id)})` : `.combine(${weight(id)})`)).join('');
}

/** The scale's rule (PACK-FORMAT.md) in FHIRPath over %scores: empty when too few items are answered. */
function scoreExpression(scale: TScale): string {
  const n = scale.items.length;
  const enough = scale.missing === 'none' ? `%scores.count() = ${n}` : `%scores.count() >= ${scale.minAnswered}`;
  if (scale.missing === 'zero') return `iif(${enough}, (%scores.sum()${scale.method === 'mean' ? ` / ${n}` : ''}).round(2), {})`;
  if (scale.method === 'mean') return `iif(${enough}, (%scores.sum() / %scores.count()).round(2), {})`;
  if (scale.missing === 'none') return `iif(${enough}, %scores.sum(), {})`;
  return `iif(%scores.count() = ${n}, %scores.sum(), iif(${enough}, (%scores.sum() / %scores.count() * ${n}).round(1), {}))`;
}

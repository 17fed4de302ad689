import { isIdText } from '../../../content/pack-schema-parts.js';
import type { Locale, TInstrumentPack } from '../../../content/pack-schema.js';
import { validatePack } from '../../../content/validate-pack.js';
import { readOptions, readScale, type ReadOption } from './read-questionnaire.js';
import { CALCULATED_EXPRESSION, ext, exts, fromFhirText, localeOf, type Questionnaire, type QuestionnaireItem, TEND_ANSWER_SYSTEM, tendUrl } from './fhir-types.js';

/** An answer option as a response codes it, and the value it stands for in the pack. */
export interface OptionCoding {
  system?: string;
  code: string;
  value: number;
}

/** A pack with what ties it to a Questionnaire: which linkId is which item, which coding which value. */
export interface QuestionnaireMapping {
  pack: TInstrumentPack;
  itemOf: Map<string, string>;
  codings: Map<string, OptionCoding[]>;
}

export type QuestionnaireImport = ({ ok: true; notes: string[] } & QuestionnaireMapping) | { ok: false; problems: string[] };

const toId = (linkId: string) => (isIdText(linkId) ? linkId : linkId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''));

/**
 * A FHIR R4 Questionnaire as an instrument pack. Every choice item whose options all carry a
 * weight (ordinalValue or itemWeight, on the option, its coding, or the concept of a contained
 * ValueSet) becomes an item; a weight is the option's value, unless the option is coded in Tend's
 * answer system, whose code is the value and whose weights then say whether the item is reversed.
 * Items with a calculatedExpression become scales (sums of the items their expression names),
 * or exactly the scales Tend exported. Groups are flattened. The pack is validated like a file.
 */
export function questionnaireToPack(questionnaire: Questionnaire): QuestionnaireImport {
  if ((questionnaire as { resourceType?: unknown })?.resourceType !== 'Questionnaire') return { ok: false, problems: ['resourceType must be "Questionnaire" (a FHIR R4 Questionnaire)'] };
  const notes: string[] = [];
  const problems: string[] = [];
  const language = localeOf(questionnaire.language) ?? 'en';
  const meta = ext(questionnaire.extension, tendUrl('instrument'))?.extension;
  const flat: QuestionnaireItem[] = [];
  const flatten = (items: readonly QuestionnaireItem[] | undefined) => {
    for (const item of items ?? []) {
      if (item.type !== 'group') flat.push(item);
      flatten(item.item);
    }
  };
  flatten(questionnaire.item);

  const itemOf = new Map<string, string>();
  const codings = new Map<string, OptionCoding[]>();
  const answerSets: TInstrumentPack['body']['answerSets'] = [];
  const setBySignature = new Map<string, string>();
  const items: TInstrumentPack['body']['items'] = [];
  const text = (value: string | undefined, element: Parameters<typeof fromFhirText>[1]) => fromFhirText(value, element, language);

  for (const item of flat.filter((i) => i.type === 'choice')) {
    const options = readOptions(item, questionnaire.contained, language);
    if (!options || options.length === 0 || options.some((o) => o.weight === undefined && o.integer === undefined && !isTendCoded(o))) {
      notes.push(`item "${item.linkId}" is not scored (its options carry no weights): left out`);
      continue;
    }
    const id = uniqueId(toId(item.linkId) || `item-${items.length + 1}`, itemOf);
    const tendCoded = options.every(isTendCoded);
    const values = options.map((o) => (tendCoded ? Number(o.code) : (o.weight ?? o.integer)!));
    const weights = options.map((o, i) => o.weight ?? values[i]!);
    if (new Set(values).size !== values.length) {
      problems.push(`item "${item.linkId}": two options have the same value, so an answer could not be told apart`);
      continue;
    }
    const [min, max] = [Math.min(...values), Math.max(...values)];
    const reverse = tendCoded && values.length > 1 && weights.every((w, i) => w === min + max - values[i]!) && weights.some((w, i) => w !== values[i]);
    if (tendCoded && !reverse && weights.some((w, i) => w !== values[i])) {
      problems.push(`item "${item.linkId}": its weights are neither its values nor their reverse`);
      continue;
    }
    const setOptions = options.map((o, i) => ({ value: values[i]!, text: o.display ?? { [language]: String(values[i]) } }));
    const signature = JSON.stringify(setOptions);
    const declared = ext(item.extension, tendUrl('answer-set'))?.valueId;
    let setId = declared ?? setBySignature.get(signature);
    if (!setId || !answerSets.some((s) => s.id === setId)) {
      setId ??= uniqueId(item.answerValueSet?.startsWith('#') ? toId(item.answerValueSet.slice(1)) || 'answers' : 'answers', new Map(answerSets.map((s) => [s.id, s.id])));
      answerSets.push({ id: setId, options: setOptions });
      setBySignature.set(signature, setId);
    }
    itemOf.set(item.linkId, id);
    codings.set(
      id,
      options.map((o, i) => ({ ...(o.system ? { system: o.system } : {}), code: o.code ?? String(values[i]), value: values[i]! })),
    );
    const note = ext(item.extension, tendUrl('content-note'));
    const itemSources = exts(item.extension, tendUrl('source')).flatMap((e) => (e.valueString ? [e.valueString] : []));
    items.push({
      id,
      text: text(item.text, item._text) ?? null,
      answerSet: setId,
      reverse,
      ...(note ? { contentNote: text(note.valueString, note._valueString) } : {}),
      source: itemSources.length > 0 ? itemSources : [reference(questionnaire)],
    });
  }

  const scales: TInstrumentPack['body']['scales'] = [];
  for (const item of flat) {
    const defined = ext(item.extension, tendUrl('scale'));
    if (!defined && !ext(item.extension, CALCULATED_EXPRESSION)) continue;
    // the items a total sums are often named in its variables rather than in the expression itself
    const expressions = (item.extension ?? []).flatMap((e) => (e.valueExpression?.expression ? [e.valueExpression.expression] : [])).join('\n');
    const scale = readScale(item, defined, expressions, itemOf, language, reference(questionnaire));
    if (scale.items.length === 0) notes.push(`calculated item "${item.linkId}" names no scored item: left out`);
    else scales.push({ ...scale, id: uniqueId(toId(item.linkId) || 'total', new Map([...itemOf.values(), ...scales.map((s) => s.id)].map((v) => [v, v]))) });
  }
  if (problems.length > 0) return { ok: false, problems };

  const sub = (url: string) => ext(meta, url);
  const title = text(questionnaire.title ?? questionnaire.name, questionnaire._title) ?? { [language]: 'Imported questionnaire' };
  const locales = [language, ...(Object.keys(title) as Locale[]).filter((l) => l !== language)];
  const holder = sub('licence-holder')?.valueString;
  const packSources = exts(meta, 'source').flatMap((e) => (e.valueString ? [e.valueString] : []));
  const pack = {
    id: toId(questionnaire.id ?? questionnaire.name ?? '') || 'imported.questionnaire',
    version: questionnaire.version && /^\d+\.\d+\.\d+/.test(questionnaire.version) ? questionnaire.version : '1.0.0',
    kind: 'instrument' as const,
    locales,
    title,
    summary: text(questionnaire.description, questionnaire._description) ?? title,
    source: packSources.length > 0 ? packSources : [reference(questionnaire)],
    body: {
      purpose: sub('purpose')?.valueCode === 'reflection' ? ('reflection' as const) : ('measure' as const),
      licence: holder
        ? { holder, textsIncluded: sub('texts-included')?.valueBoolean ?? true, ...(sub('licence-url')?.valueUri ? { fhirUrl: sub('licence-url')!.valueUri! } : {}) }
        : null,
      intro: text(sub('intro')?.valueString, sub('intro')?._valueString) ?? title,
      contentNote: text(sub('content-note')?.valueString, sub('content-note')?._valueString) ?? null,
      answerSets,
      items,
      scales,
    },
  };
  completeLocales(pack, locales, notes);
  const checked = validatePack(pack, 'questionnaire');
  if (!checked.ok) return { ok: false, problems: checked.problems.map((p) => `${p.path}: ${p.problem}`) };
  return { ok: true, pack: checked.pack as TInstrumentPack, itemOf, codings, notes };
}

const isTendCoded = (o: ReadOption) => o.system === TEND_ANSWER_SYSTEM && o.code !== undefined && o.code.trim() !== '' && Number.isFinite(Number(o.code));

const reference = (q: Questionnaire) => `ext:FHIR Questionnaire ${q.url ?? q.title ?? q.name ?? q.id ?? '(no url)'}`;

function uniqueId(wanted: string, taken: Map<string, string>): string {
  const used = new Set(taken.values());
  if (!used.has(wanted)) return wanted;
  let n = 2;
  while (used.has(`${wanted}-${n}`)) n++;
  return `${wanted}-${n}`;
}

/** Texts lacking one of the pack's locales take the first locale's wording; the notes say so. */
function completeLocales(value: unknown, locales: Locale[], notes: string[]): void {
  const [first, ...others] = locales;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (first && typeof record[first] === 'string' && Object.keys(record).every((k) => (locales as string[]).includes(k))) {
      for (const locale of others) {
        if (record[locale] === undefined) {
          record[locale] = record[first];
          const note = `some texts have no ${locale} wording: the ${first} one stands in`;
          if (!notes.includes(note)) notes.push(note);
        }
      }
      return;
    }
    for (const child of Object.values(record)) walk(child);
  };
  walk(value);
}

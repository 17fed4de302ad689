import { isIdText } from '../../../content/pack-schema-parts.js';
import type { Locale, TInstrumentPack } from '../../../content/pack-schema.js';
import { validatePack } from '../../../content/validate-pack.js';
import { type CalculatedItem, compileCalculatedItems, ExpressionError } from './calculated-expression.js';
import {
  CALCULATED_EXPRESSION,
  ext,
  exts,
  fromFhirText,
  localeOf,
  type Questionnaire,
  type QuestionnaireItem,
  type ResponseAnswer,
  TEND_ANSWER_SYSTEM,
  TEND_EXTENSION,
  tendUrl,
  VARIABLE,
} from './fhir-types.js';
import { extensionNotes, groupNotCarried, itemLabel, scoredItemNotes, structureNote } from './import-notes.js';
import { readTotals, type UnscoredItem } from './import-totals.js';
import type { ProbeItem } from './probe-expression.js';
import { type ReadOption, readOptions } from './read-questionnaire.js';

/**
 * An answer option as a response codes it, and the value it stands for in the pack. Matched by
 * code (and system when both name one), or, for an option without a code, by its display (a
 * valueCoding's display or a valueString): Tend never invents a code.
 */
export interface OptionCoding {
  system?: string;
  code?: string;
  display?: string;
  integer?: number;
  value: number;
  matchBy: 'code' | 'display' | 'integer';
}

/** A pack with what ties it to a Questionnaire: which linkId is which item, which coding which value. */
export interface QuestionnaireMapping {
  pack: TInstrumentPack;
  itemOf: Map<string, string>;
  codings: Map<string, OptionCoding[]>;
  /** The calculated items that became scales: linkId → scale id (a response's stored total is checked, never trusted). */
  scaleOf?: Map<string, string>;
  /** linkIds of the Questionnaire's other items (groups, texts, unscored questions): answers to them are passed over. */
  passedOver?: Set<string>;
}

export type QuestionnaireImport = ({ ok: true; notes: string[] } & QuestionnaireMapping) | { ok: false; problems: string[]; notes: string[] };

/** How many random responses prove a total, and the seed that makes them the same every time. */
export interface ImportOptions {
  proofRuns?: number;
  seed?: number;
}
export const PROOF_RUNS = 300;

const toId = (linkId: string) => (isIdText(linkId) ? linkId : linkId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''));

/**
 * A FHIR R4 Questionnaire as an instrument pack. Every item whose options all carry a weight
 * (ordinalValue or itemWeight, on the option, its coding, or the concept of a contained ValueSet)
 * becomes an item: choice, open-choice (its options; typed answers are not scored) or an item with
 * valueString or valueInteger options. A weight is the option's value, unless the option is coded
 * in Tend's answer system, whose code is the value and whose weights then say whether the item is
 * reversed. A calculated item becomes a scale read from what its expression does (probe-expression)
 * and proved on hundreds of responses (import-totals), or exactly the scale Tend exported. Groups
 * are flattened. Everything not carried is in the notes, with its JSON path; a refusal keeps them.
 */
export function questionnaireToPack(questionnaire: Questionnaire, options: ImportOptions = {}): QuestionnaireImport {
  if ((questionnaire as { resourceType?: unknown })?.resourceType !== 'Questionnaire') {
    return { ok: false, problems: ['resourceType must be "Questionnaire" (a FHIR R4 Questionnaire)'], notes: [] };
  }
  const notes: string[] = [];
  const problems: string[] = [];
  const language = localeOf(questionnaire.language) ?? 'en';
  const meta = ext(questionnaire.extension, tendUrl('instrument'))?.extension;
  const ref = reference(questionnaire);
  const text = (value: string | undefined, element: Parameters<typeof fromFhirText>[1]) => fromFhirText(value, element, language);

  const itemAt = new Map<string, QuestionnaireItem>();
  const entries: Array<{ path: string; item: QuestionnaireItem }> = [];
  const walk = (items: readonly QuestionnaireItem[] | undefined, base: string) => {
    (items ?? []).forEach((item, i) => {
      const path = `${base}item[${i}]`;
      itemAt.set(path, item);
      entries.push({ path, item });
      walk(item.item, `${path}.`);
    });
  };
  walk(questionnaire.item, '');

  let calculated: CalculatedItem[] = [];
  try {
    calculated = compileCalculatedItems(questionnaire);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    problems.push(error.message);
  }
  const isTotal = (item: QuestionnaireItem) => ext(item.extension, tendUrl('scale')) !== undefined || ext(item.extension, CALCULATED_EXPRESSION) !== undefined;

  const itemOf = new Map<string, string>();
  const codings = new Map<string, OptionCoding[]>();
  const answerSets: TInstrumentPack['body']['answerSets'] = [];
  const setBySignature = new Map<string, string>();
  const items: TInstrumentPack['body']['items'] = [];
  const probes: ProbeItem[] = [];
  const unscored: UnscoredItem[] = [];
  const passedOver = new Set<string>();
  const leftOut: string[] = [];

  for (const { path, item } of entries) {
    const structure = structureNote(path, item);
    if (structure) {
      notes.push(structure, ...extensionNotes(path, item.extension, (url) => url === VARIABLE));
      passedOver.add(item.linkId);
      continue;
    }
    if (isTotal(item)) continue;
    const read = scoredItem(item, questionnaire, language);
    if (!read.ok) {
      const note = `${itemLabel(path, item)}: not scored: ${read.reason}: left out`;
      if (read.problem) problems.push(`${itemLabel(path, item)}: ${read.reason}`);
      else {
        leftOut.push(note);
        notes.push(note, ...extensionNotes(path, item.extension, () => false));
        passedOver.add(item.linkId);
        const answer = probeAnswer(item, read.firstOption);
        if (answer) unscored.push({ path, item, reason: read.reason, answer });
      }
      continue;
    }
    const itemText = text(item.text, item._text);
    if (!itemText && !meta) {
      problems.push(`${itemLabel(path, item)}: it has no text, and an item of a pack needs one (only a licensed measure Tend exported leaves its texts out)`);
      continue;
    }
    const { options, values, reverse } = read;
    const id = uniqueId(toId(item.linkId) || `item-${items.length + 1}`, itemOf);
    const setOptions = options.map((o, i) => ({ value: values[i]!, text: o.display ?? { [language]: o.code ?? String(values[i]) } }));
    const signature = JSON.stringify(setOptions);
    const declared = ext(item.extension, tendUrl('answer-set'))?.valueId;
    let setId = declared ?? setBySignature.get(signature);
    if (!setId || !answerSets.some((s) => s.id === setId)) {
      setId ??= uniqueId(item.answerValueSet?.startsWith('#') ? toId(item.answerValueSet.slice(1)) || 'answers' : 'answers', new Map(answerSets.map((s) => [s.id, s.id])));
      answerSets.push({ id: setId, options: setOptions });
      setBySignature.set(signature, setId);
    }
    itemOf.set(item.linkId, id);
    codings.set(id, options.map((o, i) => optionCoding(o, values[i]!)));
    probes.push({ linkId: item.linkId, id, reverse, options: options.map((o, i) => ({ answer: o.answer, value: values[i]!, label: o.label ?? o.code ?? String(values[i]) })) });
    notes.push(...scoredItemNotes(path, item));
    const note = ext(item.extension, tendUrl('content-note'));
    const itemSources = exts(item.extension, tendUrl('source')).flatMap((e) => (e.valueString ? [e.valueString] : []));
    items.push({
      id,
      text: itemText ?? null,
      answerSet: setId,
      reverse,
      ...(note ? { contentNote: text(note.valueString, note._valueString) } : {}),
      source: itemSources.length > 0 ? itemSources : [ref],
    });
  }
  if (items.length === 0 && problems.length === 0) {
    const why = leftOut.length > 0 ? leftOut.map((n) => n.replace(/: left out$/, '')).join('; ') : 'it has no questions';
    problems.push(`no item can be scored: ${why}`);
  }

  const totals = readTotals({ questionnaire, calculated, itemAt, scored: problems.length > 0 ? [] : probes, unscored, itemOf, language, reference: ref, runs: options.proofRuns ?? PROOF_RUNS, seed: options.seed ?? 1 });
  problems.push(...totals.problems);
  notes.push(...totals.notes);
  for (const item of items) {
    const linkId = [...itemOf].find(([, id]) => id === item.id)![0];
    if (totals.reversed.has(linkId)) item.reverse = !item.reverse;
  }
  const scales: TInstrumentPack['body']['scales'] = [];
  const scaleOf = new Map<string, string>();
  for (const { linkId, scale } of totals.scales) {
    const id = uniqueId(toId(linkId) || 'total', new Map([...itemOf.values(), ...scales.map((s) => s.id)].map((v) => [v, v])));
    scales.push({ ...scale, id });
    scaleOf.set(linkId, id);
  }
  for (const { path, item } of entries) {
    if (isTotal(item) && !scaleOf.has(item.linkId)) passedOver.add(item.linkId);
    if (isTotal(item) && scaleOf.has(item.linkId)) notes.push(...extensionNotes(path, item.extension, (url) => url.startsWith(`${TEND_EXTENSION}/`) || url === VARIABLE || url === CALCULATED_EXPRESSION));
  }
  const rootCarried = (url: string) => url === tendUrl('instrument') || (url === VARIABLE && scales.length > 0);
  notes.unshift(...extensionNotes('', questionnaire.extension, rootCarried));
  if (problems.length > 0) return { ok: false, problems, notes: groupNotCarried(notes) };
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
    source: packSources.length > 0 ? packSources : [ref],
    body: {
      purpose: sub('purpose')?.valueCode === 'reflection' ? ('reflection' as const) : ('measure' as const),
      // where people answer it (Tend's own forms say; an outside form is a check-in)
      ...(sub('answered-in')?.valueCode === 'own-page' || sub('answered-in')?.valueCode === 'check-in' ? { answeredIn: sub('answered-in')!.valueCode as 'own-page' | 'check-in' } : {}),
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
  if (!checked.ok) return { ok: false, problems: checked.problems.map((p) => `${p.path}: ${p.problem}`), notes: groupNotCarried(notes) };
  return { ok: true, pack: checked.pack as TInstrumentPack, itemOf, codings, scaleOf, passedOver, notes: groupNotCarried(notes) };
}

const isTendCoded = (o: ReadOption) => o.system === TEND_ANSWER_SYSTEM && o.code !== undefined && o.code.trim() !== '' && Number.isFinite(Number(o.code));

type ScoredRead =
  | { ok: true; options: ReadOption[]; values: number[]; reverse: boolean }
  | { ok: false; reason: string; problem?: boolean; firstOption?: ReadOption };

/** An item's options as pack values, or why the item is not scored (a problem when the form is inconsistent). */
function scoredItem(item: QuestionnaireItem, questionnaire: Questionnaire, language: Locale): ScoredRead {
  if (!item.answerOption && !item.answerValueSet) return { ok: false, reason: `${/^[aeiou]/.test(item.type) ? 'an' : 'a'} ${item.type} answer has no options to score` };
  const read = readOptions(item, questionnaire.contained, language);
  if (!read.ok) return { ok: false, reason: read.reason };
  const { options } = read;
  const firstOption = options[0];
  if (options.length === 0) return { ok: false, reason: 'it has no answer options' };
  if (item.repeats) return { ok: false, reason: 'it takes several answers, and a Tend item takes one', firstOption };
  const unweighted = options.findIndex((o) => o.weight === undefined && o.integer === undefined && !isTendCoded(o));
  if (unweighted >= 0) {
    const all = options.every((o) => o.weight === undefined && o.integer === undefined);
    return { ok: false, reason: all ? 'its options carry no weights' : `its option ${unweighted + 1} ("${options[unweighted]!.label ?? options[unweighted]!.code ?? ''}") carries no weight`, firstOption };
  }
  const tendCoded = options.every(isTendCoded);
  const values = options.map((o) => (tendCoded ? Number(o.code) : (o.weight ?? o.integer)!));
  const weights = options.map((o, i) => o.weight ?? values[i]!);
  if (new Set(values).size !== values.length) return { ok: false, problem: true, reason: 'two options have the same value, so a Tend answer could not tell them apart' };
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const reverse = tendCoded && values.length > 1 && weights.every((w, i) => w === min + max - values[i]!) && weights.some((w, i) => w !== values[i]);
  if (tendCoded && !reverse && weights.some((w, i) => w !== values[i])) return { ok: false, problem: true, reason: 'its weights are neither its values nor their reverse' };
  return { ok: true, options, values, reverse };
}

function optionCoding(option: ReadOption, value: number): OptionCoding {
  const system = option.system ? { system: option.system } : {};
  if (option.code) return { ...system, code: option.code, ...(option.label ? { display: option.label } : {}), value, matchBy: 'code' };
  if (option.label !== undefined) return { ...system, display: option.label, value, matchBy: 'display' };
  return { integer: option.integer!, value, matchBy: 'integer' };
}

/** An answer to an item Tend does not score, to see whether a total moves with it. */
function probeAnswer(item: QuestionnaireItem, first: ReadOption | undefined): ResponseAnswer | undefined {
  if (first && Object.keys(first.answer).length > 0) return first.answer;
  if (item.type === 'integer') return { valueInteger: 1 };
  if (item.type === 'decimal') return { valueDecimal: 1 };
  if (item.type === 'boolean') return { valueBoolean: true };
  if (item.type === 'string' || item.type === 'text' || item.type === 'open-choice') return { valueString: 'x' };
  return undefined;
}

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

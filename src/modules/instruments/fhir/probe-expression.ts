import { MEAN_DECIMALS, PRORATE_DECIMALS } from '../../../content/instrument-scale-range.js';
import type { TScale } from '../../../content/pack-schema.js';
import { reverseValue, scoreScale } from '../score-instrument.js';
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse, ResponseAnswer, ResponseItem } from './fhir-types.js';

/**
 * Reads a Questionnaire's own total by asking it: the calculatedExpression is evaluated on
 * responses built from the scored items, which shows which items it depends on, whether it sums
 * or averages them and how many may go unanswered. Nothing is read from the expression's text:
 * a linkId quoted there may be one the total excludes (`where(linkId != '…')`).
 */

/** A scored item as the probe needs it: each option's answer (coded as the form codes it) and its value in the pack. */
export interface ProbeItem {
  linkId: string;
  id: string;
  reverse: boolean;
  options: Array<{ answer: ResponseAnswer; value: number; label: string }>;
}
/** Which option each item is answered with (its index), or null for an unanswered item. */
export type Choice = ReadonlyMap<string, number | null>;
/** The form's total for a set of answers by linkId. */
export type FormTotal = (answers: ReadonlyMap<string, ResponseAnswer>) => number | null;

export type ScaleRule = Pick<TScale, 'items' | 'method' | 'minAnswered' | 'missing'>;
export type Derived = { ok: true; rule: ScaleRule; reversedByForm: string[] } | { ok: false; problem: string };

/** A QuestionnaireResponse giving `answers` (by linkId), nested in the Questionnaire's groups. */
export function responseWith(questionnaire: Questionnaire, answers: ReadonlyMap<string, ResponseAnswer>): QuestionnaireResponse {
  const build = (items: readonly QuestionnaireItem[] | undefined): ResponseItem[] =>
    (items ?? []).flatMap((item): ResponseItem[] => {
      const children = build(item.item);
      const answer = answers.get(item.linkId);
      if (answer) return [{ linkId: item.linkId, answer: [children.length > 0 ? { ...answer, item: children } : answer] }];
      return children.length > 0 ? [{ linkId: item.linkId, item: children }] : [];
    });
  return { resourceType: 'QuestionnaireResponse', status: 'completed', item: build(questionnaire.item) };
}

/** The answers of a choice, by linkId. */
export function answersOf(items: readonly ProbeItem[], choice: Choice): Map<string, ResponseAnswer> {
  const answers = new Map<string, ResponseAnswer>();
  for (const item of items) {
    const index = choice.get(item.linkId);
    if (index !== null && index !== undefined) answers.set(item.linkId, item.options[index]!.answer);
  }
  return answers;
}

/** The score Tend gives an item's option: its value, reversed when the item is. */
export function optionScore(item: ProbeItem, index: number): number {
  const values = item.options.map((o) => o.value);
  const value = item.options[index]!.value;
  return item.reverse ? reverseValue(value, values) : value;
}

/** Tend's own score (score-instrument's scoreScale) of `rule` for a choice. */
export function tendScore(rule: ScaleRule, items: readonly ProbeItem[], choice: Choice): number | null {
  const scores = new Map<string, number>();
  const values = new Map<string, number[]>();
  for (const item of items) {
    values.set(item.id, item.options.map((o) => o.value));
    const index = choice.get(item.linkId);
    if (index !== null && index !== undefined) scores.set(item.id, optionScore(item, index));
  }
  return scoreScale({ ...rule, id: 'probe', name: {}, bands: [], source: [] }, scores, values).score;
}

/** The indexes of an item's lowest- and highest-scoring options. */
export function extremes(item: ProbeItem): { low: number; high: number } {
  const scores = item.options.map((_, i) => optionScore(item, i));
  return { low: scores.indexOf(Math.min(...scores)), high: scores.indexOf(Math.max(...scores)) };
}

export const same = (a: number | null, b: number | null, tolerance = 1e-9) => (a === null || b === null ? a === b : Math.abs(a - b) <= tolerance);

/**
 * The scale a total stands for: the items whose answer moves it (and those it scores the other
 * way round), sum or mean, and how many may be unanswered (the most items it still gives a number
 * without: none → every item answered; some → prorated from that many, or counted as 0, whichever
 * the form's total gives with one item unanswered). A total that is neither a
 * sum nor a mean of its items is refused, naming what it gave.
 */
export function deriveScale(items: readonly ProbeItem[], form: FormTotal): Derived {
  const at = (pick: (item: ProbeItem) => number | null, overrides: Record<string, number | null> = {}): Choice =>
    new Map(items.map((item) => [item.linkId, item.linkId in overrides ? overrides[item.linkId]! : pick(item)]));
  const low = (item: ProbeItem) => extremes(item).low;
  const high = (item: ProbeItem) => extremes(item).high;
  const total = (choice: Choice) => form(answersOf(items, choice));
  const lowest = total(at(low));
  const highest = total(at(high));
  if (lowest === null && highest === null) {
    return { ok: false, problem: 'it gives no number even with every scored item answered (all lowest, all highest)' };
  }
  const members: ProbeItem[] = [];
  const reversedByForm: string[] = [];
  for (const item of items) {
    const up = difference(total(at(low, { [item.linkId]: high(item) })), lowest);
    const down = difference(highest, total(at(high, { [item.linkId]: low(item) })));
    if (up === 0 && down === 0) continue;
    if (up * down < 0) return { ok: false, problem: `item "${item.linkId}" raises it from its lowest answers but lowers it from its highest: not a sum or a mean` };
    members.push(item);
    if (up < 0 || down < 0) reversedByForm.push(item.linkId);
  }
  if (members.length === 0) return { ok: false, problem: 'no scored item changes it' };
  const flipped = items.map((item) => (reversedByForm.includes(item.linkId) ? { ...item, reverse: !item.reverse } : item));
  const ids = members.map((m) => m.id);
  const n = ids.length;
  const method = (['sum', 'mean'] as const).find((m) =>
    [at(low), at(high)].every((choice) => same(total(choice), tendScore({ items: ids, method: m, minAnswered: n, missing: 'none' }, flipped, choice), 0.005)),
  );
  if (!method) {
    const sum = tendScore({ items: ids, method: 'sum', minAnswered: n, missing: 'none' }, flipped, at(low));
    return { ok: false, problem: `with every item at its lowest it gives ${lowest}, neither the sum (${sum}) nor the mean of the ${n} items it depends on` };
  }
  let unanswered = 0;
  while (unanswered < n - 1) {
    const skip = Object.fromEntries(members.slice(0, unanswered + 1).map((m) => [m.linkId, null]));
    if (total(at(high, skip)) === null) break;
    unanswered++;
  }
  const base = { items: ids, method, minAnswered: n - unanswered };
  if (unanswered === 0) return { ok: true, rule: { ...base, missing: 'none' }, reversedByForm };
  // With one item unanswered and the rest at their highest, a prorated total and one that counts
  // the gap as 0 always differ (the others sum to more than 0): the form's total says which it is.
  const oneSkipped = at(high, { [members[0]!.linkId]: null });
  const missing =
    (['prorate', 'zero'] as const).find((rule) => same(total(oneSkipped), tendScore({ ...base, missing: rule }, flipped, oneSkipped), tolerance({ ...base, missing: rule }, n - 1))) ??
    'prorate';
  return { ok: true, rule: { ...base, missing }, reversedByForm };
}

const difference = (a: number | null, b: number | null) => (a === null && b === null ? 0 : a === null ? -Infinity : b === null ? Infinity : a - b);

/** A deterministic pseudo-random source (xorshift32), so a refused import names the same example every time. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

/**
 * The responses a total is proved on: every item at its lowest, every item at its highest, then
 * `runs` random ones, a quarter each with no, few, some and many items unanswered.
 */
export function proofChoices(items: readonly ProbeItem[], runs: number, seed: number): Choice[] {
  const random = seeded(seed);
  const choices: Choice[] = [new Map(items.map((i) => [i.linkId, extremes(i).low])), new Map(items.map((i) => [i.linkId, extremes(i).high]))];
  const skipRates = [0, 0.1, 0.3, 0.6];
  for (let run = 0; run < runs; run++) {
    const skipRate = skipRates[run % skipRates.length]!;
    choices.push(new Map(items.map((i) => [i.linkId, random() < skipRate ? null : Math.floor(random() * i.options.length)])));
  }
  return choices;
}

/** How far Tend's rounding may put its score from an unrounded one (PACK-FORMAT.md: means 2 decimals, prorated 1). */
export function tolerance(rule: ScaleRule, answered: number): number {
  const decimals = rule.method === 'sum' && rule.missing === 'prorate' && answered < rule.items.length ? PRORATE_DECIMALS : MEAN_DECIMALS;
  return 0.5 * 10 ** -decimals + 1e-9;
}

/** A scale in words, for a refusal: "the sum of 9 items, every one answered". */
export function describeRule(rule: ScaleRule): string {
  const n = rule.items.length;
  const missing =
    rule.missing === 'none'
      ? 'every one answered'
      : rule.missing === 'zero'
        ? `an unanswered one counting 0, when at least ${rule.minAnswered} are answered`
        : `prorated when at least ${rule.minAnswered} are answered`;
  return `the ${rule.method} of ${n} item${n === 1 ? '' : 's'}, ${missing}`;
}

/** A choice in words: `"/44250-9" = "Several days" (1), "/44255-8" unanswered`. */
export function describeChoice(items: readonly ProbeItem[], choice: Choice): string {
  return items
    .map((item) => {
      const index = choice.get(item.linkId);
      if (index === null || index === undefined) return `"${item.linkId}" unanswered`;
      const option = item.options[index]!;
      return `"${item.linkId}" = "${option.label}" (${optionScore(item, index)})`;
    })
    .join(', ');
}

export interface Disagreement {
  choice: Choice;
  form: number | null;
  tend: number | null;
  /** The form gave the plain sum of the answered items: it counts an unanswered item as 0. */
  countsUnansweredAsZero: boolean;
}

/** What the proof found: the first response the two differ on, else (maybe) one where only Tend's rounding shows. */
export interface ProofResult {
  disagreement?: Disagreement;
  rounded?: { form: number; tend: number };
}

/**
 * Compares the form's total and Tend's scale on every proof response: the first on which they
 * differ beyond Tend's rounding is the disagreement; short of that, the first that differs at all
 * shows the rounding (the form's 1.3333 is Tend's 1.33), which an import notes.
 */
export function compareOnProof(rule: ScaleRule, items: readonly ProbeItem[], form: FormTotal, choices: readonly Choice[]): ProofResult {
  const members = items.filter((i) => rule.items.includes(i.id));
  let rounded: ProofResult['rounded'];
  for (const choice of choices) {
    const byForm = form(answersOf(items, choice));
    const byTend = tendScore(rule, items, choice);
    const answered = members.filter((m) => choice.get(m.linkId) !== null && choice.get(m.linkId) !== undefined);
    if (same(byForm, byTend, tolerance(rule, answered.length))) {
      if (!rounded && byForm !== null && byTend !== null && !same(byForm, byTend)) rounded = { form: byForm, tend: byTend };
      continue;
    }
    const plainSum = answered.reduce((sum, m) => sum + optionScore(m, choice.get(m.linkId)!), 0);
    const countsUnansweredAsZero = rule.missing !== 'zero' && answered.length < members.length && byForm !== null && same(byForm, plainSum);
    return { disagreement: { choice, form: byForm, tend: byTend, countsUnansweredAsZero } };
  }
  return rounded ? { rounded } : {};
}

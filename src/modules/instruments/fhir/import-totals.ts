import type { Locale, TScale } from '../../../content/pack-schema.js';
import { type CalculatedItem, evaluateCalculatedItem, ExpressionError } from './calculated-expression.js';
import { ext, type Questionnaire, type QuestionnaireItem, type ResponseAnswer, fromFhirText, tendUrl } from './fhir-types.js';
import { itemLabel } from './import-notes.js';
import {
  answersOf,
  type Choice,
  type Derived,
  deriveScale,
  describeChoice,
  describeRule,
  compareOnProof,
  type FormTotal,
  type ProbeItem,
  proofChoices,
  responseWith,
  type ScaleRule,
  same,
} from './probe-expression.js';
import { readTendScale } from './read-questionnaire.js';

/**
 * The totals of a Questionnaire as Tend scales, each proved: the form's own calculatedExpression
 * and Tend's scale (score-instrument's scoring) must give the same score on every proof response,
 * or the import is refused with the response they disagree on.
 */

/** An item Tend does not score, and an answer to it: a total that moves with it cannot be Tend's. */
export interface UnscoredItem {
  path: string;
  item: QuestionnaireItem;
  reason: string;
  answer: ResponseAnswer;
}
export interface TotalsInput {
  questionnaire: Questionnaire;
  calculated: readonly CalculatedItem[];
  itemAt: ReadonlyMap<string, QuestionnaireItem>;
  scored: readonly ProbeItem[];
  unscored: readonly UnscoredItem[];
  itemOf: ReadonlyMap<string, string>;
  language: Locale;
  reference: string;
  runs: number;
  seed: number;
}
export interface TotalsRead {
  scales: Array<{ linkId: string; scale: Omit<TScale, 'id'> }>;
  /** linkIds of items the form's totals score the other way round from their weights. */
  reversed: Set<string>;
  problems: string[];
  notes: string[];
}

const SCORE_TYPES = new Set(['decimal', 'integer', 'quantity']);

/** Every calculated item of the Questionnaire read as a scale and proved, or named in a problem or note. */
export function readTotals(input: TotalsInput): TotalsRead {
  const { questionnaire, scored } = input;
  const read: TotalsRead = { scales: [], reversed: new Set(), problems: [], notes: [] };
  const candidates: Array<{ calculated: CalculatedItem; item: QuestionnaireItem; form: FormTotal; rule: ScaleRule; scale: Omit<TScale, 'id'> }> = [];
  const reversedIn = new Map<string, boolean>();
  for (const calculated of input.calculated) {
    const item = input.itemAt.get(calculated.path)!;
    const label = itemLabel(calculated.path, item);
    const total = `its total "${shorten(calculated.expression)}" (${calculated.expressionPath})`;
    if (!SCORE_TYPES.has(item.type)) {
      read.notes.push(`${label}: a calculated ${item.type}, not a score: left out`);
      continue;
    }
    if (scored.length === 0) continue; // the refusal already says why no item is scored
    const form: FormTotal = (answers) => evaluateCalculatedItem(calculated, questionnaire, responseWith(questionnaire, answers));
    try {
      const defined = ext(item.extension, tendUrl('scale'));
      const tendScale = defined ? readTendScale(item, defined, input.itemOf, input.language, input.reference) : undefined;
      const derived: Derived = tendScale ? fromTend(tendScale) : deriveScale(scored, form);
      if (!derived.ok) {
        read.problems.push(`${label}: Tend cannot read ${total} as a scale: ${derived.problem}`);
        continue;
      }
      const dependsOn = input.unscored.find((u) => movesWith(u, scored, form));
      if (dependsOn) {
        read.problems.push(`${label}: ${total} depends on ${itemLabel(dependsOn.path, dependsOn.item)}, which Tend does not score (${dependsOn.reason})`);
        continue;
      }
      // an item is one pack item whichever total reads it: two totals may not score it opposite ways
      for (const id of derived.rule.items) {
        const linkId = scored.find((p) => p.id === id)?.linkId;
        if (linkId === undefined) continue; // a Tend scale naming an item the pack lacks: validation names it
        const reversed = derived.reversedByForm.includes(linkId);
        if (reversedIn.has(linkId) && reversedIn.get(linkId) !== reversed) read.problems.push(`${label}: ${total} scores item "${linkId}" the other way round from another total`);
        reversedIn.set(linkId, reversed);
      }
      const name = fromFhirText(item.text, item._text, input.language) ?? { [input.language]: item.linkId };
      // a derived rule for unanswered items is the form's own, read from what its total does
      const scale = tendScale ?? { name, ...derived.rule, missingRuleSource: `${input.reference}, its own calculated total`, bands: [], source: [input.reference] };
      candidates.push({ calculated, item, form, rule: derived.rule, scale });
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      read.problems.push(`${label}: FHIRPath cannot evaluate "${shorten(error.expression)}" (${error.path}): ${error.reason}`);
    }
  }
  for (const [linkId, reversed] of reversedIn) if (reversed) read.reversed.add(linkId);
  if (read.problems.length > 0) return read;

  const final = scored.map((s) => (read.reversed.has(s.linkId) ? { ...s, reverse: !s.reverse } : s));
  const choices = proofChoices(final, input.runs, input.seed);
  for (const { calculated, item, form, rule, scale } of candidates) {
    const { disagreement: found, rounded } = compareOnProof(rule, final, form, choices);
    if (!found) {
      read.scales.push({ linkId: item.linkId, scale });
      if (rounded) read.notes.push(`${itemLabel(calculated.path, item)}: Tend rounds this score (a mean to 2 decimals, a prorated sum to 1): where the form gives ${rounded.form}, Tend gives ${rounded.tend}`);
      continue;
    }
    const why = found.countsUnansweredAsZero
      ? ' Here the form counts an unanswered item as 0, but elsewhere it does not: one Tend scale cannot say both.'
      : '';
    read.problems.push(
      `${itemLabel(calculated.path, item)}: the form's total "${shorten(calculated.expression)}" (${calculated.expressionPath}) and Tend's reading of it (${describeRule(rule)}) disagree on the answers ${describeChoice(final, found.choice)}: the form gives ${show(found.form)}, Tend gives ${show(found.tend)}.${why}`,
    );
  }
  return read;
}

/** An expression as a message quotes it: long ones cut, the path beside it says where the whole is. */
const shorten = (expression: string) => (expression.length > 160 ? `${expression.slice(0, 160)}…` : expression);

const show = (value: number | null) => (value === null ? 'no score' : String(value));

const fromTend = (scale: Omit<TScale, 'id'>): Derived => ({ ok: true, rule: { items: scale.items, method: scale.method, minAnswered: scale.minAnswered, missing: scale.missing }, reversedByForm: [] });

/** Whether answering an unscored item changes the total, from every scored item at its lowest or its highest. */
function movesWith(unscored: UnscoredItem, scored: readonly ProbeItem[], form: FormTotal): boolean {
  const ends: Choice[] = proofChoices(scored, 0, 1);
  return ends.some((choice) => {
    const answers = answersOf(scored, choice);
    const without = form(answers);
    return !same(form(new Map([...answers, [unscored.item.linkId, unscored.answer]])), without);
  });
}

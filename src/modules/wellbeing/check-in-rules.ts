import type { FieldProblem } from '../../platform/http/errors.js';
import type { TCheckInAnswers } from './model.js';

/**
 * What the well-being space needs of an instrument pack (PACK-FORMAT.md, kind "instrument"):
 * its answer sets and items, to check answers before they are stored. Pure.
 */
export interface InstrumentShape {
  id: string;
  version: string;
  body: {
    answerSets: Array<{ id: string; options: Array<{ value: number }> }>;
    items: Array<{ id: string; answerSet: string }>;
  };
}

/**
 * Whether the space offers the instrument as a check-in: not one answered only in its own place
 * (`answeredIn: 'own-page'` — the supervisors' self-rating, the check-in after a hard event), whose
 * page frames it and says who sees it.
 */
export const offeredAsCheckIn = (instrument: { body: { answeredIn?: 'check-in' | 'own-page' | undefined } }) => instrument.body.answeredIn !== 'own-page';

/**
 * Every problem with a check-in's answers: an item the instrument does not have, or a value
 * outside its item's answer set. Skipped items (null or absent) are always fine.
 */
export function answerProblems(instrument: InstrumentShape, answers: TCheckInAnswers): FieldProblem[] {
  const sets = new Map(instrument.body.answerSets.map((s) => [s.id, s.options.map((o) => o.value)]));
  const items = new Map(instrument.body.items.map((i) => [i.id, sets.get(i.answerSet) ?? []]));
  const problems: FieldProblem[] = [];
  for (const [itemId, value] of Object.entries(answers)) {
    const allowed = items.get(itemId);
    if (!allowed) problems.push({ field: `answers.${itemId}`, problem: `${instrument.id} has no item "${itemId}"` });
    else if (value !== null && !allowed.includes(value)) {
      problems.push({ field: `answers.${itemId}`, problem: `must be one of ${allowed.join(', ')}, or left out (skipped)` });
    }
  }
  return problems;
}

/** The answers as stored: one entry per item of the instrument, null for every skipped one. */
export function completeAnswers(instrument: InstrumentShape, answers: TCheckInAnswers): TCheckInAnswers {
  return Object.fromEntries(instrument.body.items.map((item) => [item.id, answers[item.id] ?? null]));
}

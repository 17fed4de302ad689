import { safetyItemsCalling } from '../instruments/safety-items.js';
import { scoreResponse } from '../instruments/score-instrument.js';
import type { InstrumentPack, ScaleOutcome } from '../instruments/instrument-types.js';
import type { TCheckInAnswers } from './model.js';

/**
 * The scores of one check-in, recomputed by the instrument engine from its answers and the
 * instrument's declaration (never stored). One outcome per scale, in the pack's order.
 * The answers must have passed answerProblems (the engine throws on an answer it cannot score).
 */
export function scoreCheckIn(pack: InstrumentPack, answers: TCheckInAnswers): ScaleOutcome[] {
  const names = new Map(pack.body.scales.map((s) => [s.id, s.name]));
  return scoreResponse(pack, answers).map((s) => ({
    scaleId: s.id,
    name: names.get(s.id) ?? {},
    model: s.model,
    score: s.score,
    answered: s.answered,
    itemCount: s.itemCount,
    missing: s.missing,
    band: s.band,
  }));
}

/** True when any scale's band suggests outside support (S.ind.7). */
export const suggestsSupport = (outcomes: ScaleOutcome[]) => outcomes.some((o) => o.band?.suggestSupport === true);

/** Why a check-in's result points to support: an answer to a safety item, or a scale's band. */
export type SupportReason = 'answer' | 'score';

export function supportReason(pack: InstrumentPack, answers: TCheckInAnswers, outcomes: ScaleOutcome[]): SupportReason | null {
  if (safetyItemsCalling(pack, answers).length > 0) return 'answer';
  return suggestsSupport(outcomes) ? 'score' : null;
}

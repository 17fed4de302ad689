import type { TCheckInAnswers } from './model.js';
import type { InstrumentPack, ScaleOutcome } from './instrument-types.js';

/**
 * The scores of one check-in, recomputed from its answers and the instrument's declaration
 * (never stored). Returns one outcome per scale, in the pack's order.
 *
 * Stand-in for modules/instruments' scoreResponse, following PACK-FORMAT.md; replaced by a call
 * to it once the engine is in (the result is mapped to ScaleOutcome either way).
 */
export function scoreCheckIn(pack: InstrumentPack, answers: TCheckInAnswers): ScaleOutcome[] {
  const sets = new Map(pack.body.answerSets.map((s) => [s.id, s.options.map((o) => o.value)]));
  const items = new Map(pack.body.items.map((i) => [i.id, i]));
  return pack.body.scales.map((scale) => {
    const values: number[] = [];
    for (const itemId of scale.items) {
      const value = answers[itemId];
      const item = items.get(itemId);
      if (value === null || value === undefined || !item) continue;
      const options = sets.get(item.answerSet) ?? [value];
      values.push(item.reverse ? Math.min(...options) + Math.max(...options) - value : value);
    }
    const answered = values.length;
    let score: number | null = null;
    if (answered > 0 && answered >= scale.minAnswered) {
      const sum = values.reduce((a, b) => a + b, 0);
      const mean = sum / answered;
      const total = scale.missing === 'prorate' ? mean * scale.items.length : sum;
      score = Math.round((scale.method === 'mean' ? mean : total) * 10) / 10;
    }
    const band = score === null ? undefined : scale.bands.find((b) => score >= b.min && score <= b.max);
    return {
      scaleId: scale.id,
      name: scale.name,
      model: scale.model ?? null,
      score,
      answered,
      itemCount: scale.items.length,
      band: band ? { id: band.id, label: band.label, guidance: band.guidance, suggestSupport: band.suggestSupport } : null,
    };
  });
}

/** True when any scale's band suggests outside support (S.ind.7). */
export const suggestsSupport = (outcomes: ScaleOutcome[]) => outcomes.some((o) => o.band?.suggestSupport === true);

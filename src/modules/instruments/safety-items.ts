import type { InstrumentPack } from './instrument-types.js';

/**
 * The safety items (those asking about harm, marked `supportAtOrAbove` in the pack) answered at or
 * above their mark, in the pack's order. One such answer is enough for a support response,
 * whatever the totals say: a total can be low while the one answer that matters is not. Pure.
 */
export function safetyItemsCalling(pack: InstrumentPack, answers: Readonly<Record<string, number | null | undefined>>): string[] {
  return pack.body.items
    .filter((item) => {
      const value = answers[item.id];
      return item.supportAtOrAbove !== undefined && typeof value === 'number' && value >= item.supportAtOrAbove;
    })
    .map((item) => item.id);
}

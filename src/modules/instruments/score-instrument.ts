import { type Bounds, boundsOf, findBand, isWholeNumberScale, MEAN_DECIMALS, PRORATE_DECIMALS, roundHalfUp, scaleRange } from '../../content/instrument-scale-range.js';
import type { TInstrumentPack, TScale, TText } from '../../content/pack-schema.js';

/**
 * The scoring engine for instrument packs (PACK-FORMAT.md, "kind: instrument"). Pure: scores come
 * from the pack's declaration and the answers alone, every time; a stored total is never read.
 */

/** Answers by item id: the option value chosen, or null (or absent) when the item was skipped. */
export type InstrumentAnswers = Readonly<Record<string, number | null | undefined>>;

export interface BandResult {
  id: string;
  label: TText;
  guidance: TText;
  suggestSupport: boolean;
}

export interface ScaleScore {
  id: string;
  /** The scale's model ("main" when the pack names none): alternative scorings of the same answers. */
  model: string;
  /** Null when too few items were answered; `reason` then says so. */
  score: number | null;
  answered: number;
  itemCount: number;
  /** How the scale treats an unanswered item: a result from fewer than itemCount answers says so. */
  missing: TScale['missing'];
  band: BandResult | null;
  reason?: 'too-few-answers';
}

/** An answer the pack cannot score: to an item it does not have, or a value its answer set lacks. */
export class InstrumentAnswerError extends Error {
  constructor(
    readonly itemId: string,
    message: string,
  ) {
    super(message);
    this.name = 'InstrumentAnswerError';
  }
}

export const DEFAULT_MODEL = 'main';

/** A reversed item scores (lowest + highest option value) − value. */
export const reverseValue = (value: number, optionValues: readonly number[]): number => {
  const { min, max } = boundsOf(optionValues);
  return min + max - value;
};

/** Each item's option values, by item id. */
export function optionValuesByItem(pack: TInstrumentPack): Map<string, number[]> {
  const sets = new Map(pack.body.answerSets.map((s) => [s.id, s.options.map((o) => o.value)]));
  return new Map(pack.body.items.map((item) => [item.id, sets.get(item.answerSet) ?? []]));
}

/**
 * The answers checked against the pack and turned into item scores (reversed where the item says
 * so); skipped items are left out. Throws InstrumentAnswerError naming the first bad item.
 */
export function itemScores(pack: TInstrumentPack, answers: InstrumentAnswers): Map<string, number> {
  const values = optionValuesByItem(pack);
  const reversed = new Set(pack.body.items.filter((i) => i.reverse).map((i) => i.id));
  const scores = new Map<string, number>();
  for (const [itemId, value] of Object.entries(answers)) {
    const options = values.get(itemId);
    if (!options) throw new InstrumentAnswerError(itemId, `${pack.id} has no item "${itemId}"`);
    if (value === null || value === undefined) continue;
    if (!options.includes(value)) {
      throw new InstrumentAnswerError(itemId, `${JSON.stringify(value)} is not an answer to item "${itemId}" (its answers are ${options.join(', ')})`);
    }
    scores.set(itemId, reversed.has(itemId) ? reverseValue(value, options) : value);
  }
  return scores;
}

/** One scale from the item scores: sum or mean, with missing answers prorated, counted as 0 or not allowed (PACK-FORMAT.md). */
export function scoreScale(scale: TScale, scores: ReadonlyMap<string, number>, values: ReadonlyMap<string, readonly number[]>): ScaleScore {
  const answeredScores = scale.items.flatMap((id) => (scores.has(id) ? [scores.get(id)!] : []));
  const answered = answeredScores.length;
  const itemCount = scale.items.length;
  const base = { id: scale.id, model: scale.model ?? DEFAULT_MODEL, answered, itemCount, missing: scale.missing };
  const enough = answered >= scale.minAnswered && (scale.missing !== 'none' || answered === itemCount);
  if (!enough || answered === 0) return { ...base, score: null, band: null, reason: 'too-few-answers' };
  const sum = answeredScores.reduce((a, b) => a + b, 0);
  const mean = sum / answered;
  let score: number;
  if (scale.missing === 'zero') score = roundHalfUp(scale.method === 'mean' ? sum / itemCount : sum, MEAN_DECIMALS);
  else if (scale.method === 'mean') score = roundHalfUp(mean, MEAN_DECIMALS);
  else if (answered === itemCount) score = roundHalfUp(sum, MEAN_DECIMALS);
  else score = roundHalfUp(mean * itemCount, PRORATE_DECIMALS);
  const whole = isWholeNumberScale(
    scale.method,
    scale.items.flatMap((id) => values.get(id) ?? []),
  );
  const band = findBand(score, scale.bands, whole);
  return { ...base, score, band: band ? { id: band.id, label: band.label, guidance: band.guidance, suggestSupport: band.suggestSupport } : null };
}

/** Every scale of the pack, in the pack's order, scored from `answers`. */
export function scoreResponse(pack: TInstrumentPack, answers: InstrumentAnswers): ScaleScore[] {
  const scores = itemScores(pack, answers);
  const values = optionValuesByItem(pack);
  return pack.body.scales.map((scale) => scoreScale(scale, scores, values));
}

/**
 * The lowest and highest score one scale of the pack can give (the range validation checks the
 * bands against), e.g. for a chart's fixed axis; undefined when the pack has no such scale.
 */
export function possibleScaleRange(pack: TInstrumentPack, scaleId: string): Bounds | undefined {
  const scale = pack.body.scales.find((s) => s.id === scaleId);
  if (!scale) return undefined;
  const values = optionValuesByItem(pack);
  return scaleRange(scale, scale.items.map((id) => boundsOf(values.get(id) ?? [0])));
}

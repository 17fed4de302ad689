import type { TInstrumentPack, TText } from '../../content/pack-schema.js';
import { type InstrumentAnswers, scoreResponse } from '../instruments/score-instrument.js';

/**
 * The supervisors' self-rating is an instrument pack (tend.supervision-self-rating), scored by the
 * instruments' engine like any reflective self-check: one scale per supervision ability (S.org.5).
 * An area is "low" when its score falls in the scale's first band; that band's guidance is the
 * development suggestion shown for it. Pure.
 */

export const SELF_RATING_PACK_ID = 'tend.supervision-self-rating';

export interface AreaResult {
  scaleId: string;
  name: TText;
  score: number | null;
  answered: number;
  itemCount: number;
  band: { id: string; label: TText; guidance: TText } | null;
  low: boolean;
}

/** Each area's result and one suggestion per low area, in the pack's order. Throws InstrumentAnswerError for an answer the pack cannot take. */
export function rateAreas(pack: TInstrumentPack, answers: InstrumentAnswers): { areas: AreaResult[]; suggestions: { scaleId: string; name: TText; guidance: TText }[] } {
  const scores = scoreResponse(pack, answers);
  const areas = pack.body.scales.map((scale, i) => {
    const s = scores[i]!;
    const low = s.band !== null && s.band.id === scale.bands[0]?.id;
    return {
      scaleId: scale.id,
      name: scale.name,
      score: s.score,
      answered: s.answered,
      itemCount: s.itemCount,
      band: s.band ? { id: s.band.id, label: s.band.label, guidance: s.band.guidance } : null,
      low,
    };
  });
  const suggestions = areas.filter((a) => a.low && a.band).map((a) => ({ scaleId: a.scaleId, name: a.name, guidance: a.band!.guidance }));
  return { areas, suggestions };
}

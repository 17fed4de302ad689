import type { TInstrumentPack, TText } from '../../content/pack-schema.js';

/** An instrument pack as the content packs define it (PACK-FORMAT.md, kind "instrument"). */
export type InstrumentPack = TInstrumentPack;
export type LocalText = TText;

/** One scale's outcome for one check-in, as the space shows it: the engine's score with the scale's name. */
export interface ScaleOutcome {
  scaleId: string;
  name: LocalText;
  model: string;
  score: number | null;
  answered: number;
  itemCount: number;
  missing: 'prorate' | 'zero' | 'none';
  band: { id: string; label: LocalText; guidance: LocalText; suggestSupport: boolean } | null;
}

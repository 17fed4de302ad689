/**
 * An instrument pack as the well-being space reads it (PACK-FORMAT.md, kind "instrument").
 * Structural, so this module depends only on the published format, not on the engine's internals.
 */

export type LocalText = Partial<Record<string, string>>;

export interface InstrumentBand {
  id: string;
  min: number;
  max: number;
  label: LocalText;
  guidance: LocalText;
  suggestSupport: boolean;
}

export interface InstrumentScale {
  id: string;
  name: LocalText;
  model?: string | undefined;
  items: string[];
  method: 'sum' | 'mean';
  minAnswered: number;
  missing: 'prorate' | 'none';
  bands: InstrumentBand[];
}

export interface InstrumentPack {
  id: string;
  version: string;
  kind: 'instrument';
  title: LocalText;
  summary: LocalText;
  body: {
    purpose: 'reflection' | 'measure';
    licence: null | { holder: string; textsIncluded: boolean; fhirUrl?: string | undefined };
    intro: LocalText;
    contentNote: LocalText | null;
    answerSets: Array<{ id: string; options: Array<{ value: number; text: LocalText }> }>;
    items: Array<{ id: string; text: LocalText | null; answerSet: string; reverse: boolean; contentNote?: LocalText | undefined }>;
    scales: InstrumentScale[];
  };
}

/** One scale's outcome for one check-in, as the space shows it. */
export interface ScaleOutcome {
  scaleId: string;
  name: LocalText;
  model: string | null;
  score: number | null;
  answered: number;
  itemCount: number;
  band: { id: string; label: LocalText; guidance: LocalText; suggestSupport: boolean } | null;
}

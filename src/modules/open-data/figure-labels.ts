import type { PublicationLocale, PublishedFigure } from '../../platform/publication/index.js';
import type { CrossOrgFigureRequest, CrossOrgVerdict } from '../../platform/privacy/cross-org-release.js';
import type { TSurveyShape } from '../assessments/survey-model.js';

/**
 * A collaborative's released benchmark figures as open-data figures: each gate verdict with the
 * labels people read (whose pool, which timepoint and date, which survey section, the scale).
 * Pure. The collaborative's pool is labelled with its name, the hub-wide pool with the hub's.
 * A section's figure pools ratings (each person one per criterion answered), said as its count's
 * unit, with how many one person can give, which differential privacy scales its noise to.
 * Figure ids become readable (`collaborative/baseline/safety`): the gate's own ids join their
 * parts with a NUL character, which has no place in a CSV file.
 */

export interface TimepointFacts {
  slot: string;
  label: string;
  /** YYYY-MM-DD */
  dueOn: string;
  packId: string | null;
}

const ALL_STAFF: Record<PublicationLocale, string> = { en: 'All staff', es: 'Todo el personal' };
// the staff survey's usual scale, for a timepoint whose pack is no longer installed
const DEFAULT_SCALE = { min: 1, max: 5 };
// a section's figure counts ratings, one per criterion a person answered; with the pack gone the
// number of criteria is unknown, so noise assumes more than any built-in section has
const UNKNOWN_CRITERIA = 20;

export function publishedFigures(input: {
  figures: readonly CrossOrgFigureRequest[];
  verdicts: readonly CrossOrgVerdict[];
  timepoints: readonly TimepointFacts[];
  /** survey shapes by pack id */
  shapes: ReadonlyMap<string, TSurveyShape>;
  collaborativeName: string;
  hubName: string;
  locale: PublicationLocale;
}): PublishedFigure[] {
  const verdictOf = new Map(input.verdicts.map((v) => [v.id, v]));
  const timepointOf = new Map(input.timepoints.map((t) => [t.slot, t]));
  return input.figures.map((figure) => {
    const verdict = verdictOf.get(figure.id);
    const timepoint = timepointOf.get(figure.timepoint);
    if (!verdict || !timepoint) throw new Error(`figure ${JSON.stringify(figure.id)} has no verdict or timepoint`);
    const pool = figure.id.startsWith('hub\u0000') ? 'hub' : 'collaborative';
    const shape = timepoint.packId ? input.shapes.get(timepoint.packId) : undefined;
    const section = shape?.sections.find((s) => s.id === figure.measure);
    const name = section?.title[input.locale] ?? section?.title.en ?? figure.measure;
    const scale = shape ? { min: shape.ratings.scale.min, max: shape.ratings.scale.max } : DEFAULT_SCALE;
    return {
      verdict: { ...verdict, id: [pool, figure.timepoint, figure.measure].join('/') },
      labels: {
        collaborative: pool === 'hub' ? input.hubName : input.collaborativeName,
        timepoint: { label: timepoint.label, date: timepoint.dueOn },
        measure: { id: figure.measure, name },
        cell: ALL_STAFF[input.locale],
        scale,
        count: { unit: 'ratings', perPerson: section?.criteria.length ?? UNKNOWN_CRITERIA },
      },
    };
  });
}

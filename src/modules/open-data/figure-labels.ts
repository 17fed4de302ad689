import type { FigureLabels, MeasureKind, PublicationLocale, PublishedFigure } from '../../platform/publication/index.js';
import type { CrossOrgFigureRequest, CrossOrgVerdict } from '../../platform/privacy/cross-org-release.js';
import type { TSurveyShape } from '../assessments/survey-model.js';
import { AUDIT_POINTS, AUDIT_TOP_POINTS, measureKind } from '../collaboratives/contribution-values.js';
import type { OtherMeasureFacts } from '../collaboratives/measure-titles.js';

/**
 * A collaborative's released benchmark figures as open-data figures: each gate verdict with the
 * labels people read (whose pool, which timepoint and date, which measure, the scale). Pure.
 * The collaborative's pool is labelled with its name, the hub-wide pool with the hub's.
 * Each kind says what its count counts and how much one contributor can move it, which
 * differential privacy scales its noise to:
 * - a survey section pools ratings, each person one per criterion answered, on the pack's scale;
 * - an audit section pools an organisation's confirmed criterion ratings, red 0 to green 2: one
 *   organisation's review gives up to one per criterion of the section;
 * - a check-in band pools people, each 1 if their result fell in the band and 0 if not, so the
 *   mean is the share in the band.
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

const CELLS: Record<MeasureKind, Record<PublicationLocale, string>> = {
  'staff-survey': { en: 'All staff', es: 'Todo el personal' },
  audit: { en: 'Whole-organisation reviews', es: 'Revisiones de toda la organización' },
  'check-in-bands': { en: 'People who count their check-ins', es: 'Personas que cuentan sus check-ins' },
};
// the staff survey's usual scale, for a timepoint whose pack is no longer installed
const DEFAULT_SCALE = { min: 1, max: 5 };
// a section's figure counts ratings, one per criterion a person (or an organisation's review)
// answered; with the pack gone the number of criteria is unknown, so noise assumes more than any
// built-in section has
export const UNKNOWN_CRITERIA = 20;
const AUDIT_SCALE = { min: AUDIT_POINTS.red, max: AUDIT_TOP_POINTS };
const SHARE_SCALE = { min: 0, max: 1 };

type Measured = Pick<FigureLabels, 'kind' | 'measure' | 'scale' | 'count'>;

/** What a survey section's figure measures, from its timepoint's pack. */
function surveyMeasure(measure: string, shape: TSurveyShape | undefined, locale: PublicationLocale): Measured {
  const section = shape?.sections.find((s) => s.id === measure);
  return {
    kind: 'staff-survey',
    measure: { id: measure, name: section?.title[locale] ?? section?.title.en ?? measure },
    scale: shape ? { min: shape.ratings.scale.min, max: shape.ratings.scale.max } : DEFAULT_SCALE,
    count: { unit: 'ratings', perPerson: section?.criteria.length ?? UNKNOWN_CRITERIA },
  };
}

/** What an audit section's or a check-in band's figure measures, from the hub's measure titles. */
function otherMeasure(measure: string, facts: OtherMeasureFacts | undefined, locale: PublicationLocale): Measured {
  const name = facts?.title[locale] ?? facts?.title.en ?? measure;
  if (measureKind(measure) === 'audit') return { kind: 'audit', measure: { id: measure, name }, scale: AUDIT_SCALE, count: { unit: 'ratings', perPerson: facts?.criteria ?? UNKNOWN_CRITERIA } };
  return { kind: 'check-in-bands', measure: { id: measure, name }, scale: SHARE_SCALE, count: { unit: 'people', perPerson: 1 } };
}

export function publishedFigures(input: {
  figures: readonly CrossOrgFigureRequest[];
  verdicts: readonly CrossOrgVerdict[];
  timepoints: readonly TimepointFacts[];
  /** survey shapes by pack id */
  shapes: ReadonlyMap<string, TSurveyShape>;
  /** the audit sections' and check-in bands' titles (and an audit section's criteria), by measure id */
  otherMeasures: ReadonlyMap<string, OtherMeasureFacts>;
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
    const measured =
      measureKind(figure.measure) === 'staff-survey'
        ? surveyMeasure(figure.measure, timepoint.packId ? input.shapes.get(timepoint.packId) : undefined, input.locale)
        : otherMeasure(figure.measure, input.otherMeasures.get(figure.measure), input.locale);
    return {
      verdict: { ...verdict, id: [pool, figure.timepoint, figure.measure].join('/') },
      labels: {
        collaborative: pool === 'hub' ? input.hubName : input.collaborativeName,
        timepoint: { label: timepoint.label, date: timepoint.dueOn },
        cell: CELLS[measured.kind ?? 'staff-survey'][input.locale],
        ...measured,
      },
    };
  });
}

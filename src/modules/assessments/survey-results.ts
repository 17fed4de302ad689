import type { FreeTextItem, FreeTextRelease, Observation, ReleasedCell, Statistic } from '../../platform/privacy/index.js';
import type { TSurveyShape } from './survey-model.js';

/**
 * Survey results as they may leave the privacy gate. Pure: the gate is handed in (the server
 * passes releaseThroughGate, which also keeps the differencing log; tests pass releaseTree).
 * Nothing here returns a response, an answer or a respondent's unit: only released cells.
 */

/** One stored response: a random id, the respondent's unit, ratings and comments. No person. */
export interface StoredResponse {
  id: string;
  unitId: string | null;
  answers: Record<string, number>;
  comments: Record<string, string>;
}

/** A figure as shown: a mean with its number of respondents, or only that it is hidden and why. */
export type SurveyFigure =
  | { suppressed: false; mean: number; respondents: number }
  | { suppressed: true; reason: 'small-group' | 'protects-another' };

/** A figure for one group of the tree: unitId null is the whole scope of the cycle. */
export type SurveyCell = { unitId: string | null } & SurveyFigure;

export type SurveyComments = { status: 'released'; texts: string[] } | { status: 'withheld'; reason: 'small-group' };

export interface SurveyResults {
  sections: Array<{
    id: string;
    /** The section's figure per group: each response's mean over the criteria it answered. */
    cells: SurveyCell[];
    criteria: Array<{ id: string; cells: SurveyCell[] }>;
    comments: SurveyComments;
  }>;
  /** Sections × units: the same released section figures, one row per section. */
  heatMap: { units: Array<string | null>; rows: Array<{ sectionId: string; cells: SurveyCell[] }> };
}

/** The gate as this module calls it; `dataset` names the data for the differencing log. */
export type Gate = (dataset: string, observations: readonly Observation[], statistic: Statistic) => ReleasedCell | Promise<ReleasedCell>;
export type FreeTextGate = (dataset: string, items: readonly FreeTextItem[]) => FreeTextRelease | Promise<FreeTextRelease>;

/** One observation per response that answered the criterion, at the respondent's unit path. */
export function criterionObservations(criterionId: string, responses: readonly StoredResponse[], pathOf: (unitId: string | null) => string[]): Observation[] {
  return responses.flatMap((r) => {
    const value = r.answers[criterionId];
    return value === undefined ? [] : [{ personId: r.id, groupPath: pathOf(r.unitId), value }];
  });
}

/** One observation per response that answered any of the section's criteria: their mean. */
export function sectionObservations(
  section: TSurveyShape['sections'][number],
  responses: readonly StoredResponse[],
  pathOf: (unitId: string | null) => string[],
): Observation[] {
  return responses.flatMap((r) => {
    const values = section.criteria.map((c) => r.answers[c.id]).filter((v): v is number => v !== undefined);
    if (values.length === 0) return [];
    return [{ personId: r.id, groupPath: pathOf(r.unitId), value: values.reduce((a, b) => a + b, 0) / values.length }];
  });
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The released tree as a list of cells, parents before children; only released cells carry figures. */
export function cellsOf(tree: ReleasedCell): SurveyCell[] {
  const out: SurveyCell[] = [];
  const visit = (cell: ReleasedCell) => {
    const unitId = cell.path.at(-1) ?? null;
    if (cell.status === 'released') out.push({ unitId, suppressed: false, mean: round2(cell.value), respondents: cell.n });
    else out.push({ unitId, suppressed: true, reason: cell.reason });
    cell.children.forEach(visit);
  };
  visit(tree);
  return out;
}

/** The differencing-log names of a cycle's data sets: one per criterion, section and comment box. */
export const surveyDataset = (cycleId: string, part: 'criterion' | 'section' | 'comments', id: string) => `assessment-survey:${cycleId}:${part}:${id}`;

/**
 * Releases a cycle's results through the gate: each criterion's ratings and each section's
 * per-response means as means over the unit tree, and each section's comments as free text of
 * the whole scope (one partition, so no difference between levels can point at a unit).
 */
export async function releaseSurveyResults(input: {
  cycleId: string;
  shape: TSurveyShape;
  responses: readonly StoredResponse[];
  pathOf: (unitId: string | null) => string[];
  gate: Gate;
  freeText: FreeTextGate;
}): Promise<SurveyResults> {
  const { cycleId, shape, responses, pathOf, gate, freeText } = input;
  const sections: SurveyResults['sections'] = [];
  for (const section of shape.sections) {
    const sectionTree = await gate(surveyDataset(cycleId, 'section', section.id), sectionObservations(section, responses, pathOf), 'mean');
    const criteria: SurveyResults['sections'][number]['criteria'] = [];
    for (const criterion of section.criteria) {
      const tree = await gate(surveyDataset(cycleId, 'criterion', criterion.id), criterionObservations(criterion.id, responses, pathOf), 'mean');
      criteria.push({ id: criterion.id, cells: cellsOf(tree) });
    }
    const items = responses.flatMap((r) => (r.comments[section.id]?.trim() ? [{ personId: r.id, group: 'all', text: r.comments[section.id]! }] : []));
    const released = await freeText(surveyDataset(cycleId, 'comments', section.id), items);
    const comments: SurveyComments = released.status === 'released' ? { status: 'released', texts: released.texts } : { status: 'withheld', reason: 'small-group' };
    sections.push({ id: section.id, cells: cellsOf(sectionTree), criteria, comments });
  }
  return { sections, heatMap: heatMapOf(sections) };
}

/** Columns: every group any section has figures or hidden cells for, in tree order. */
function heatMapOf(sections: SurveyResults['sections']): SurveyResults['heatMap'] {
  const units: Array<string | null> = [];
  for (const s of sections) for (const c of s.cells) if (!units.includes(c.unitId)) units.push(c.unitId);
  return { units, rows: sections.map((s) => ({ sectionId: s.id, cells: s.cells })) };
}

import { toCsv } from '../../platform/http/csv-export.js';
import type { SurveyCell, SurveyResults } from './survey-results.js';
import type { TSurveyShape } from './survey-model.js';

export const SURVEY_CSV_COLUMNS = ['section', 'criterion', 'unit', 'mean', 'ratings'] as const;

/**
 * The survey results as CSV, built only from released cells: a hidden figure is written as
 * "suppressed" in both columns, never as a number. One row per section figure (criterion left
 * blank) and per criterion figure, for every group the release names.
 */
export function surveyResultsCsv(input: {
  results: SurveyResults;
  shape: TSurveyShape;
  locale: string;
  scopeName: string;
  unitNames: ReadonlyMap<string, string>;
}): string {
  const { results, shape, locale, scopeName, unitNames } = input;
  const text = (t: Record<string, string>) => t[locale] ?? t.en ?? Object.values(t)[0] ?? '';
  const unit = (id: string | null) => (id === null ? scopeName : (unitNames.get(id) ?? id));
  const row = (section: string, criterion: string, cell: SurveyCell) => [
    section,
    criterion,
    unit(cell.unitId),
    cell.suppressed ? 'suppressed' : String(cell.mean),
    cell.suppressed ? 'suppressed' : String(cell.ratings),
  ];
  const rows: string[][] = [];
  for (const section of results.sections) {
    const packSection = shape.sections.find((s) => s.id === section.id);
    const title = packSection ? text(packSection.title) : section.id;
    for (const cell of section.cells) rows.push(row(title, '', cell));
    for (const criterion of section.criteria) {
      const packCriterion = packSection?.criteria.find((c) => c.id === criterion.id);
      const label = `${criterion.id} ${packCriterion ? text(packCriterion.text) : ''}`.trim();
      for (const cell of criterion.cells) rows.push(row(title, label, cell));
    }
  }
  // toCsv writes names that start like a formula as text
  return toCsv(rows, { columns: SURVEY_CSV_COLUMNS });
}

import { toCsv } from '../../../platform/http/csv-export.js';
import { localText } from '../assessment-pack.js';
import type { ReportData } from './report-data.js';

export const RATINGS_CSV_COLUMNS = ['criterion', 'section', 'text', 'rating', 'confirmed_by', 'confirmed_at', 'evidence_count', 'actions_count'] as const;

/**
 * A cycle's ratings as CSV, one row per criterion of its pack in the pack's order, texts in
 * `locale`. The rating column is the latest rating; confirmed_by/at are empty until the lead confirms.
 */
export function ratingsCsv(data: ReportData, locale: string): string {
  const actionCounts = new Map<string, number>();
  for (const a of data.actions) if (a.criterionId) actionCounts.set(a.criterionId, (actionCounts.get(a.criterionId) ?? 0) + 1);
  const evidenceCounts = new Map<string, number>();
  for (const e of data.evidence) evidenceCounts.set(e.criterionId, (evidenceCounts.get(e.criterionId) ?? 0) + 1);
  const rows = data.pack.body.sections.flatMap((section) =>
    section.criteria.map((criterion) => {
      const r = data.ratings.get(criterion.id);
      return [
        criterion.id,
        localText(section.title, locale),
        localText(criterion.text, locale),
        r?.rating ?? '',
        r?.confirmedAt ? (r.confirmedBy ?? '') : '',
        r?.confirmedAt?.toISOString() ?? '',
        String(evidenceCounts.get(criterion.id) ?? 0),
        String(actionCounts.get(criterion.id) ?? 0),
      ];
    }),
  );
  // the byte-order mark makes spreadsheet programs read the accents as UTF-8
  return toCsv(rows, { columns: RATINGS_CSV_COLUMNS, bom: true });
}

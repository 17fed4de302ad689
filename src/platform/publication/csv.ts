import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from '../http/csv-export.js';
import { OPEN_DATA_COLUMNS, type OpenDataRow, type Publication } from './model.js';

/**
 * The publication as RFC 4180 CSV: a header of the column names, one row per figure, CRLF line
 * ends, and any field holding a comma, a quote, CR or LF quoted (with CRLF records csv-stringify
 * quotes a field holding CRLF but not one holding a bare CR or LF, which many readers take as the
 * end of a row). An empty
 * cell is a figure not shown or a change that cannot be worked out; `not_shown_explanation` says why.
 */

/**
 * A text cell a spreadsheet shows as text and a program can read back exactly: one that starts
 * like a formula gets an apostrophe (as every Tend CSV does), and so does one that already starts
 * with an apostrophe, so reading drops exactly one leading apostrophe (`readOpenDataCell`).
 */
export function openDataCell(value: string): string {
  return value.startsWith("'") ? `'${value}` : spreadsheetSafe(value);
}

/** The label a cell written by `openDataCell` holds: `'=SUM(A1)` → `=SUM(A1)`, `''x` → `'x`. */
export function readOpenDataCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

const cellOf = (value: OpenDataRow[keyof OpenDataRow]): string | number | null => (typeof value === 'string' ? openDataCell(value) : value);

/** The CSV text; `bom` adds the byte-order mark that spreadsheet programs need to read accents as UTF-8. */
export function publicationCsv(publication: Publication, options: { bom?: boolean } = {}): string {
  const rows = publication.rows.map((row) => OPEN_DATA_COLUMNS.map((column) => cellOf(row[column])));
  const csv = stringify([[...OPEN_DATA_COLUMNS], ...rows], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
  return options.bom ? `\uFEFF${csv}` : csv;
}

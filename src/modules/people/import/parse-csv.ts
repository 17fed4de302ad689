import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../../platform/http/errors.js';

/** Reading an HR export into header and rows, forgiving what exports get wrong. No I/O here. */

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** 5 MB of UTF-8 text: a 20,000-row HR export is well under 2 MB, so this leaves room for wide files. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 20_000;

/** One data row: its cells, and the line of the file where it starts (the header is line 1). */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  headers: string[];
  rows: CsvRow[];
}

const fileProblem = (problem: string) => new AppError(400, 'invalid-csv', `csv: ${problem}`, [{ field: 'csv', problem }]);

/** Trimmed and in Unicode NFC, so "é" typed two ways is one letter and compares equal. */
const cleanCell = (cell: string) => cell.trim().normalize('NFC');

/**
 * Parses CSV text from an HR export: strips a byte-order mark, detects `;`, `,` or tab from the
 * header line, trims stray spaces, normalises text to NFC and skips blank lines (including
 * lines of bare separators, as spreadsheets write them) while keeping every row's true line
 * number. Throws a 400 AppError naming `csv` for a file too large, too long, empty or not CSV.
 */
export function parseCsv(text: string): ParsedCsv {
  if (Buffer.byteLength(text, 'utf8') > MAX_CSV_BYTES) {
    throw fileProblem(`the file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB; split it into smaller files`);
  }
  // One line-ending convention before parsing: csv-parse counts a CRLF inside a quoted field as
  // two lines, which would shift every later line number.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(normalised);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // No skip_empty_lines: every line then belongs to some record, so a record starts on the
    // line after the previous one ended, even when a quoted field spans lines.
    records = parse(normalised, { delimiter, info: true, trim: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw fileProblem(`${line ? `line ${line}: ` : ''}${error.message.replace(/ at line \d+/, '')}`);
    }
    throw error;
  }
  const lines: CsvRow[] = [];
  let previousEnd = 0;
  for (const { record, info } of records) {
    const cells = record.map(cleanCell);
    if (cells.some((cell) => cell !== '')) lines.push({ line: previousEnd + 1, cells });
    previousEnd = info.lines;
  }
  const [header, ...rows] = lines;
  if (!header) throw fileProblem('the file is empty: it needs a header line naming the columns');
  if (rows.length > MAX_CSV_ROWS) {
    throw fileProblem(`the file has ${rows.length} rows; at most ${MAX_CSV_ROWS} can be imported at once, so split it`);
  }
  return { delimiter, headers: header.cells, rows };
}

/**
 * The separator that splits the first non-blank line into the most columns, read by csv-parse
 * itself so quoted commas or semicolons in a header do not count. Comma when nothing splits.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  // the header is near the top; reading 64 kB, not 5 MB, three times keeps analysis quick
  const head = text.slice(0, 65_536);
  let best: CsvDelimiter = ',';
  let bestCount = 1;
  for (const delimiter of CSV_DELIMITERS) {
    let count = 0;
    try {
      const [first] = parse(head, { delimiter, to: 1, skip_empty_lines: true, relax_column_count: true, relax_quotes: true }) as string[][];
      count = first?.length ?? 0;
    } catch {
      // a header that does not parse with this separator is not split by it
    }
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

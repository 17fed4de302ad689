import { parse } from 'csv-parse/sync';
import { AppError } from '../../../platform/http/errors.js';
import { type CsvRecord, CsvSyntaxError, createCsvReader } from './csv-reader.js';

/** Reading an HR export into header and rows, forgiving what exports get wrong. No I/O here. */

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** How large a file may be: its UTF-8 bytes and its data rows. */
export interface CsvLimits {
  maxBytes: number;
  maxRows: number;
}

/** 5 MB of UTF-8 text: a 20,000-row export is well under 2 MB, so this leaves room for wide files. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 20_000;
/** The default, for the training-record import. */
export const CSV_LIMITS: CsvLimits = { maxBytes: MAX_CSV_BYTES, maxRows: MAX_CSV_ROWS };
/**
 * The people import takes a whole large organisation's HR export in one file: 100,000 people
 * are about 10 MB, so 100 MB and 1,000,000 rows leave room for wide files without splitting.
 */
export const PEOPLE_CSV_LIMITS: CsvLimits = { maxBytes: 100 * 1024 * 1024, maxRows: 1_000_000 };

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
 * number. Throws a 400 AppError naming `csv` for a file too large (bytes or rows, each named
 * with its limit), empty or not CSV.
 */
export function parseCsv(text: string, limits: CsvLimits = CSV_LIMITS): ParsedCsv {
  const reading = startReading(limits);
  reading.push(text);
  return reading.end();
}

/**
 * parseCsv over text that arrives in chunks (a file read as a stream): only the rows are kept,
 * never the whole text, and a file over a limit is refused as soon as it passes it.
 */
export async function parseCsvStream(chunks: AsyncIterable<string>, limits: CsvLimits = CSV_LIMITS): Promise<ParsedCsv> {
  const reading = startReading(limits);
  for await (const chunk of chunks) reading.push(chunk);
  return reading.end();
}

// the header is near the top: the separator is chosen from the first 64 kB
const HEAD_CHARS = 65_536;

function startReading(limits: CsvLimits) {
  let bytes = 0;
  let head = '';
  let reader: ReturnType<typeof createCsvReader> | undefined;
  let delimiter: CsvDelimiter = ',';
  let header: string[] | undefined;
  const rows: CsvRow[] = [];

  const take = (records: CsvRecord[]) => {
    for (const record of records) {
      const cells = record.cells.map(cleanCell);
      if (!cells.some((cell) => cell !== '')) continue;
      if (!header) header = cells;
      else if (rows.length === limits.maxRows) {
        throw fileProblem(`the file has more than ${limits.maxRows} rows; at most ${limits.maxRows} can be imported at once, so split it`);
      } else rows.push({ line: record.line, cells });
    }
  };
  const read = (run: () => CsvRecord[]) => {
    try {
      take(run());
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw fileProblem(`line ${error.line}: ${error.message}`);
      throw error;
    }
  };
  const begin = () => {
    const text = head.replace(/^\uFEFF/, '');
    delimiter = detectDelimiter(text);
    reader = createCsvReader(delimiter);
    const started = reader;
    read(() => started.push(text));
  };

  return {
    push(chunk: string) {
      bytes += Buffer.byteLength(chunk, 'utf8');
      if (bytes > limits.maxBytes) throw fileProblem(`the file is larger than ${limits.maxBytes / 1024 / 1024} MB; split it into smaller files`);
      if (reader) {
        const started = reader;
        read(() => started.push(chunk));
        return;
      }
      head += chunk;
      if (head.length >= HEAD_CHARS) begin();
    },
    end(): ParsedCsv {
      if (!reader) begin();
      const started = reader!;
      read(() => started.end());
      if (!header) throw fileProblem('the file is empty: it needs a header line naming the columns');
      return { delimiter, headers: header, rows };
    },
  };
}

/**
 * The separator that splits the first non-blank line into the most columns, read by csv-parse
 * itself so quoted commas or semicolons in a header do not count. Comma when nothing splits.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  // the header is near the top; reading 64 kB, not the whole file, three times keeps analysis quick
  const head = text.slice(0, HEAD_CHARS);
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

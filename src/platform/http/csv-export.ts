import { stringify } from 'csv-stringify/sync';

// A cell a spreadsheet would read as a formula: =, +, -, @ start one; tab and CR can hide one.
const FORMULA_START = /^[=+\-@\t\r]/;
// a plain number (a mean, a count, a negative change) cannot run anything: it stays a number
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/**
 * A text cell that a spreadsheet will show as text, never run (OWASP "CSV injection": prefix
 * with a single quote). `=HYPERLINK("https://evil","Click")` → `'=HYPERLINK(…)`.
 */
export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/**
 * Every CSV Tend writes goes through here: each text cell made spreadsheet-safe, numbers,
 * booleans and empty cells as they are. `columns` is the header row; `bom` adds the byte-order
 * mark that makes spreadsheet programs read accents as UTF-8.
 */
export function toCsv(rows: readonly (readonly unknown[])[], options: { columns?: readonly string[]; bom?: boolean } = {}): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? spreadsheetSafe(cell) : cell)));
  const csv = stringify(options.columns ? [[...options.columns], ...cells] : cells);
  return options.bom ? `\uFEFF${csv}` : csv;
}

import { sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/access/policy.js';
import type { Db, Queryable } from '../../../platform/db/client.js';
import { AppError, type FieldProblem } from '../../../platform/http/errors.js';
import {
  type BadRow,
  checkMapping,
  type ColumnMapping,
  completeMapping,
  type DateFormat,
  IMPORT_FIELDS,
  type ImportField,
  suggestMapping,
  type ValidRow,
  validateRows,
} from './import-rules.js';
import { type ImportProgress, loadImportTargets, writeImportedPeople } from './import-store.js';
import { PEOPLE_CSV_LIMITS, type ParsedCsv, parseCsv, parseCsvStream } from './parse-csv.js';

/** The people import's use-cases: analyse a file, preview what it would do, write it. */

/** A file read with a checked mapping, ready to validate against the organisation. */
export interface ImportFile {
  parsed: ParsedCsv;
  mapping: ColumnMapping;
}

/** Headers, separator, row count, a suggested mapping and the first rows of a CSV file. Writes nothing. */
export function analyseCsv(csv: string) {
  const parsed = parseCsv(csv, PEOPLE_CSV_LIMITS);
  return {
    delimiter: parsed.delimiter,
    headers: parsed.headers,
    rowCount: parsed.rows.length,
    suggestedMapping: suggestMapping(parsed.headers),
    sampleRows: parsed.rows.slice(0, 5).map((r) => r.cells),
  };
}

/**
 * Reads the file and checks the mapping against its headers (the suggested mapping when none
 * is given). Throws a 400 naming `csv` or `mapping.<field>`.
 */
export function readImportFile(csv: string, mapping?: Partial<Record<ImportField, string | null>>): ImportFile {
  return withMapping(parseCsv(csv, PEOPLE_CSV_LIMITS), mapping);
}

/** readImportFile for a file read as a stream of text chunks (the CLI): the text is never held whole. */
export async function readImportFileStream(chunks: AsyncIterable<string>, mapping?: Partial<Record<ImportField, string | null>>): Promise<ImportFile> {
  return withMapping(await parseCsvStream(chunks, PEOPLE_CSV_LIMITS), mapping);
}

function withMapping(parsed: ParsedCsv, mapping?: Partial<Record<ImportField, string | null>>): ImportFile {
  const chosen = mapping ?? suggestMapping(parsed.headers);
  const problems = checkMapping(chosen, parsed.headers);
  if (problems.length > 0) throw new AppError(400, 'invalid-mapping', 'The column mapping needs attention.', problems);
  return { parsed, mapping: completeMapping(chosen) };
}

/** Checks every row against the organisation as it is now. */
export async function checkImportFile(q: Queryable, orgId: string, file: ImportFile, dateFormat: DateFormat) {
  const targets = await loadImportTargets(q, orgId);
  const { goodRows, badRows } = validateRows(file.parsed.rows, file.parsed.headers, file.mapping, { ...targets, dateFormat });
  return { goodRows, badRows, existingEmails: targets.existingEmails };
}

/** What an import would do: counts, every bad row with its problems, and the first ten good rows. Writes nothing. */
export async function previewImport(q: Queryable, orgId: string, file: ImportFile, dateFormat: DateFormat) {
  const { goodRows, badRows, existingEmails } = await checkImportFile(q, orgId, file, dateFormat);
  const updatedPeople = goodRows.filter((r) => existingEmails.has(r.email)).length;
  return {
    totalRows: file.parsed.rows.length,
    goodRows: goodRows.length,
    newPeople: goodRows.length - updatedPeople,
    updatedPeople,
    badRows,
    sample: goodRows.slice(0, 10).map(presentSampleRow),
  };
}

const presentSampleRow = (r: ValidRow) => ({
  line: r.line,
  name: r.name,
  email: r.email,
  unit: r.unitName,
  kind: r.kind ?? 'employee',
  startDate: r.startDate,
  endDate: r.endDate,
});

/** One field problem per problem of every bad row, named `line 7: email`. */
export const badRowProblems = (badRows: readonly BadRow[]): FieldProblem[] =>
  badRows.flatMap((row) => row.problems.map((p) => ({ field: `line ${row.line}: ${p.field}`, problem: p.problem })));

/** The 422 for a confirmed import with bad rows that did not ask for the good rows only. */
export function badRowsError(badRows: readonly BadRow[]): AppError {
  const rows = badRows.length === 1 ? '1 row has' : `${badRows.length} rows have`;
  return new AppError(422, 'import-has-bad-rows', `${rows} problems, so nothing was imported. Fix them, or import the good rows only.`, badRowProblems(badRows));
}

/**
 * Validates and writes the file in one transaction, rechecking against the organisation as it
 * is at write time. With bad rows and not `goodRowsOnly`, writes nothing and says so
 * (`written: false`). Returns the counts and the bad rows.
 */
export async function writeImportFile(
  db: Db,
  input: {
    orgId: string;
    actor: Pick<Actor, 'orgId' | 'accountId' | 'personId'> | null;
    file: ImportFile;
    dateFormat: DateFormat;
    goodRowsOnly: boolean;
    onProgress?: ImportProgress | undefined;
  },
): Promise<{ written: boolean; created: number; updated: number; badRows: BadRow[] }> {
  return db.transaction(async (tx) => {
    // One import per organisation at a time, so the emails read below stay the ones that exist.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`people-import:${input.orgId}`}))`);
    const { goodRows, badRows, existingEmails } = await checkImportFile(tx, input.orgId, input.file, input.dateFormat);
    if (badRows.length > 0 && !input.goodRowsOnly) return { written: false, created: 0, updated: 0, badRows };
    const mapped = new Set(IMPORT_FIELDS.filter((field) => input.file.mapping[field] !== null));
    const counts = await writeImportedPeople(tx, { orgId: input.orgId, actor: input.actor, rows: goodRows, existingEmails, mapped, onProgress: input.onProgress });
    return { written: true, ...counts, badRows };
  });
}

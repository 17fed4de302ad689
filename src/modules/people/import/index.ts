import type { Database } from '../../../platform/db/client.js';
import type { BadRow, DateFormat, ImportField } from './import-rules.js';
import type { ImportProgress } from './import-store.js';
import { readImportFile, readImportFileStream, writeImportFile } from './run-import.js';

export type { BadRow, ColumnMapping, DateFormat, ImportField, ValidRow } from './import-rules.js';
export { IMPORT_FIELDS } from './import-rules.js';
export { PEOPLE_CSV_LIMITS } from './parse-csv.js';
export { analyseCsv, badRowProblems } from './run-import.js';

/**
 * Imports people from CSV text (whole, or as a stream of chunks read from a file) into an
 * organisation, for the operator CLI: the suggested
 * mapping unless one is given; with bad rows and not `goodRowsOnly`, writes nothing. Returns
 * how many people were created and updated, and every bad row with its line and problems.
 * Throws a 400 AppError (naming `csv` or `mapping.<field>`) for an unreadable file or mapping.
 * Example: `await importPeopleFromCsv(database, orgId, text, { dateFormat: 'dmy', goodRowsOnly: false })`.
 */
export async function importPeopleFromCsv(
  database: Database,
  orgId: string,
  csv: string | AsyncIterable<string>,
  options: {
    dateFormat: DateFormat;
    goodRowsOnly: boolean;
    mapping?: Partial<Record<ImportField, string | null>>;
    onProgress?: ImportProgress;
  },
): Promise<{ created: number; updated: number; badRows: BadRow[] }> {
  const file = typeof csv === 'string' ? readImportFile(csv, options.mapping) : await readImportFileStream(csv, options.mapping);
  const { created, updated, badRows } = await writeImportFile(database.db, {
    orgId,
    actor: null,
    file,
    dateFormat: options.dateFormat,
    goodRowsOnly: options.goodRowsOnly,
    onProgress: options.onProgress,
  });
  return { created, updated, badRows };
}

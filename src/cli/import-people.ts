import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type DateFormat, importPeopleFromCsv, PEOPLE_CSV_LIMITS } from '../modules/people/import/index.js';
import type { Database } from '../platform/db/client.js';
import { AppError } from '../platform/http/errors.js';
import { type CliCommand, CliError, oneOf, type Out, type ProgressSink, requiredString } from './command.js';
import { requireOrg } from './find-org.js';
import { createProgressBar } from './progress-bar.js';

export interface ImportPeopleOptions {
  orgSlug: string;
  file: string;
  dateFormat: DateFormat;
  goodRowsOnly: boolean;
}

const noProgress: ProgressSink = { write: () => {}, terminal: false };

const cannotRead = (path: string, error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  return new CliError(`--file: cannot read ${path} (${code === 'ENOENT' ? 'no such file' : (code ?? String(error))})`);
};

/**
 * The file as a stream of text chunks, so a 100 MB export is never held whole; one over the
 * people import's limit is refused from its size, unread.
 */
async function openCsv(path: string): Promise<AsyncIterable<string>> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw cannotRead(path, error);
  }
  const limit = PEOPLE_CSV_LIMITS.maxBytes;
  if (size > limit) throw new CliError(`--file: ${path} is larger than ${limit / 1024 / 1024} MB, the most one import takes; split it into smaller files`);
  const stream = createReadStream(path, { encoding: 'utf8' });
  return (async function* chunks() {
    try {
      for await (const chunk of stream) yield chunk as string;
    } catch (error) {
      throw cannotRead(path, error);
    }
  })();
}

/**
 * Imports people from an HR CSV export into an organisation, with the column mapping Tend
 * suggests from the headers. Every bad row is printed as `line N: field: problem`; with bad rows
 * nothing is written (a CliError) unless `goodRowsOnly`. Progress goes to `progress` (stderr).
 */
export async function importPeople(database: Database, options: ImportPeopleOptions, out: Out, progress: ProgressSink = noProgress): Promise<void> {
  const org = await requireOrg(database.db, options.orgSlug);
  const csv = await openCsv(options.file);
  const bar = createProgressBar((text) => progress.write(text), { terminal: progress.terminal });
  let result: Awaited<ReturnType<typeof importPeopleFromCsv>>;
  try {
    result = await importPeopleFromCsv(database, org.id, csv, {
      dateFormat: options.dateFormat,
      goodRowsOnly: options.goodRowsOnly,
      onProgress: ({ processed, total }) => bar.update(processed, total),
    });
  } catch (error) {
    // an unreadable file or an unmappable header row: say which, on one line
    if (error instanceof AppError && error.status === 400) {
      const details = error.errors.map((e) => `${e.field}: ${e.problem}`).join('; ');
      throw new CliError(`--file: ${error.message}${details ? ` ${details}` : ''}`);
    }
    throw error;
  } finally {
    bar.done();
  }
  for (const row of result.badRows) {
    for (const problem of row.problems) out(`line ${row.line}: ${problem.field}: ${problem.problem}`);
  }
  const bad = result.badRows.length;
  const rows = `${bad} row${bad === 1 ? '' : 's'}`;
  if (bad > 0 && !options.goodRowsOnly) {
    throw new CliError(`Nothing was imported: ${rows} of ${options.file} ${bad === 1 ? 'has' : 'have'} problems (listed above). Fix them, or pass --good-rows-only.`);
  }
  out(`Imported into ${org.name}: ${result.created} created, ${result.updated} updated${bad > 0 ? `, ${rows} with problems skipped` : ''}.`);
}

export const importPeopleCommand: CliCommand<ImportPeopleOptions> = {
  name: 'import-people',
  summary: 'import people from an HR CSV export (nothing is written if a row is bad, unless --good-rows-only)',
  usage: 'import-people --org <slug> --file <people.csv> [--date-format iso|dmy] [--good-rows-only]',
  details: [
    '--date-format  iso: 2025-03-31 (default); dmy: 31/03/2025',
    '--good-rows-only  import the good rows and skip the bad ones (still listed)',
    'Columns are recognised from their headers (name, email, job title, unit, manager email, kind, start date, end date).',
  ],
  options: { org: { type: 'string' }, file: { type: 'string' }, 'date-format': { type: 'string' }, 'good-rows-only': { type: 'boolean' } },
  toOptions: (values) => ({
    orgSlug: requiredString(values, 'org'),
    file: requiredString(values, 'file'),
    dateFormat: oneOf(values, 'date-format', ['iso', 'dmy'] as const, 'iso'),
    goodRowsOnly: values['good-rows-only'] === true,
  }),
  run: importPeople,
};

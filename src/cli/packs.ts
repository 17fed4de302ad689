import { writeFile } from 'node:fs/promises';
import { coverage, getPack, installPack, listPacks } from '../content/pack-store.js';
import { formatProblem, loadPackFile } from '../content/validate-pack.js';
import type { Database } from '../platform/db/client.js';
import { type CliCommand, CliError, type DatabaseCommand, type FileCommand, optionalString, type Out } from './command.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Columns padded to their widest cell; the last column is left ragged. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '));
}

function oneWord(positionals: string[], what: string, usage: string): string {
  if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? `give ${what}: ${usage}` : `give only ${what}, not ${positionals.length} words: ${usage}`);
  return positionals[0]!;
}

/**
 * Checks pack files without touching a database: every problem of every file, one a line, as
 * `file: $.path: problem` (or `file:line:column: …` for broken JSON). Fails when any file has one.
 */
export async function validatePacks(options: { files: string[] }, out: Out): Promise<void> {
  let badFiles = 0;
  let problems = 0;
  for (const file of options.files) {
    const result = await loadPackFile(file);
    if (result.ok) {
      out(`${file}: valid (${result.pack.id} ${result.pack.version}, ${result.pack.kind})`);
      continue;
    }
    badFiles++;
    problems += result.problems.length;
    for (const problem of result.problems) out(formatProblem(problem));
  }
  if (badFiles > 0) throw new CliError(`${plural(problems, 'problem')} in ${badFiles} of ${plural(options.files.length, 'file')}`);
}

/** Validates a pack file and installs it; an invalid file installs nothing and lists its problems. */
export async function importPack(database: Database, options: { file: string }, out: Out): Promise<void> {
  const result = await loadPackFile(options.file);
  if (!result.ok) {
    for (const problem of result.problems) out(formatProblem(problem));
    throw new CliError(`${options.file} has ${plural(result.problems.length, 'problem')}; nothing was imported`);
  }
  const { pack } = result;
  const status = await installPack(database.db, pack);
  out(status === 'installed' ? `Installed ${pack.id} ${pack.version} (${pack.kind}) from ${options.file}.` : `${pack.id} ${pack.version} is already installed with the same content; nothing changed.`);
}

export interface ExportPackOptions {
  id: string;
  version?: string | undefined;
  outFile?: string | undefined;
}

/** Writes an installed pack as JSON (the latest version unless one is named): to a file, or stdout. */
export async function exportPack(database: Database, options: ExportPackOptions, out: Out): Promise<void> {
  const found = await getPack(database.db, options.id, options.version);
  if (!found) {
    const versions = (await listPacks(database.db)).filter((p) => p.id === options.id).map((p) => p.version);
    if (versions.length === 0) throw new CliError(`no pack "${options.id}" is installed (see \`packs list\`)`);
    throw new CliError(`${options.id} ${options.version} is not installed; installed versions: ${versions.join(', ')}`);
  }
  const json = JSON.stringify(found.pack, null, 2);
  if (!options.outFile) {
    out(json);
    return;
  }
  try {
    await writeFile(options.outFile, `${json}\n`);
  } catch (error) {
    throw new CliError(`--out: cannot write ${options.outFile} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  out(`Exported ${found.pack.id} ${found.pack.version} to ${options.outFile}.`);
}

/** The installed packs, every version, newest first within each id. */
export async function listInstalledPacks(database: Database, _options: Record<string, never>, out: Out): Promise<void> {
  const packs = await listPacks(database.db);
  if (packs.length === 0) {
    out('No content packs are installed.');
    return;
  }
  const rows = packs.map((p) => [p.id, p.version, p.kind, p.installedAt.toISOString().slice(0, 16).replace('T', ' '), p.title.en ?? Object.values(p.title)[0] ?? '']);
  for (const line of table([['id', 'version', 'kind', 'installed (UTC)', 'title'], ...rows])) out(line);
}

/**
 * Every SEED-MAP ID with the installed packs that cite it (latest version of each pack), then
 * the outside references and a summary: what the content still lacks, at a glance.
 */
export async function packCoverage(database: Database, _options: Record<string, never>, out: Out): Promise<void> {
  const report = await coverage(database.db);
  const rows = report.seedIds.map((s) => [s.id, s.carriedBy.length > 0 ? s.carriedBy.join(', ') : '- not carried']);
  for (const line of table([['SEED-MAP ID', 'carried by'], ...rows])) out(line);
  if (report.external.length > 0) {
    out('');
    for (const line of table([['outside reference', 'cited by'], ...report.external.map((e) => [e.source, e.carriedBy.join(', ')])])) out(line);
  }
  out('');
  const percent = report.total === 0 ? 0 : Math.round((report.carried / report.total) * 100);
  out(`Carried: ${report.carried} of ${plural(report.total, 'SEED-MAP ID')} (${percent}%); not carried: ${report.total - report.carried}.`);
  out(report.packs.length > 0 ? `Packs counted (latest versions): ${report.packs.join(', ')}.` : 'No content packs are installed.');
}

const validateCommand: FileCommand<{ files: string[] }> = {
  name: 'packs validate',
  summary: 'check content pack files and list every problem (no database needed)',
  usage: 'packs validate <pack.json> [more.json …]',
  details: ['Each problem is printed as `file: $.path: problem`; exits 1 when any file has one.'],
  options: {},
  positionals: true,
  withoutDatabase: true,
  toOptions: (_values, _config, positionals) => {
    if (positionals.length === 0) throw new CliError('give at least one pack file: packs validate <pack.json> …');
    return { files: positionals };
  },
  run: validatePacks,
};

const importCommand: DatabaseCommand<{ file: string }> = {
  name: 'packs import',
  summary: 'validate a content pack file and install it',
  usage: 'packs import <pack.json>',
  details: ['A pack id and version is installed once: the same file again changes nothing, changed content needs a new version.'],
  options: {},
  positionals: true,
  toOptions: (_values, _config, positionals) => ({ file: oneWord(positionals, 'the pack file', 'packs import <pack.json>') }),
  run: importPack,
};

const exportCommand: DatabaseCommand<ExportPackOptions> = {
  name: 'packs export',
  summary: 'write an installed content pack as JSON',
  usage: 'packs export <pack id> [--version <1.0.0>] [--out <pack.json>]',
  details: ['Without --version, the latest installed version; without --out, to stdout.'],
  options: { version: { type: 'string' }, out: { type: 'string' } },
  positionals: true,
  toOptions: (values, _config, positionals) => ({
    id: oneWord(positionals, 'the pack id', 'packs export <pack id>'),
    version: optionalString(values, 'version'),
    outFile: optionalString(values, 'out'),
  }),
  run: exportPack,
};

const listCommand: DatabaseCommand<Record<string, never>> = {
  name: 'packs list',
  summary: 'list the installed content packs and their versions',
  usage: 'packs list',
  options: {},
  toOptions: () => ({}),
  run: listInstalledPacks,
};

const coverageCommand: DatabaseCommand<Record<string, never>> = {
  name: 'packs coverage',
  summary: 'which SEED-MAP IDs the installed content packs carry, and which none does',
  usage: 'packs coverage',
  options: {},
  toOptions: () => ({}),
  run: packCoverage,
};

export const PACK_COMMANDS: CliCommand<never>[] = [validateCommand, importCommand, exportCommand, listCommand, coverageCommand] as CliCommand<never>[];

import { readFile, writeFile } from 'node:fs/promises';
import type { Locale, TInstrumentPack } from '../content/pack-schema.js';
import { coverage, getPack, installPack, listPacks } from '../content/pack-store.js';
import { formatProblem, loadPackFile } from '../content/validate-pack.js';
import { packToQuestionnaire } from '../modules/instruments/fhir/export-questionnaire.js';
import type { Questionnaire } from '../modules/instruments/fhir/fhir-types.js';
import { importDraft } from '../modules/instruments/org-instrument-use-cases.js';
import { AppError } from '../platform/http/errors.js';
import type { Database } from '../platform/db/client.js';
import { requireOrg } from './find-org.js';
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
  /** An instrument pack as a FHIR R4 SDC Questionnaire instead of the pack itself. */
  fhir?: boolean | undefined;
  /** The Questionnaire's language (the pack's other locales ride as translations); the pack's first by default. */
  locale?: string | undefined;
  /** With `fhir`, the server's public address (TEND_PUBLIC_URL): the Questionnaire's canonical url is under it. */
  publicUrl?: string | undefined;
}

/**
 * Writes an installed pack as JSON (the latest version unless one is named): to a file, or stdout.
 * With `fhir`, an instrument pack as a FHIR Questionnaire (a licensed measure without its texts
 * as the scoring only: the texts stay with the organisations that hold the licence).
 */
export async function exportPack(database: Database, options: ExportPackOptions, out: Out): Promise<void> {
  const found = await getPack(database.db, options.id, options.version);
  if (!found) {
    const versions = (await listPacks(database.db)).filter((p) => p.id === options.id).map((p) => p.version);
    if (versions.length === 0) throw new CliError(`no pack "${options.id}" is installed (see \`packs list\`)`);
    throw new CliError(`${options.id} ${options.version} is not installed; installed versions: ${versions.join(', ')}`);
  }
  let document: unknown = found.pack;
  if (options.fhir) {
    const pack = found.pack;
    if (pack.kind !== 'instrument') throw new CliError(`--fhir: ${pack.id} is a ${pack.kind} pack; only instrument packs have a FHIR Questionnaire`);
    if (options.locale !== undefined && !pack.locales.includes(options.locale as Locale)) {
      throw new CliError(`--locale: ${pack.id} has texts in ${pack.locales.join(', ')}, not "${options.locale}"`);
    }
    if (!options.publicUrl) throw new CliError('--fhir needs the public address of this Tend (TEND_PUBLIC_URL) for the Questionnaire\'s url');
    document = packToQuestionnaire(pack, (options.locale as Locale | undefined) ?? pack.locales[0]!, options.publicUrl);
  }
  const json = JSON.stringify(document, null, 2);
  if (!options.outFile) {
    out(json);
    return;
  }
  try {
    await writeFile(options.outFile, `${json}\n`);
  } catch (error) {
    throw new CliError(`--out: cannot write ${options.outFile} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  out(`Exported ${found.pack.id} ${found.pack.version}${options.fhir ? ' as a FHIR Questionnaire' : ''} to ${options.outFile}.`);
}

export interface ImportFhirOptions {
  file: string;
  org: string;
  id?: string | undefined;
  version?: string | undefined;
}

/**
 * Brings a FHIR R4 Questionnaire into one organisation as a draft of its own instrument, as an
 * admin's import on /admin/instruments does (scored items are the items whose options carry
 * weights; a calculated total becomes a scale once proved to score as the form does). An import
 * is never installed for every organisation: the organisation's admins look it over, mark its
 * safety items and publish it. What the import left out is listed first, refused or not.
 */
export async function importFhirQuestionnaire(database: Database, options: ImportFhirOptions, out: Out): Promise<void> {
  let questionnaire: Questionnaire;
  try {
    questionnaire = JSON.parse((await readFile(options.file, 'utf8')).replace(/^\uFEFF/, '')) as Questionnaire;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${options.file}: no such file`);
    if (code) throw new CliError(`${options.file}: cannot read it (${code})`);
    throw new CliError(`${options.file}: not valid JSON (${(error as Error).message})`);
  }
  const org = await requireOrg(database.db, options.org);
  let draft: Awaited<ReturnType<typeof importDraft>>;
  try {
    draft = await importDraft(database.db, org.id, null, { questionnaire, instrumentId: options.id, version: options.version });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // what was left out helps explain a refusal too, so the notes come first
    for (const note of error.notes) out(`note: ${note}`);
    for (const problem of error.errors) out(`${options.file}: ${problem.field === 'questionnaire' ? '' : `--${problem.field === 'instrumentId' ? 'id' : problem.field}: `}${problem.problem}`);
    throw new CliError(`${options.file}: ${error.message} (${plural(error.errors.length, 'problem')})`);
  }
  for (const note of draft.notes as string[]) out(`note: ${note}`);
  const pack = draft.pack as TInstrumentPack;
  const shape = `${plural(pack.body.items.length, 'item')}, ${plural(pack.body.scales.length, 'scale')}`;
  out(`Imported ${pack.id} ${pack.version} (instrument: ${shape}) from ${options.file} into ${org.name} as a draft: its admins look it over, mark its safety items and publish it at /admin/instruments.`);
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
  usage: 'packs export <pack id> [--version <1.0.0>] [--out <pack.json>] [--fhir [--locale <en>]]',
  details: [
    'Without --version, the latest installed version; without --out, to stdout.',
    "--fhir writes an instrument pack as a FHIR R4 SDC Questionnaire, its texts in --locale (the pack's first by default) with the other locales as translations; a licensed measure whose texts Tend does not ship comes without question texts.",
  ],
  options: { version: { type: 'string' }, out: { type: 'string' }, fhir: { type: 'boolean' }, locale: { type: 'string' } },
  positionals: true,
  toOptions: (values, config, positionals) => {
    const locale = optionalString(values, 'locale');
    if (locale !== undefined && values.fhir !== true) throw new CliError('--locale goes with --fhir: packs export <pack id> --fhir --locale <en>');
    return {
      id: oneWord(positionals, 'the pack id', 'packs export <pack id>'),
      version: optionalString(values, 'version'),
      outFile: optionalString(values, 'out'),
      fhir: values.fhir === true,
      locale,
      publicUrl: config.publicUrl,
    };
  },
  run: exportPack,
};

const importFhirCommand: DatabaseCommand<ImportFhirOptions> = {
  name: 'packs import-fhir',
  summary: "bring a FHIR Questionnaire into one organisation as a draft of its own instrument",
  usage: 'packs import-fhir <questionnaire.json> --org <slug> [--id <instrument id>] [--version <1.0.0>]',
  details: [
    "Scored items are the items whose options all carry weights (ordinalValue or itemWeight); a calculated total becomes a scale only when Tend's scoring gives the same score as the form's own expression on hundreds of responses, else the import is refused with an example. Without --version, the Questionnaire's own version when it is semver, else 1.0.0.",
    'What the import leaves out is printed as notes; a problem stores nothing.',
    "The instrument belongs to the organisation named by --org, as a draft nobody is offered until one of its admins publishes it; other organisations never see it. Without --id, the Questionnaire's own name made into an id.",
  ],
  options: { org: { type: 'string' }, id: { type: 'string' }, version: { type: 'string' } },
  positionals: true,
  toOptions: (values, _config, positionals) => {
    const usage = 'packs import-fhir <questionnaire.json> --org <slug>';
    const file = oneWord(positionals, 'the Questionnaire file', usage);
    const org = optionalString(values, 'org');
    if (!org) throw new CliError(`name the organisation it is for: ${usage}`);
    return { file, org, id: optionalString(values, 'id'), version: optionalString(values, 'version') };
  },
  run: importFhirQuestionnaire,
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

export const PACK_COMMANDS: CliCommand<never>[] = [validateCommand, importCommand, importFhirCommand, exportCommand, listCommand, coverageCommand] as CliCommand<never>[];

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { findPersonByEmail } from '../modules/people/people-store.js';
import { MAX_IMPORT_BYTES } from '../modules/wellbeing/response-import-rules.js';
import { type ImportReport, importResponsesInto } from '../modules/wellbeing/use-cases/import-responses.js';
import type { Database } from '../platform/db/client.js';
import { AppError } from '../platform/http/errors.js';
import { getOrganisation } from '../platform/tenancy/org-store.js';
import { ZTenancySettings } from '../platform/tenancy/settings.js';
import { type CliCommand, CliError, type Out, requiredString } from './command.js';
import { requireOrg } from './find-org.js';

/**
 * Brings one person's past FHIR QuestionnaireResponses (from another app) into their own
 * well-being space, with their consent recorded: the same reading and the same all-or-nothing
 * rule as their own import page (importResponsesInto). The consent goes into the audit event,
 * with the person as its subject, so they see at "Who has seen my records" that the operator did
 * it and how they agreed. Nobody else sees the check-ins: they are the person's, like their own.
 */

export interface ImportResponsesOptions {
  orgSlug: string;
  email: string;
  instrumentId: string;
  file: string;
  /** How and when the person agreed, in the operator's words. */
  consent: string;
  dryRun: boolean;
}

const MAX_CONSENT = 1000;

async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    if ((await stat(path)).size > MAX_IMPORT_BYTES) throw new CliError(`--file: ${path} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most one import takes; split it into smaller files`);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`--file: cannot read ${path} (${code === 'ENOENT' ? 'no such file' : (code ?? String(error))})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`--file: ${path} is not valid JSON (${(error as Error).message})`);
  }
}

/** One line per response: its position, day, scores and what became of it. */
function responseLine(response: ImportReport['responses'][number]): string {
  const scores = response.scores.map((s) => `${s.scaleId} ${s.score ?? 'no score'}${s.band ? ` (${s.band.label.en ?? s.band.id})` : ''}`).join(', ');
  const outcome = response.skipped ? `skipped: ${response.skipped}` : response.outcome === 'problem' ? 'has problems' : 'new';
  return `  ${response.position}  ${response.submittedOn ?? '(no date)'}  ${scores || '-'}  ${outcome}`;
}

export async function importResponses(database: Database, options: ImportResponsesOptions, out: Out): Promise<void> {
  const org = await requireOrg(database.db, options.orgSlug);
  const person = await findPersonByEmail(database.db, org.id, options.email);
  if (!person) throw new CliError(`--email: ${org.name} has no person with the email ${options.email}`);
  const responses = await readJsonFile(options.file);
  const { settings } = await getOrganisation(database.db, org.id, ZTenancySettings);
  const name = basename(options.file);
  let report: ImportReport;
  try {
    report = await importResponsesInto(
      database.db,
      { orgId: org.id, personId: person.id, timeZone: settings.timeZone },
      { instrumentId: options.instrumentId, responses, dryRun: options.dryRun },
      // actor null: the operator acts outside any organisation's accounts; the person is the subject
      { actor: null, data: { via: 'operator', consent: options.consent } },
    );
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const instrument = error.errors.find((e) => e.field === 'instrumentId');
    if (instrument) throw new CliError(`--instrument: ${options.instrumentId}: ${instrument.problem} (${org.name})`);
    for (const problem of error.errors) out(`${name}: ${problem.field}: ${problem.problem}`);
    for (const note of error.notes) out(`${name}: note: ${note}`);
    throw new CliError(`Nothing was brought in: ${error.message.replace(/: nothing was brought in\.$/, '')} (listed above).`);
  }
  for (const problem of report.problems) out(`${name}: ${problem.field}: ${problem.problem}`);
  for (const note of report.notes) out(`${name}: note: ${note}`);
  out(`${person.name}, ${report.instrumentId} ${report.instrumentVersion}:`);
  for (const response of report.responses) out(responseLine(response));
  const skipped = report.responses.filter((r) => r.skipped).length;
  const fresh = report.responses.filter((r) => r.outcome === 'new').length;
  if (report.dryRun) {
    const verdict = report.problems.length > 0 ? `${report.responses.filter((r) => r.problems.length > 0).length} with problems, so nothing would be brought in` : `${fresh} would be brought in`;
    out(`Dry run: ${report.responses.length} read, ${verdict}, ${skipped} skipped; nothing was stored.`);
    if (report.problems.length > 0) throw new CliError(`Dry run: ${report.problems.length} problems (listed above).`);
  } else {
    out(`${report.responses.length} read, ${report.stored} brought into ${person.name}'s own space, ${report.responses.length - report.stored} skipped. Only they see them; their access log shows this import and the consent.`);
  }
}

export const importResponsesCommand: CliCommand<ImportResponsesOptions> = {
  name: 'import-responses',
  summary: "bring a person's past FHIR QuestionnaireResponses into their own well-being space, with their consent",
  usage: 'import-responses --org <slug> --email <email> --instrument <id> --file <responses.json> --consent "<how and when the person agreed>" [--dry-run]',
  details: [
    '--file       a QuestionnaireResponse, a JSON list of them, or a FHIR Bundle (collection, searchset, transaction)',
    `             of them: at most 500 responses and ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
    '--instrument an instrument the organisation offers its workers (installed, or its own published one)',
    '--consent    required: how and when the person agreed; kept in the audit event the person sees',
    '--dry-run    read and report each response, store nothing',
    'All or nothing: any problem in any response and nothing is stored. Scores are recomputed from the answers;',
    'a stored total that disagrees is noted. Responses already brought in are skipped.',
  ],
  options: { org: { type: 'string' }, email: { type: 'string' }, instrument: { type: 'string' }, file: { type: 'string' }, consent: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  toOptions(values) {
    const consent = requiredString(values, 'consent');
    if (consent.length > MAX_CONSENT) throw new CliError(`--consent must be at most ${MAX_CONSENT} characters`);
    return {
      orgSlug: requiredString(values, 'org'),
      email: requiredString(values, 'email'),
      instrumentId: requiredString(values, 'instrument'),
      file: requiredString(values, 'file'),
      consent,
      dryRun: values['dry-run'] === true,
    };
  },
  run: importResponses,
};

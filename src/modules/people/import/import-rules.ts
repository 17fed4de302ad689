import { z } from 'zod';
import type { FieldProblem } from '../../../platform/http/errors.js';
import { isRealDate, PERSON_KINDS } from '../model.js';
import type { CsvRow } from './parse-csv.js';

/** Pure rules of the people import: which column means what, and which rows may be written. No I/O. */

/** What a column can be mapped to; the same names as the CSV export's columns, so an export re-imports as is. */
export const IMPORT_FIELDS = ['name', 'email', 'job_title', 'unit', 'manager_email', 'kind', 'start_date', 'end_date'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Field → the header of the column that holds it, or null when the file has no such column. */
export type ColumnMapping = Record<ImportField, string | null>;
export const REQUIRED_FIELDS: readonly ImportField[] = ['name', 'email'];

export type DateFormat = 'iso' | 'dmy';
export type PersonKind = (typeof PERSON_KINDS)[number];

/** A row that may be written. kind null: the file did not say, so a new person is an employee and an existing one keeps theirs. */
export interface ValidRow {
  line: number;
  name: string;
  email: string;
  jobTitle: string | null;
  unitId: string | null;
  unitName: string | null;
  managerEmail: string | null;
  kind: PersonKind | null;
  startDate: string | null;
  endDate: string | null;
}

export interface BadRow {
  line: number;
  problems: FieldProblem[];
}

/** What the rows are checked against: the organisation as it is now, and how the file writes dates. */
export interface ImportContext {
  dateFormat: DateFormat;
  units: ReadonlyArray<{ id: string; name: string }>;
  /** Emails of the organisation's people, lower case. */
  existingEmails: ReadonlySet<string>;
}

/** "Line manager e-mail" and "line_manager_email" are the same header to us. */
const headerKey = (header: string) => header.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

// "title" is left out on purpose: in HR exports it is usually the honorific (Mr, Dr), not the job.
const HEADER_SYNONYMS: Record<ImportField, string[]> = {
  name: ['name', 'fullname', 'employeename', 'staffname', 'personname', 'displayname', 'volunteername'],
  email: ['email', 'emailaddress', 'workemail', 'workemailaddress', 'businessemail', 'mail'],
  job_title: ['jobtitle', 'role', 'jobrole', 'position', 'positiontitle', 'job'],
  unit: ['unit', 'team', 'service', 'department', 'dept', 'teamname', 'unitname', 'servicename', 'departmentname'],
  manager_email: ['manageremail', 'linemanageremail', 'supervisoremail', 'reportstoemail', 'manageremailaddress', 'linemanageremailaddress'],
  kind: ['kind', 'employmenttype', 'type', 'stafftype', 'workertype', 'contracttype', 'persontype'],
  start_date: ['startdate', 'start', 'hiredate', 'datestarted', 'employmentstartdate', 'joindate', 'datejoined', 'commencementdate'],
  end_date: ['enddate', 'end', 'leavedate', 'leavingdate', 'terminationdate', 'dateleft', 'employmentenddate', 'leftdate'],
};

/**
 * Guesses which header holds each field, ignoring case, spaces, underscores and dashes, each
 * header used at most once. Example: ["Full name", "E-mail", "Team"] → name "Full name",
 * email "E-mail", unit "Team", the rest null.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const used = new Set<number>();
  const mapping = {} as ColumnMapping;
  for (const field of IMPORT_FIELDS) {
    const index = headers.findIndex((header, i) => !used.has(i) && HEADER_SYNONYMS[field].includes(headerKey(header)));
    if (index >= 0) used.add(index);
    mapping[field] = index >= 0 ? headers[index]! : null;
  }
  return mapping;
}

/** Problems with a mapping, each naming `mapping.<field>`: a required field unmapped, or a header the file lacks. */
export function checkMapping(mapping: Partial<Record<ImportField, string | null>>, headers: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (header == null || header === '') {
      if (REQUIRED_FIELDS.includes(field)) problems.push({ field: `mapping.${field}`, problem: 'choose the column that holds this; it is required' });
    } else if (!headers.includes(header)) {
      problems.push({ field: `mapping.${field}`, problem: `the file has no column called "${header}"` });
    }
  }
  return problems;
}

/** A mapping with every field present (absent ones null), as the rules expect. */
export const completeMapping = (mapping: Partial<Record<ImportField, string | null>>): ColumnMapping =>
  Object.fromEntries(IMPORT_FIELDS.map((field) => [field, mapping[field] || null])) as ColumnMapping;

const ZEmail = z.string().max(320, 'must be at most 320 characters').pipe(z.email('must be an email address like name@example.org'));

const KIND_SYNONYMS: Record<string, PersonKind> = {
  employee: 'employee', staff: 'employee', paidstaff: 'employee', permanent: 'employee', fixedterm: 'employee',
  fulltime: 'employee', parttime: 'employee', salaried: 'employee', paid: 'employee', emp: 'employee',
  volunteer: 'volunteer', vol: 'volunteer', unpaid: 'volunteer', voluntary: 'volunteer',
  contractor: 'contractor', contract: 'contractor', agency: 'contractor', freelance: 'contractor', freelancer: 'contractor',
  consultant: 'contractor', selfemployed: 'contractor', sessional: 'contractor',
  peerworker: 'peer_worker', peer: 'peer_worker', peersupport: 'peer_worker', peersupportworker: 'peer_worker',
  livedexperienceworker: 'peer_worker',
};

/** The person kind a cell names ("Staff", "Peer support", "peer_worker"), null for an empty cell, undefined if unknown. */
export function parseKind(cell: string): PersonKind | null | undefined {
  if (cell === '') return null;
  return KIND_SYNONYMS[headerKey(cell)];
}

type DateResult = { ok: true; value: string | null } | { ok: false; problem: string };

/**
 * Reads a date cell as YYYY-MM-DD. 'iso' accepts YYYY-MM-DD only; 'dmy' accepts day first
 * (31/01/2024, 31-01-2024, 31.01.2024, 1/2/2024) and also YYYY-MM-DD, which cannot be misread.
 * Impossible days (31/02/2024) are refused.
 */
export function parseDate(cell: string, format: DateFormat): DateResult {
  if (cell === '') return { ok: true, value: null };
  let iso: string | undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) iso = cell;
  else if (format === 'dmy') {
    const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(cell);
    if (m) iso = `${m[4]}-${m[3]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  if (!iso) {
    return { ok: false, problem: format === 'iso' ? 'must be a date written YYYY-MM-DD' : 'must be a date written DD/MM/YYYY (day first) or YYYY-MM-DD' };
  }
  if (!isRealDate(iso)) return { ok: false, problem: `"${cell}" is not a real calendar date` };
  return { ok: true, value: iso };
}

const unitKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Checks every row and sorts them into rows that may be written and rows with problems, each
 * problem naming the field. Across rows: a repeated email is reported on every later line,
 * naming the first; a manager must be in the organisation already or on a good row of this
 * file (a manager whose own row is bad makes their reports' rows bad too, since writing them
 * would leave the manager unset without saying so).
 */
export function validateRows(
  rows: readonly CsvRow[],
  headers: readonly string[],
  mapping: ColumnMapping,
  context: ImportContext,
): { goodRows: ValidRow[]; badRows: BadRow[] } {
  // the first column of a header wins when a file repeats a header
  const column = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, mapping[f] === null ? -1 : headers.indexOf(mapping[f])])) as Record<ImportField, number>;
  const cell = (row: CsvRow, field: ImportField) => (column[field] >= 0 ? (row.cells[column[field]] ?? '') : '');
  const unitsByKey = new Map<string, Array<{ id: string; name: string }>>();
  // pushed, not copied: everything here stays linear in rows (a 100,000-row file, one manager of thousands)
  for (const unit of context.units) pushTo(unitsByKey, unitKey(unit.name), unit);

  const checked = rows.map((row) => checkRow(row, cell, unitsByKey, context.dateFormat));

  const firstLineOfEmail = new Map<string, number>();
  for (const { row, problems } of checked) {
    if (!row.email) continue;
    const first = firstLineOfEmail.get(row.email);
    if (first === undefined) firstLineOfEmail.set(row.email, row.line);
    else problems.push({ field: 'email', problem: `the same email is already on line ${first}` });
  }

  for (const { row, problems } of checked) {
    if (!row.managerEmail) continue;
    if (row.managerEmail === row.email) problems.push({ field: 'manager_email', problem: 'a person cannot be their own line manager' });
    else if (!context.existingEmails.has(row.managerEmail) && !firstLineOfEmail.has(row.managerEmail)) {
      problems.push({ field: 'manager_email', problem: 'no person with this email is in the organisation or in this file' });
    }
  }

  cascadeBadManagers(checked, firstLineOfEmail, context.existingEmails);

  const goodRows: ValidRow[] = [];
  const badRows: BadRow[] = [];
  for (const { row, problems } of checked) {
    if (problems.length > 0) badRows.push({ line: row.line, problems });
    else goodRows.push(row as ValidRow);
  }
  return { goodRows, badRows };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

type CheckedRow = { row: Partial<ValidRow> & { line: number }; problems: FieldProblem[] };

/** Makes a row bad when its manager exists only as a bad row of this file, following chains of reports. */
function cascadeBadManagers(checked: CheckedRow[], firstLineOfEmail: Map<string, number>, existingEmails: ReadonlySet<string>) {
  const byLine = new Map(checked.map((c) => [c.row.line, c]));
  const reportsOf = new Map<string, CheckedRow[]>();
  for (const c of checked) {
    const manager = c.row.managerEmail;
    if (c.problems.length === 0 && manager && !existingEmails.has(manager)) pushTo(reportsOf, manager, c);
  }
  const queue = [...firstLineOfEmail].filter(([email, line]) => !existingEmails.has(email) && byLine.get(line)!.problems.length > 0);
  while (queue.length > 0) {
    const [managerEmail, managerLine] = queue.pop()!;
    for (const report of reportsOf.get(managerEmail) ?? []) {
      if (report.problems.length > 0) continue;
      report.problems.push({ field: 'manager_email', problem: `the manager's own row (line ${managerLine}) has problems, so it cannot be imported` });
      const email = report.row.email!;
      if (!existingEmails.has(email) && firstLineOfEmail.get(email) === report.row.line) queue.push([email, report.row.line]);
    }
  }
}

/** The problems a row has on its own, without looking at other rows. */
function checkRow(
  row: CsvRow,
  cell: (row: CsvRow, field: ImportField) => string,
  unitsByKey: Map<string, Array<{ id: string; name: string }>>,
  dateFormat: DateFormat,
): CheckedRow {
  const problems: FieldProblem[] = [];
  const problem = (field: ImportField, text: string) => problems.push({ field, problem: text });
  const out: Partial<ValidRow> & { line: number } = { line: row.line };

  const name = cell(row, 'name').replace(/\s+/g, ' ');
  if (name === '') problem('name', 'is required');
  else if (name.length > 200) problem('name', 'must be at most 200 characters');
  out.name = name;

  const emailText = cell(row, 'email').toLowerCase();
  if (emailText === '') problem('email', 'is required');
  else {
    const parsed = ZEmail.safeParse(emailText);
    if (parsed.success) out.email = parsed.data;
    else problem('email', parsed.error.issues[0]!.message);
  }

  const jobTitle = cell(row, 'job_title').replace(/\s+/g, ' ');
  if (jobTitle.length > 200) problem('job_title', 'must be at most 200 characters');
  out.jobTitle = jobTitle || null;

  const unitName = cell(row, 'unit');
  out.unitId = null;
  out.unitName = null;
  if (unitName !== '') {
    const matches = unitsByKey.get(unitKey(unitName)) ?? [];
    if (matches.length === 0) problem('unit', `there is no unit called "${unitName}" in this organisation`);
    else if (matches.length > 1) problem('unit', `more than one unit is called "${unitName}": rename one so the import knows which`);
    else {
      out.unitId = matches[0]!.id;
      out.unitName = matches[0]!.name;
    }
  }

  const managerText = cell(row, 'manager_email').toLowerCase();
  out.managerEmail = null;
  if (managerText !== '') {
    const parsed = ZEmail.safeParse(managerText);
    if (parsed.success) out.managerEmail = parsed.data;
    else problem('manager_email', parsed.error.issues[0]!.message);
  }

  const kindText = cell(row, 'kind');
  const kind = parseKind(kindText);
  if (kind === undefined) problem('kind', `"${kindText}" is not a kind of person; use one of ${PERSON_KINDS.join(', ')}`);
  out.kind = kind ?? null;

  const start = parseDate(cell(row, 'start_date'), dateFormat);
  const end = parseDate(cell(row, 'end_date'), dateFormat);
  if (start.ok) out.startDate = start.value;
  else problem('start_date', start.problem);
  if (end.ok) out.endDate = end.value;
  else problem('end_date', end.problem);
  if (start.ok && end.ok && start.value && end.value && end.value < start.value) problem('end_date', 'must not be before the start date');

  return { row: out, problems };
}

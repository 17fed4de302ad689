import { z } from 'zod';
import type { FieldProblem } from '../../../platform/http/errors.js';
import { type BadRow, type DateFormat, parseDate } from '../../people/import/import-rules.js';
import type { CsvRow } from '../../people/import/parse-csv.js';
import { ABSENCE_REASONS, type AbsenceReason, LEAVE_REASONS, type LeaveReason, WORKER_KINDS, type WorkerKind } from '../schema.js';
import { absenceProblems, daysLostOf, earliestStart, type MoveKind, moveProblems } from '../workforce-rules.js';
import { readAbsenceReason, readDays, readEvent, readLeaveReason, readWorkerKind } from './hr-import-values.js';

/**
 * Pure rules of the HR events import: the two kinds of file (starters and leavers; absence),
 * which column means what, and which rows may be written. CSV reading and dates are the people
 * import's; what an event may be is workforce-rules.ts's, so a file is refused for what the
 * admin's form would refuse, in the same words. No I/O.
 */

export const HR_FILE_KINDS = ['moves', 'absences'] as const;
export type HrFileKind = (typeof HR_FILE_KINDS)[number];

export const MOVE_IMPORT_FIELDS = ['email', 'event', 'date', 'worker_kind', 'leave_reason'] as const;
export const ABSENCE_IMPORT_FIELDS = ['email', 'first_day', 'last_day', 'working_days_lost', 'reason'] as const;
export type MoveImportField = (typeof MOVE_IMPORT_FIELDS)[number];
export type AbsenceImportField = (typeof ABSENCE_IMPORT_FIELDS)[number];
export type HrImportField = MoveImportField | AbsenceImportField;

export const FIELDS_OF: Record<HrFileKind, readonly HrImportField[]> = { moves: MOVE_IMPORT_FIELDS, absences: ABSENCE_IMPORT_FIELDS };
export const REQUIRED_OF: Record<HrFileKind, readonly HrImportField[]> = { moves: ['email', 'event', 'date'], absences: ['email', 'first_day', 'last_day', 'reason'] };

/** Field → the header of the column holding it, or null. */
export type HrMapping = Partial<Record<HrImportField, string | null>>;

const headerKey = (header: string) => header.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

// headers of HR and payroll exports, compared without case, spaces or punctuation
const SYNONYMS: Record<HrImportField, string[]> = {
  email: ['email', 'emailaddress', 'workemail', 'workemailaddress', 'businessemail', 'employeeemail', 'staffemail', 'mail'],
  event: ['event', 'eventtype', 'movement', 'movementtype', 'type', 'change', 'changetype', 'action', 'starterleaver', 'startorleave', 'status'],
  date: ['date', 'eventdate', 'effectivedate', 'movementdate', 'dateofchange', 'effectivefrom', 'on'],
  worker_kind: ['workerkind', 'workertype', 'employmenttype', 'stafftype', 'contracttype', 'kind', 'persontype', 'engagementtype', 'category'],
  leave_reason: ['leavereason', 'leavingreason', 'reasonforleaving', 'terminationreason', 'exitreason', 'reason', 'leaverreason'],
  first_day: ['firstday', 'firstdayofabsence', 'absencestart', 'absencestartdate', 'startdate', 'start', 'from', 'datefrom', 'fromdate', 'firstdateofabsence'],
  last_day: ['lastday', 'lastdayofabsence', 'absenceend', 'absenceenddate', 'enddate', 'end', 'to', 'dateto', 'todate', 'lastdateofabsence'],
  working_days_lost: ['workingdayslost', 'dayslost', 'workingdays', 'days', 'daysabsent', 'duration', 'durationdays', 'absencedays', 'totaldays'],
  reason: ['reason', 'absencereason', 'sicknessreason', 'reasoncategory', 'absencecategory', 'sicknesscategory', 'category', 'absencetype', 'type'],
};

/** Guesses which header holds each field of this kind of file, by each field's likeliest header name, each header used once. */
export function suggestHrMapping(kind: HrFileKind, headers: readonly string[]): HrMapping {
  const used = new Set<number>();
  const mapping: HrMapping = {};
  for (const field of FIELDS_OF[kind]) {
    // the likeliest name first: "Sickness reason" beats "Absence type" for the reason
    const keys = headers.map(headerKey);
    const synonym = SYNONYMS[field].find((name) => keys.some((key, i) => !used.has(i) && key === name));
    const index = synonym === undefined ? -1 : keys.findIndex((key, i) => !used.has(i) && key === synonym);
    if (index >= 0) used.add(index);
    mapping[field] = index >= 0 ? headers[index]! : null;
  }
  return mapping;
}

/** Problems with a mapping, each naming `mapping.<field>`: a field of the other kind of file, a header the file lacks, a required field unmapped. */
export function checkHrMapping(kind: HrFileKind, mapping: Readonly<Record<string, string | null | undefined>>, headers: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, header] of Object.entries(mapping)) {
    if (!(FIELDS_OF[kind] as readonly string[]).includes(field)) problems.push({ field: `mapping.${field}`, problem: 'is not a column of this kind of file' });
    else if (header && !headers.includes(header)) problems.push({ field: `mapping.${field}`, problem: `the file has no column called "${header}"` });
  }
  for (const field of REQUIRED_OF[kind]) {
    if (!mapping[field]) problems.push({ field: `mapping.${field}`, problem: 'choose the column that holds this; it is required' });
  }
  return problems;
}

/** Every field of the kind named, null where no column holds it. */
export const completeHrMapping = (kind: HrFileKind, mapping: HrMapping): HrMapping => Object.fromEntries(FIELDS_OF[kind].map((f) => [f, mapping[f] || null]));

/** A person as the rows are checked against them. */
export interface ImportPerson {
  id: string;
  kind: WorkerKind;
  unitId: string | null;
  startDate: string | null;
}

/** What the rows are checked against: the organisation's people and HR events as they are now. */
export interface HrImportContext {
  dateFormat: DateFormat;
  /** Today where the organisation works. */
  today: string;
  /** Lower-case email → person. */
  personByEmail: ReadonlyMap<string, ImportPerson>;
  storedMoves: ReadonlyMap<string, ReadonlyArray<{ kind: MoveKind; on: string }>>;
  storedAbsences: ReadonlyMap<string, ReadonlyArray<{ firstDay: string; lastDay: string }>>;
}

export interface MoveRow {
  line: number;
  personId: string;
  kind: MoveKind;
  on: string;
  workerKind: WorkerKind;
  leaveReason: LeaveReason | null;
  unitId: string | null;
}

export interface AbsenceRow {
  line: number;
  personId: string;
  firstDay: string;
  lastDay: string;
  workingDaysLost: number;
  reason: AbsenceReason;
  unitId: string | null;
}

const ZEmail = z.email();

/** Reads each mapped cell of a row by field; an unmapped field reads as empty. */
function cellReader(headers: readonly string[], mapping: HrMapping) {
  const index = new Map(Object.entries(mapping).map(([f, header]) => [f, header ? headers.indexOf(header) : -1]));
  return (row: CsvRow, field: HrImportField) => {
    const i = index.get(field) ?? -1;
    return i >= 0 ? (row.cells[i] ?? '') : '';
  };
}

function readPerson(email: string, context: HrImportContext, problem: (field: 'email', text: string) => void): ImportPerson | undefined {
  const person = context.personByEmail.get(email.toLowerCase());
  if (email === '') problem('email', 'is required');
  else if (!ZEmail.safeParse(email).success) problem('email', 'must be an email address like name@example.org');
  else if (!person) problem('email', 'no person with this email is in the organisation');
  return person;
}

function readDay(cell: string, context: HrImportContext, problem: (text: string) => void): string | undefined {
  const day = parseDate(cell, context.dateFormat);
  if (!day.ok) problem(day.problem);
  else if (!day.value) problem('is required');
  else return day.value;
  return undefined;
}

const oneOf = (values: readonly string[]) => values.join(', ');

/**
 * Checks every row of a starters-and-leavers file: a known person by email (any case), the
 * event (start or leave), its day, the worker kind (the person's kind now when empty) and a
 * leave's reason, then workforce-rules' moveProblems: not after today, a leave not before the
 * person's start (as stored, or a start anywhere in the file), and not a start or leave already
 * recorded or on an earlier line.
 */
export function validateMoveRows(rows: readonly CsvRow[], headers: readonly string[], mapping: HrMapping, context: HrImportContext) {
  const cell = cellReader(headers, mapping);
  const startsInFile = new Map<string, string[]>();
  for (const row of rows) {
    const person = context.personByEmail.get(cell(row, 'email').toLowerCase());
    const day = parseDate(cell(row, 'date'), context.dateFormat);
    if (person && readEvent(cell(row, 'event')) === 'start' && day.ok && day.value) startsInFile.set(person.id, [...(startsInFile.get(person.id) ?? []), day.value]);
  }
  const earlierLines = new Map<string, Array<{ kind: MoveKind; on: string; where: string }>>();
  const goodRows: MoveRow[] = [];
  const badRows: BadRow[] = [];
  for (const row of rows) {
    const problems: FieldProblem[] = [];
    const problem = (field: MoveImportField, text: string) => problems.push({ field, problem: text });
    const person = readPerson(cell(row, 'email'), context, problem);
    const kind = readEvent(cell(row, 'event'));
    if (!kind) problem('event', cell(row, 'event') === '' ? 'is required' : `"${cell(row, 'event')}" is not a start or a leave`);
    const on = readDay(cell(row, 'date'), context, (text) => problem('date', text));
    const workerCell = cell(row, 'worker_kind');
    const workerKind = workerCell === '' ? person?.kind : readWorkerKind(workerCell);
    if (!workerKind && workerCell !== '') problem('worker_kind', `"${workerCell}" is not a kind of worker; use ${oneOf(WORKER_KINDS)}`);
    const reasonCell = cell(row, 'leave_reason');
    const leaveReason = reasonCell === '' ? null : (readLeaveReason(reasonCell) ?? null);
    if (reasonCell !== '' && !leaveReason && kind !== 'start') problem('leave_reason', `"${reasonCell}" is not a leave reason; use ${oneOf(LEAVE_REASONS)}`);

    if (person && kind && on) {
      const stored = context.storedMoves.get(person.id) ?? [];
      const knownStart = earliestStart(earliestStart(person.startDate, stored), (startsInFile.get(person.id) ?? []).map((d) => ({ kind: 'start' as const, on: d })));
      const recorded = [...stored, ...(earlierLines.get(person.id) ?? [])];
      const reasonGiven = reasonCell === '' ? null : (leaveReason ?? reasonCell);
      for (const p of moveProblems({ kind, on, leaveReason: reasonGiven }, { today: context.today, knownStart, recorded })) {
        problem(p.field === 'on' ? 'date' : 'leave_reason', p.problem);
      }
    }
    if (problems.length > 0 || !person || !kind || !on || !workerKind) {
      badRows.push({ line: row.line, problems });
      continue;
    }
    goodRows.push({ line: row.line, personId: person.id, kind, on, workerKind, leaveReason: kind === 'leave' ? leaveReason : null, unitId: person.unitId });
    earlierLines.set(person.id, [...(earlierLines.get(person.id) ?? []), { kind, on, where: `line ${row.line}` }]);
  }
  return { goodRows, badRows };
}

/**
 * Checks every row of an absence file: a known person, the first and last day, the working
 * days lost (every weekday of the spell when empty) and a reason category, then
 * workforce-rules' absenceProblems: not after today, a last day not before the first, days lost
 * within the spell's days, and no overlap with a spell stored or on an earlier good line.
 */
export function validateAbsenceRows(rows: readonly CsvRow[], headers: readonly string[], mapping: HrMapping, context: HrImportContext) {
  const cell = cellReader(headers, mapping);
  const earlierLines = new Map<string, Array<{ firstDay: string; lastDay: string; where: string }>>();
  const goodRows: AbsenceRow[] = [];
  const badRows: BadRow[] = [];
  for (const row of rows) {
    const problems: FieldProblem[] = [];
    const problem = (field: AbsenceImportField, text: string) => problems.push({ field, problem: text });
    const person = readPerson(cell(row, 'email'), context, problem);
    const firstDay = readDay(cell(row, 'first_day'), context, (text) => problem('first_day', text));
    const lastDay = readDay(cell(row, 'last_day'), context, (text) => problem('last_day', text));
    const daysCell = cell(row, 'working_days_lost');
    const given = daysCell === '' ? null : readDays(daysCell);
    if (given === undefined) problem('working_days_lost', `"${daysCell}" is not a number of days`);
    const reasonCell = cell(row, 'reason');
    const reason = readAbsenceReason(reasonCell);
    if (!reason) problem('reason', reasonCell === '' ? 'is required' : `"${reasonCell}" is not a reason category; use ${oneOf(ABSENCE_REASONS)}`);

    if (person && firstDay && lastDay && given !== undefined) {
      const others = [...(context.storedAbsences.get(person.id) ?? []), ...(earlierLines.get(person.id) ?? [])];
      const renamed = { firstDay: 'first_day', lastDay: 'last_day', workingDaysLost: 'working_days_lost' } as const;
      for (const p of absenceProblems({ firstDay, lastDay, workingDaysLost: given }, { today: context.today, others })) problem(renamed[p.field], p.problem);
    }
    if (problems.length > 0 || !person || !firstDay || !lastDay || given === undefined || !reason) {
      badRows.push({ line: row.line, problems });
      continue;
    }
    goodRows.push({ line: row.line, personId: person.id, firstDay, lastDay, workingDaysLost: daysLostOf({ firstDay, lastDay, workingDaysLost: given }), reason, unitId: person.unitId });
    earlierLines.set(person.id, [...(earlierLines.get(person.id) ?? []), { firstDay, lastDay, where: `line ${row.line}` }]);
  }
  return { goodRows, badRows };
}

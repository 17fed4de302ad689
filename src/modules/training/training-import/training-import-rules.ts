import { z } from 'zod';
import type { FieldProblem } from '../../../platform/http/errors.js';
import { type BadRow, type DateFormat, parseDate } from '../../people/import/import-rules.js';
import type { CsvRow } from '../../people/import/parse-csv.js';
import { isLevel, type Level } from '../../framework/levels.js';
import { expiryOf } from '../training-rules.js';

/**
 * Pure rules of the training import: which column of a learning-system export means what, and
 * which rows may be written. Dates and CSV reading are the people import's. No I/O.
 */

export const TRAINING_IMPORT_FIELDS = ['email', 'course', 'title', 'completed_on', 'hours', 'levels', 'expires_on', 'evidence'] as const;
export type TrainingImportField = (typeof TRAINING_IMPORT_FIELDS)[number];
export type TrainingMapping = Record<TrainingImportField, string | null>;

/** The export's columns: the import's field names (and the person's name, which the import ignores). */
export const TRAINING_EXPORT_COLUMNS = ['email', 'name', 'course', 'title', 'completed_on', 'hours', 'levels', 'expires_on', 'evidence'] as const;

const headerKey = (header: string) => header.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const SYNONYMS: Record<TrainingImportField, string[]> = {
  email: ['email', 'emailaddress', 'workemail', 'learneremail', 'useremail', 'mail', 'participantemail'],
  course: ['course', 'coursename', 'coursetitle', 'module', 'modulename', 'catalogueitem', 'programme', 'program'],
  title: ['title', 'learning', 'learningtitle', 'activity', 'activityname', 'training', 'trainingname', 'description'],
  completed_on: ['completedon', 'completed', 'completiondate', 'datecompleted', 'completeddate', 'date', 'finished', 'finishedon'],
  hours: ['hours', 'duration', 'durationhours', 'cpdhours', 'learninghours', 'time'],
  levels: ['levels', 'level', 'practicelevel', 'practicelevels', 'frameworklevel'],
  expires_on: ['expireson', 'expires', 'expiry', 'expirydate', 'validuntil', 'renewby', 'expirationdate'],
  evidence: ['evidence', 'evidencenote', 'certificate', 'notes', 'note', 'reference'],
};

/** Guesses which header holds each field, ignoring case and punctuation, each header used once. */
export function suggestTrainingMapping(headers: readonly string[]): TrainingMapping {
  const used = new Set<number>();
  const mapping = {} as TrainingMapping;
  for (const field of TRAINING_IMPORT_FIELDS) {
    const index = headers.findIndex((header, i) => !used.has(i) && SYNONYMS[field].includes(headerKey(header)));
    if (index >= 0) used.add(index);
    mapping[field] = index >= 0 ? headers[index]! : null;
  }
  return mapping;
}

/** Problems with a mapping, each naming `mapping.<field>`. Email and completion date are required, and a course or a title. */
export function checkTrainingMapping(mapping: Partial<TrainingMapping>, headers: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of TRAINING_IMPORT_FIELDS) {
    const header = mapping[field];
    if (header && !headers.includes(header)) problems.push({ field: `mapping.${field}`, problem: `the file has no column called "${header}"` });
  }
  for (const field of ['email', 'completed_on'] as const) {
    if (!mapping[field]) problems.push({ field: `mapping.${field}`, problem: 'choose the column that holds this; it is required' });
  }
  if (!mapping.course && !mapping.title) problems.push({ field: 'mapping.title', problem: 'choose the column with the course or the title of the learning' });
  return problems;
}

export const completeTrainingMapping = (mapping: Partial<TrainingMapping>): TrainingMapping =>
  Object.fromEntries(TRAINING_IMPORT_FIELDS.map((f) => [f, mapping[f] || null])) as TrainingMapping;

/** A row that may be written. */
export interface TrainingRow {
  line: number;
  personId: string;
  courseId: string | null;
  title: string;
  completedOn: string;
  hours: number;
  levels: Level[];
  expiresOn: string | null;
  evidenceNote: string | null;
}

export interface CatalogueCourse {
  id: string;
  title: string;
  hours: number;
  levels: Level[];
  validForMonths: number | null;
}

export interface TrainingImportContext {
  dateFormat: DateFormat;
  /** Lower-case email → person id. */
  personByEmail: ReadonlyMap<string, string>;
  courses: readonly CatalogueCourse[];
}

const ZEmail = z.email();
const courseKey = (title: string) => title.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Reads "informed; skilled", "Informed, Skilled" or "informed skilled"; undefined names the first unknown word. */
export function parseLevels(cell: string): { ok: true; levels: Level[] } | { ok: false; unknown: string } {
  const words = cell.toLowerCase().split(/[\s,;|/+]+/).filter(Boolean);
  const levels: Level[] = [];
  for (const word of words) {
    if (!isLevel(word)) return { ok: false, unknown: word };
    if (!levels.includes(word)) levels.push(word);
  }
  return { ok: true, levels };
}

/**
 * Checks every row and sorts them into rows that may be written and rows with problems, each
 * naming the field: an email of nobody in the organisation, a course not in the catalogue,
 * no course nor title, a bad or missing date, hours that are not a number or are negative, an
 * unknown level, an expiry before completion. A catalogue course gives the hours, levels and
 * validity a row leaves empty.
 */
export function validateTrainingRows(rows: readonly CsvRow[], headers: readonly string[], mapping: TrainingMapping, context: TrainingImportContext) {
  const index = Object.fromEntries(TRAINING_IMPORT_FIELDS.map((f) => [f, mapping[f] ? headers.indexOf(mapping[f]) : -1])) as Record<TrainingImportField, number>;
  const cell = (row: CsvRow, field: TrainingImportField) => (index[field] >= 0 ? (row.cells[index[field]] ?? '') : '');
  const courseByKey = new Map<string, CatalogueCourse | null>();
  for (const course of context.courses) courseByKey.set(courseKey(course.title), courseByKey.has(courseKey(course.title)) ? null : course);

  const goodRows: TrainingRow[] = [];
  const badRows: BadRow[] = [];
  for (const row of rows) {
    const problems: FieldProblem[] = [];
    const problem = (field: TrainingImportField, text: string) => problems.push({ field, problem: text });

    const email = cell(row, 'email').toLowerCase();
    const personId = context.personByEmail.get(email);
    if (email === '') problem('email', 'is required');
    else if (!ZEmail.safeParse(email).success) problem('email', 'must be an email address like name@example.org');
    else if (!personId) problem('email', 'no person with this email is in the organisation');

    const courseName = cell(row, 'course');
    let course: CatalogueCourse | null = null;
    if (courseName !== '') {
      const found = courseByKey.get(courseKey(courseName));
      if (found === undefined) problem('course', `there is no course called "${courseName}" in the catalogue`);
      else if (found === null) problem('course', `more than one course is called "${courseName}": rename one so the import knows which`);
      else course = found;
    }
    const title = cell(row, 'title').replace(/\s+/g, ' ') || course?.title || '';
    if (title === '' && courseName === '') problem('title', 'name the learning, or give a course from the catalogue');
    else if (title.length > 200) problem('title', 'must be at most 200 characters');

    const completed = parseDate(cell(row, 'completed_on'), context.dateFormat);
    if (!completed.ok) problem('completed_on', completed.problem);
    else if (!completed.value) problem('completed_on', 'is required');

    const hoursText = cell(row, 'hours').replace(',', '.');
    let hours = course?.hours ?? 0;
    if (hoursText !== '') {
      hours = Number(hoursText);
      if (!Number.isFinite(hours) || !/^-?\d+(\.\d+)?$/.test(hoursText)) problem('hours', `"${cell(row, 'hours')}" is not a number of hours`);
      else if (hours < 0) problem('hours', 'must not be negative');
      else if (hours > 1000) problem('hours', 'must be at most 1000');
    } else if (!course) problem('hours', 'is required for learning that is not a catalogue course');

    const levelsResult = parseLevels(cell(row, 'levels'));
    if (!levelsResult.ok) problem('levels', `"${levelsResult.unknown}" is not a practice level; use informed, skilled, enhanced or specialist`);
    const levels = levelsResult.ok && levelsResult.levels.length > 0 ? levelsResult.levels : (course?.levels ?? []);

    const expiry = parseDate(cell(row, 'expires_on'), context.dateFormat);
    if (!expiry.ok) problem('expires_on', expiry.problem);
    else if (expiry.value && completed.ok && completed.value && expiry.value < completed.value) problem('expires_on', 'must not be before the date completed');

    const evidence = cell(row, 'evidence');
    if (evidence.length > 2000) problem('evidence', 'must be at most 2000 characters');

    if (problems.length > 0 || !personId || !completed.ok || !completed.value || !expiry.ok) {
      badRows.push({ line: row.line, problems });
      continue;
    }
    goodRows.push({
      line: row.line,
      personId,
      courseId: course?.id ?? null,
      title,
      completedOn: completed.value,
      hours,
      levels,
      expiresOn: expiryOf(completed.value, expiry.value, course?.validForMonths),
      evidenceNote: evidence || null,
    });
  }
  return { goodRows, badRows };
}

import { createHash } from 'node:crypto';
import type { FieldProblem } from '../../platform/http/errors.js';
import { startOfDayIn, todayIn } from '../../platform/time/day.js';
import type { QuestionnaireResponse } from '../instruments/fhir/fhir-types.js';
import type { QuestionnaireMapping } from '../instruments/fhir/import-questionnaire.js';
import { readQuestionnaireResponse } from '../instruments/fhir/questionnaire-response.js';
import type { ScaleOutcome } from '../instruments/instrument-types.js';
import { completeAnswers } from './check-in-rules.js';
import type { TCheckInAnswers } from './model.js';
import { scoreCheckIn } from './score-check-in.js';

/**
 * Reading a batch of past FHIR R4 QuestionnaireResponses a person brings into their own space
 * (the API's import, the web page's preview and the operator's import-responses share it). Pure:
 * what the database knows (responses already brought in, the retention cut-off) comes in.
 * Every response is read against the instrument's mapping; scores are recomputed from its
 * answers, a stored total is never trusted (a mismatch is a note), and every problem is named by
 * the response's position in the file (`responses[3]`, or `entry[3].resource` in a Bundle).
 */

/** The most responses one import takes: a few years of weekly check-ins, read in one request. */
export const MAX_RESPONSES = 500;
/** The most one import reads (a request body, or the operator's file): 500 responses of a long form, written indented. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const BUNDLE_TYPES = ['collection', 'searchset', 'transaction'];
/** A response's status that says it was answered and stands (not in progress, not entered in error). */
const STANDING = ['completed', 'amended'];
/** Clocks differ: a response written a few minutes "ahead" on another device is not in the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface ListedResponse {
  /** Where it is in what was sent: `responses[3]`, or `entry[3].resource` in a Bundle. */
  position: string;
  resource: unknown;
}

export type ResponseList = { ok: true; responses: ListedResponse[]; notes: string[] } | { ok: false; problems: FieldProblem[] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The responses in what was sent: a list of QuestionnaireResponses, a FHIR Bundle of them
 * (collection, searchset or transaction; entries of other resources, such as the Patient a
 * search includes, are passed over with a note), or one QuestionnaireResponse alone (a file).
 */
export function listResponses(input: unknown): ResponseList {
  const tooMany = (n: number, field: string): ResponseList => ({ ok: false, problems: [{ field, problem: `${n} responses; at most ${MAX_RESPONSES} are brought in at a time: split the file` }] });
  if (Array.isArray(input)) {
    if (input.length > MAX_RESPONSES) return tooMany(input.length, 'responses');
    if (input.length === 0) return { ok: false, problems: [{ field: 'responses', problem: 'is empty: there is nothing to bring in' }] };
    return { ok: true, responses: input.map((resource, i) => ({ position: `responses[${i}]`, resource })), notes: [] };
  }
  if (isObject(input) && input.resourceType === 'QuestionnaireResponse') return { ok: true, responses: [{ position: 'responses[0]', resource: input }], notes: [] };
  if (!isObject(input) || input.resourceType !== 'Bundle') {
    return { ok: false, problems: [{ field: 'responses', problem: 'must be a QuestionnaireResponse, a list of them, or a FHIR Bundle of them' }] };
  }
  if (typeof input.type !== 'string' || !BUNDLE_TYPES.includes(input.type)) {
    return { ok: false, problems: [{ field: 'type', problem: `the Bundle's type is ${JSON.stringify(input.type ?? null)}; a ${BUNDLE_TYPES.join(', ')} Bundle is read` }] };
  }
  const entries = Array.isArray(input.entry) ? input.entry : [];
  const problems: FieldProblem[] = [];
  const notes: string[] = [];
  const responses: ListedResponse[] = [];
  entries.forEach((entry, i) => {
    const resource = isObject(entry) ? entry.resource : undefined;
    if (!isObject(resource)) problems.push({ field: `entry[${i}]`, problem: 'has no resource' });
    else if (resource.resourceType !== 'QuestionnaireResponse') notes.push(`entry[${i}].resource: a ${String(resource.resourceType)}, not a QuestionnaireResponse: passed over`);
    else responses.push({ position: `entry[${i}].resource`, resource });
  });
  if (responses.length > MAX_RESPONSES) return tooMany(responses.length, 'entry');
  if (problems.length > 0) return { ok: false, problems };
  if (responses.length === 0) return { ok: false, problems: [{ field: 'entry', problem: 'holds no QuestionnaireResponse: there is nothing to bring in' }] };
  return { ok: true, responses, notes };
}

/** When a response was answered: the day where the organisation works, and the instant. */
export interface Authored {
  on: string;
  at: Date;
}

// FHIR R4 dateTime: a year, year-month or date, or a date and time with its zone (required with a time)
const DATE_TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * A response's `authored` as a day in `timeZone` and an instant, or why it cannot be: missing, not
 * a date, only a year or month, a time without its zone, or later than now. A date without a time
 * is taken as the start of that day where the organisation works.
 */
export function readAuthored(authored: unknown, timeZone: string, now: Date): Authored | { problem: string } {
  if (authored === undefined || authored === null || authored === '') return { problem: 'is missing: the date the response was answered is needed to place it in your history' };
  const match = typeof authored === 'string' ? DATE_TIME.exec(authored) : null;
  if (!match) return { problem: `${JSON.stringify(authored)} is not a FHIR date and time (such as 2025-03-14 or 2025-03-14T09:30:00+01:00)` };
  const [, year, month, day, hour, , , , zone] = match;
  if (!month || !day) return { problem: `"${authored}" gives only a ${month ? 'month' : 'year'}: a full date is needed` };
  const date = `${year}-${month}-${day}`;
  if (hour !== undefined && zone === undefined) return { problem: `"${authored}" has a time without a time zone (add Z or an offset such as +01:00)` };
  const at = hour === undefined ? startOfDayIn(timeZone, date) : new Date(authored as string);
  if (Number.isNaN(at.getTime()) || (hour === undefined && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date)) {
    return { problem: `"${authored}" is not a real date` };
  }
  const on = hour === undefined ? date : todayIn(timeZone, at);
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS || on > todayIn(timeZone, now)) return { problem: `"${authored}" is in the future` };
  return { on, at };
}

/**
 * A response's identity, so the same response brought in twice is found: its business identifier
 * (system|value), else its id with the form it answers, else a hash of what it says (form, date
 * and items). Also in words, for the check-in's import_source.
 */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
// a btree entry holds at most ~2.7 kB: a long identifier is kept by its hash
const bounded = (key: string) => (key.length <= 200 ? key : `sha256:${sha256(key)}`);

export function responseIdentity(resource: Record<string, unknown>): { key: string; source: string } {
  const form = typeof resource.questionnaire === 'string' ? resource.questionnaire.slice(0, 300) : null;
  const about = form ? `, answering ${form}` : '';
  const identifiers = Array.isArray(resource.identifier) ? resource.identifier : [resource.identifier];
  const identifier = identifiers.find((i): i is { system?: unknown; value: string } => isObject(i) && typeof i.value === 'string' && i.value !== '');
  if (identifier) {
    const system = typeof identifier.system === 'string' ? identifier.system : '';
    const source = `identifier ${system ? `${system}|` : ''}${identifier.value}${about}`;
    return { key: bounded(`identifier:${system}|${identifier.value}`), source: source.slice(0, 1000) };
  }
  if (typeof resource.id === 'string' && resource.id !== '') {
    return { key: bounded(`id:${form ?? ''}|${resource.id}`), source: `id ${resource.id}${about}`.slice(0, 1000) };
  }
  const content = JSON.stringify([form, resource.authored ?? null, resource.item ?? null]);
  return { key: `sha256:${sha256(content)}`, source: `no id or identifier: known by its content${about}` };
}

/**
 * Where a response's items are not shaped as FHIR says (items and answers are lists of objects,
 * a linkId is text), each by its path: the reader walks them and would otherwise stumble.
 */
export function shapeProblems(position: string, resource: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const walk = (items: unknown, path: string): void => {
    if (items === undefined) return;
    if (!Array.isArray(items)) {
      problems.push({ field: path, problem: 'must be a list of items' });
      return;
    }
    for (const [i, item] of items.entries()) {
      const at = `${path}[${i}]`;
      if (!isObject(item)) {
        problems.push({ field: at, problem: 'must be an item (an object with a linkId)' });
        continue;
      }
      if (typeof item.linkId !== 'string') problems.push({ field: `${at}.linkId`, problem: 'must be text' });
      walk(item.item, `${at}.item`);
      if (item.answer === undefined) continue;
      if (!Array.isArray(item.answer)) {
        problems.push({ field: `${at}.answer`, problem: 'must be a list of answers' });
        continue;
      }
      for (const [a, answer] of item.answer.entries()) {
        if (!isObject(answer)) problems.push({ field: `${at}.answer[${a}]`, problem: 'must be an answer (an object such as {"valueCoding": …})' });
        else walk(answer.item, `${at}.answer[${a}].item`);
      }
    }
  };
  walk(resource.item, `${position}.item`);
  return problems;
}

/** What the database knows that the reading needs. */
export interface BatchContext {
  timeZone: string;
  now: Date;
  /** The first day the organisation keeps check-ins (its retention cut-off); null when it keeps them all. */
  keepFrom: string | null;
  /** Responses this person already brought in: identity key → when. */
  alreadyImported: ReadonlyMap<string, Date>;
}

export type ResponseOutcome = 'new' | 'already-imported' | 'repeated' | 'too-old' | 'problem';

export interface ResponseReport {
  position: string;
  outcome: ResponseOutcome;
  submittedOn: string | null;
  submittedAt: Date | null;
  scores: ScaleOutcome[];
  notes: string[];
  problems: FieldProblem[];
  /** Why it is skipped, in words (already brought in, repeated in the file, older than kept); null otherwise. */
  skipped: string | null;
  key: string;
  source: string;
  answers: TCheckInAnswers;
}

export interface BatchRead {
  responses: ResponseReport[];
  /** Every problem of every response, each with its full path: nothing is stored while there is one. */
  problems: FieldProblem[];
  /** Every note, each starting with its response's position. */
  notes: string[];
}

// readQuestionnaireResponse names a problem `item[1].answer[0].item[2] (linkId "x"): …` or `item[3]: …`
const ITEM_PATH = /^((?:item|answer)\[\d+\](?:\.(?:item|answer)\[\d+\])*)(?: \((linkId "[^"]*")\))?: ([\s\S]*)$/;

/** A reader's problem as a field problem under the response's position. */
function placed(position: string, message: string): FieldProblem {
  if (message.startsWith('resourceType ')) return { field: `${position}.resourceType`, problem: message.slice('resourceType '.length) };
  const match = ITEM_PATH.exec(message);
  if (!match) return { field: position, problem: message };
  const [, path, linkId, problem] = match;
  return { field: `${position}.${path}`, problem: linkId ? `${linkId}: ${problem}` : problem! };
}

/**
 * Reads every response of a batch against the instrument's mapping: its date, its answers and
 * recomputed scores, notes (a stored total that its answers do not give) and problems (each with
 * its JSON path). Skipped, and said why: a response already brought in, one repeated in the same
 * batch, one older than the organisation keeps check-ins (retention would delete it the next day).
 * A skipped response's problems still count: the batch is taken as a whole or not at all.
 */
export function readResponseBatch(mapping: QuestionnaireMapping, list: readonly ListedResponse[], context: BatchContext): BatchRead {
  const { pack } = mapping;
  const seen = new Map<string, string>();
  const responses = list.map(({ position, resource }): ResponseReport => {
    const problems: FieldProblem[] = [];
    const object = isObject(resource) ? resource : {};
    const shape = shapeProblems(position, object);
    // a response whose items are not FHIR's shape is named as such, not read
    const read = shape.length > 0 ? { answers: {}, problems: [], notes: [] } : readQuestionnaireResponse(mapping, resource as QuestionnaireResponse);
    problems.push(...shape, ...read.problems.map((message) => placed(position, message)));
    const isResponse = object.resourceType === 'QuestionnaireResponse';
    if (isResponse && !STANDING.includes(object.status as string)) {
      problems.push({ field: `${position}.status`, problem: `is ${JSON.stringify(object.status ?? null)}: only a completed (or amended) response is brought in` });
    }
    const authored = isResponse ? readAuthored(object.authored, context.timeZone, context.now) : undefined;
    if (authored && 'problem' in authored) problems.push({ field: `${position}.authored`, problem: authored.problem });
    const answers = completeAnswers(pack, read.answers);
    if (isResponse && problems.length === 0 && Object.values(answers).every((a) => a === null)) {
      problems.push({ field: `${position}.item`, problem: `answers none of the questions of ${pack.id}: is it a response to another questionnaire?` });
    }
    const when = authored && !('problem' in authored) ? authored : null;
    const { key, source } = responseIdentity(object);
    const before = context.alreadyImported.get(key);
    const earlier = seen.get(key);
    if (!earlier) seen.set(key, position);
    let outcome: ResponseOutcome = problems.length > 0 ? 'problem' : 'new';
    let skipped: string | null = null;
    if (before) skipped = `already brought in on ${todayIn(context.timeZone, before)}`;
    else if (earlier) skipped = `the same response as ${earlier}`;
    else if (when && context.keepFrom && when.on < context.keepFrom) skipped = `answered before ${context.keepFrom}: your organisation keeps check-ins for a limited time, so it would be deleted`;
    if (skipped && outcome === 'new') outcome = before ? 'already-imported' : earlier ? 'repeated' : 'too-old';
    return {
      position,
      outcome,
      submittedOn: when?.on ?? null,
      submittedAt: when?.at ?? null,
      scores: problems.length === 0 ? scoreCheckIn(pack, answers) : [],
      notes: read.notes,
      problems,
      skipped,
      key,
      source,
      answers,
    };
  });
  return {
    responses,
    problems: responses.flatMap((r) => r.problems),
    notes: responses.flatMap((r) => r.notes.map((note) => `${r.position}: ${note}`)),
  };
}

import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { jsonPath } from './json-path.js';
import { locateJsonError } from './json-syntax.js';
import { LOCALES, type Locale, packSchemaFor, type TPack, ZPack } from './pack-schema.js';

/** One thing wrong with a pack file, in words its author can act on. */
export interface PackProblem {
  file: string;
  /** Where in the document: `$.body.levels[2].knowledge[0].text.es` (`$` for the whole file). */
  path: string;
  problem: string;
  /** For a file that is not JSON at all: where it goes wrong (1-based). */
  line?: number;
  column?: number;
}

export type PackValidation = { ok: true; pack: TPack } | { ok: false; problems: PackProblem[] };

/** `file: $.path: problem`, or `file:line:column: problem` for a JSON syntax error (editors jump there). */
export function formatProblem(p: PackProblem): string {
  return p.line === undefined ? `${p.file}: ${p.path}: ${p.problem}` : `${p.file}:${p.line}:${p.column}: ${p.problem}`;
}

/**
 * Checks a parsed pack and lists every problem, not just the first. Texts are held to the pack's
 * own `locales` when those are readable; otherwise to any locale Tend knows, and the locales
 * problem itself is listed with the rest.
 */
export function validatePack(json: unknown, file: string): PackValidation {
  const locales = readableLocales(json);
  const schema = locales ? packSchemaFor(locales) : ZPack;
  const result = schema.safeParse(json, { error: plainMessage });
  if (result.success) {
    // `$schema` only points an editor at pack.schema.json; it is not part of the pack
    const { $schema: _, ...pack } = result.data;
    return { ok: true, pack: pack as TPack };
  }
  return { ok: false, problems: result.error.issues.flatMap((issue) => toProblems(issue, file)) };
}

/** Parses and checks the text of a pack file; a syntax error says where, as line and column. */
export function validatePackText(text: string, file: string): PackValidation {
  let json: unknown;
  // a byte-order mark is invisible in editors and not an error anyone can see to fix
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const where = locateJsonError(body);
    const problem = `not valid JSON: ${where?.problem ?? (error as Error).message}`;
    return { ok: false, problems: [{ file, path: '$', problem, ...(where ? { line: where.line, column: where.column } : {}) }] };
  }
  return validatePack(json, file);
}

/** Reads and checks a pack file; a file that cannot be read is one problem, not an exception. */
export async function loadPackFile(file: string): Promise<PackValidation> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot read it (${code ?? String(error)})`;
    return { ok: false, problems: [{ file, path: '$', problem }] };
  }
  return validatePackText(text, file);
}

/** The pack's locales when they are a usable list; otherwise undefined (their own problem is reported by the schema). */
function readableLocales(json: unknown): Locale[] | undefined {
  if (typeof json !== 'object' || json === null || !('locales' in json)) return undefined;
  const { locales } = json as { locales: unknown };
  if (!Array.isArray(locales) || locales.length === 0) return undefined;
  if (!locales.every((l) => (LOCALES as readonly unknown[]).includes(l)) || new Set(locales).size !== locales.length) return undefined;
  return locales as Locale[];
}

/** One issue → one problem, except that unknown fields are listed one by one, each at its own path. */
function toProblems(issue: z.core.$ZodIssue, file: string): PackProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ file, path: jsonPath([...issue.path, key]), problem: issue.message }));
  }
  return [{ file, path: jsonPath(issue.path), problem: issue.message }];
}

const describeValue = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
};

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
};

/**
 * Plain words for zod's issues, used where the schema gave none of its own (the schema's messages
 * win: zod asks this map only when a schema has no `error` for the issue).
 */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const last = issue.path?.at(-1);
      if (issue.input === undefined) return typeof last === 'string' ? `missing ${last}` : 'missing';
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${describeValue(issue.input)}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `may have at most ${issue.maximum} items` : `must be at most ${issue.maximum}`;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v));
      const found = describeValue(issue.input);
      return allowed.length === 1 ? `must be ${allowed[0]}, not ${found}` : `must be one of ${allowed.join(', ')}, not ${found}`;
    }
    case 'invalid_format':
      return 'does not have the expected form';
    case 'unrecognized_keys':
      return 'unknown field';
    case 'invalid_union':
      return 'matches none of the allowed forms';
    default:
      return undefined;
  }
}

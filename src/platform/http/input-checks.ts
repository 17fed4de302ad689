import type { FieldProblem } from './errors.js';

/**
 * Pure checks of request input that hold for every route, so no handler or schema has to
 * repeat them. Why: PostgreSQL refuses a NUL inside text (the request then failed as a 500), and
 * other control characters in names end up in CSV files, e-mails and screen readers.
 *
 * The rule: in JSON bodies, tab, line feed and carriage return are allowed (comments, reflections
 * and CSV file text are multi-line; a CSV may be tab-separated), every other C0 control, DEL, the
 * C1 controls and lone UTF-16 surrogates are refused. In query strings and path parameters
 * (always single-line) every control character is refused, tab and line breaks too.
 */

// C0 controls except tab (09), line feed (0A) and carriage return (0D); DEL; C1 controls
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** How deep a JSON body may nest: no request of the API needs more than a handful of levels. */
export const MAX_JSON_DEPTH = 32;

/** What is wrong with one string, or undefined when it may be kept. */
export function textProblem(value: string, multiLine: boolean): string | undefined {
  if ((multiLine ? CONTROL_IN_TEXT : CONTROL_IN_LINE).test(value)) {
    return multiLine
      ? 'must not contain control characters (only tab and line breaks are allowed)'
      : 'must not contain control characters or line breaks';
  }
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (it has a broken character)';
  return undefined;
}

/**
 * Every string (and object key) of a parsed JSON body that breaks the text rule, by dotted path
 * (`items.0.text`, the same paths zod names), and a body nested deeper than MAX_JSON_DEPTH.
 * Iterative, so a hostile nesting cannot exhaust the stack.
 */
export function jsonTextProblems(body: unknown, limit = 20): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: { value: unknown; path: string[] }[] = [{ value: body, path: [] }];
  while (stack.length > 0 && problems.length < limit) {
    const { value, path } = stack.pop()!;
    const field = path.length > 0 ? path.join('.') : 'body';
    if (typeof value === 'string') {
      const problem = textProblem(value, true);
      if (problem) problems.push({ field, problem });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_JSON_DEPTH) {
      problems.push({ field, problem: `is nested too deeply (at most ${MAX_JSON_DEPTH} levels)` });
      continue;
    }
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      const keyProblem = textProblem(key, false);
      if (keyProblem) {
        problems.push({ field: [...path, key].join('.'), problem: `has a name that ${keyProblem}` });
        continue;
      }
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return problems;
}

/** Problems with single-line values (query parameters, path parameters), named by key. */
export function lineProblems(values: Record<string, string | string[]>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(values)) {
    const keyProblem = textProblem(key, false);
    if (keyProblem) {
      problems.push({ field: key, problem: `has a name that ${keyProblem}` });
      continue;
    }
    for (const one of Array.isArray(value) ? value : [value]) {
      const problem = textProblem(one, false);
      if (problem) {
        problems.push({ field: key, problem });
        break;
      }
    }
  }
  return problems;
}

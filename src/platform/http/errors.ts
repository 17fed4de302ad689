import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { problemCode } from './problem-code.js';

/** One problem with one field of a request, as listed in a problem+json body. */
export interface FieldProblem {
  /** Dotted path of the field (`email`, `rows.3.startDate`), or `body` for the whole. */
  field: string;
  problem: string;
}

/** The one error type of the server: mapped to RFC 9457 problem+json in exactly one place. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly errors: FieldProblem[] = [],
    /** What an import left out or could not read: shown with a refusal too, so its cause can be found. */
    readonly notes: string[] = [],
  ) {
    super(message);
  }
}

export const badRequest = (message: string, errors: FieldProblem[] = [], notes: string[] = []) => new AppError(400, 'bad-request', message, errors, notes);
export const invalid = (field: string, problem: string) =>
  new AppError(422, 'invalid', `${field}: ${problem}`, [{ field, problem }]);
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Sign in to continue.');
export const forbidden = (message = 'You do not have access to this.') => new AppError(403, 'forbidden', message);
/** The answer for an API address nobody serves (app.notFound), and for one behind the tenant wall. */
export const noSuchAddress = () => new AppError(404, 'not-found', 'There is no such address in the API.');
export const notFound = (what = 'This') => new AppError(404, 'not-found', `${what} was not found.`);
export const conflict = (message: string, errors: FieldProblem[] = []) => new AppError(409, 'conflict', message, errors);

/** Turns zod's issues into field problems a person can read. */
export function fieldProblemsFromZod(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : 'body',
    problem: issue.message,
  }));
}

/** Writes an AppError as application/problem+json (RFC 9457). */
export function problemResponse(c: Context, error: AppError): Response {
  const body = {
    type: `https://tend.local/problems/${error.code}`,
    title: error.message,
    status: error.status,
    detail: error.errors.length > 0 ? error.errors.map((e) => `${e.field}: ${e.problem}`).join('; ') : error.message,
    instance: c.req.path,
    // each problem with its stable code, so a page says it in its own language (problem-code.ts)
    ...(error.errors.length > 0 ? { errors: error.errors.map((e) => ({ ...e, ...problemCode(e.problem) })) } : {}),
    ...(error.notes.length > 0 ? { notes: error.notes } : {}),
  };
  return c.body(JSON.stringify(body), error.status, { 'content-type': 'application/problem+json' });
}

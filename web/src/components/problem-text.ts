import type { TFunction } from 'i18next';
import { problemCode } from '../../../src/platform/http/problem-code';
import { ApiError } from '../api/client';

/** A field problem as the server sends it: plain English, and its stable code with the lifted parts. */
interface ServerProblem {
  problem: string;
  code?: string;
  params?: Record<string, string>;
}

/**
 * One field problem from the server, in the page's language: looked up by its stable code
 * (`serverProblems.<code>`, the wording with its variable parts lifted out: problem-code.ts, the
 * same function the server uses), its parts put back; the English wording when no translation
 * exists. Problems inside import reports come as text only: their code is worked out the same way.
 */
export function problemText(t: TFunction, problem: string | ServerProblem): string {
  const english = typeof problem === 'string' ? problem : problem.problem;
  const { code, params } = typeof problem !== 'string' && problem.code ? { code: problem.code, params: problem.params ?? {} } : problemCode(english);
  return t(`serverProblems.${code}`, { ...params, defaultValue: english });
}

// Codes whose message is the same whatever was asked: translated by code.
const KNOWN_CODES = new Set([
  'validation',
  'invalid',
  'bad-request',
  'sign-in-failed',
  'too-many-attempts',
  'csrf',
  'forbidden',
  'internal',
  'network',
  'unauthenticated',
  'invalid-csv',
  'invalid-mapping',
  'too-many-reports',
]);

/** The headline of a failed request, for the alert above a form. */
export function errorTitle(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('problems.internal');
  if (KNOWN_CODES.has(error.code)) return t(`problems.${error.code}`);
  if (error.status >= 500) return t('problems.internal');
  return problemText(t, error.title);
}

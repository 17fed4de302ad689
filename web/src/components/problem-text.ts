import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** Server messages in English become keys (`must-not-be-empty`) that the locale files can translate. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * One field problem from the server, in the page's language when the locale file knows it.
 * Quoted values and line numbers are lifted out first, so `"2024-13-01" is not a real calendar
 * date` finds the key `value-is-not-a-real-calendar-date` and keeps the value.
 */
export function problemText(t: TFunction, problem: string): string {
  let value = '';
  let line = '';
  const template = problem
    .replace(/"([^"]*)"/, (_, v: string) => {
      value = v;
      return 'value';
    })
    .replace(/\bline (\d+)/, (_, n: string) => {
      line = n;
      return 'line line';
    });
  return t(`serverProblems.${slug(template)}`, { defaultValue: problem, value, line });
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

import { z } from '@hono/zod-openapi';

/**
 * What a field problem says when a schema gives no message of its own: Tend's plain wording
 * ("must not be empty", "must be at most 200 characters"), never zod's own ("Too small: expected
 * string to have >=1 characters"), so every message the server sends reads in one voice and has
 * a translation on the page (problem-code.ts; serverProblems in the web's locale files). A
 * message written on a schema always wins over these.
 */
type Issue = z.core.$ZodRawIssue;

const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};

const FORMAT: Record<string, string> = {
  email: 'must be an email address, like name@example.org',
  uuid: 'must be an id (a UUID)',
  guid: 'must be an id (a UUID)',
  url: 'must be a web address',
  date: 'must be a date written YYYY-MM-DD',
  datetime: 'must be a date and time (ISO 8601)',
  time: 'must be a time written HH:MM',
  regex: 'is not written the expected way',
};

export function plainMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${KIND[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? 'must not be empty' : `must have at least ${min} items`;
      return issue.inclusive ? `must be ${min} or more` : `must be more than ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at most ${max} items`;
      return issue.inclusive ? `must be ${max} or less` : `must be less than ${max}`;
    }
    case 'invalid_format':
      return FORMAT[issue.format] ?? 'is not written the expected way';
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_value':
      return `must be one of the choices: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `has fields it does not take: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'is not in a form this takes';
    case 'invalid_key':
    case 'invalid_element':
      return 'has an entry that is not right';
    default:
      return undefined;
  }
}

/** Every wording plainMessage can give, one example each (for the translation check). */
export const PLAIN_MESSAGE_EXAMPLES = [
  'is required',
  ...Object.values(KIND).map((kind) => `must be ${kind}`),
  'must not be empty',
  'must be at least 8 characters',
  'must have at least 2 items',
  'must be 1 or more',
  'must be more than 0',
  'must be at most 200 characters',
  'must have at most 20 items',
  'must be 10 or less',
  'must be less than 10',
  ...new Set(Object.values(FORMAT)),
  'is not written the expected way',
  'must be a multiple of 5',
  'must be one of the choices: a, b',
  'has fields it does not take: description',
  'is not in a form this takes',
  'has an entry that is not right',
];

/** Installs the plain wording for every schema of the process (done once, where the app is made). */
export function installPlainMessages() {
  z.config({ customError: plainMessage });
}

/**
 * A stable code for a field problem, so a page can say it in its own language: the message's
 * wording with its variable parts lifted out — a quoted value (`value`), a line number (`line`),
 * other numbers in order (`n`, `m`, `k`) — made into a slug. `"2024-13-01" is not a real calendar
 * date` is `value-is-not-a-real-calendar-date` with `{ value: '2024-13-01' }`; `must be at most 200
 * characters` is `must-be-at-most-n-characters` with `{ n: '200' }`; a list it ends with
 * (`must be one of the choices: a, b`) is `list`. Pure; the web's locale files
 * key their translations (serverProblems.<code>) by it.
 */
export interface ProblemCode {
  code: string;
  params: Record<string, string>;
}

const NUMBER_NAMES = ['n', 'm', 'k'];

export function problemCode(problem: string): ProblemCode {
  const params: Record<string, string> = {};
  let numbers = 0;
  const template = problem
    // a list the problem ends with ("…one of the choices: a, b") is data, not wording
    .replace(/(choices|fields it does not take): (.+)$/, (_, words: string, list: string) => {
      params.list = list;
      return `${words} list`;
    })
    .replace(/"([^"]*)"/, (_, value: string) => {
      params.value = value;
      return 'value';
    })
    .replace(/\bline (\d+)/, (_, line: string) => {
      params.line = line;
      return 'line line';
    })
    .replace(/\d+(?:[.,]\d+)?/g, (number) => {
      const name = NUMBER_NAMES[numbers++];
      if (!name) return number;
      params[name] = number;
      return name;
    });
  return { code: slug(template), params };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

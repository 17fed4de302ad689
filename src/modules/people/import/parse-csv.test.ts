import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/http/errors.js';
import { detectDelimiter, MAX_CSV_ROWS, PEOPLE_CSV_LIMITS, parseCsv, parseCsvStream } from './parse-csv.js';

const problemOf = (text: string) => {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, errors: error.errors };
    throw error;
  }
  throw new Error('expected parseCsv to refuse the file');
};

describe('detectDelimiter', () => {
  it.each([
    ['comma', 'name,email,unit\na,b,c', ','],
    ['semicolon', 'name;email;unit\na;b;c', ';'],
    ['tab', 'name\temail\tunit\na\tb\tc', '\t'],
    ['semicolon with commas inside a quoted header', '"Surname, given";email;unit\n', ';'],
    ['comma after leading blank lines', '\n\nname,email\n', ','],
    ['one column falls back to comma', 'name\nAda\n', ','],
  ])('%s', (_label, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('parseCsv', () => {
  it('strips a byte-order mark so the first header is clean', () => {
    const parsed = parseCsv('\uFEFFname,email\nAda,ada@example.org\n');
    expect(parsed.headers).toEqual(['name', 'email']);
  });

  it('trims stray spaces around headers and cells', () => {
    const parsed = parseCsv('  name ;  email  \n  Ada Obi ;ada@example.org   \n');
    expect(parsed.headers).toEqual(['name', 'email']);
    expect(parsed.rows[0]!.cells).toEqual(['Ada Obi', 'ada@example.org']);
  });

  it('skips blank lines and lines of bare separators but keeps true line numbers', () => {
    const parsed = parseCsv('name,email\n\nAda,a@x.org\n,\n   \nBen,b@x.org\n\n');
    expect(parsed.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [3, 'Ada'],
      [6, 'Ben'],
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('a quoted field spanning lines reports the line its record starts on (%s)', (_label, eol) => {
    const text = ['name,job_title', '"Ada","Lead', 'of outreach"', 'Ben,"one', 'two', 'three"', 'Cy,Worker'].join(eol);
    const parsed = parseCsv(text);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 4, 7]);
    expect(parsed.rows[0]!.cells[1]).toBe('Lead\nof outreach');
  });

  it('normalises text to NFC so decomposed accents compare equal', () => {
    const decomposed = 'Jose\u0301';
    const parsed = parseCsv(`name\n${decomposed}\n`);
    expect(parsed.rows[0]!.cells[0]).toBe('Jos\u00e9');
  });

  it('keeps names in any script', () => {
    const parsed = parseCsv('name;email\nОльга Петрова;o@x.org\nفاطمة الزهراء;f@x.org\n王小明;w@x.org\n');
    expect(parsed.rows.map((r) => r.cells[0])).toEqual(['Ольга Петрова', 'فاطمة الزهراء', '王小明']);
  });

  it('reads rows shorter or longer than the header', () => {
    const parsed = parseCsv('name,email,unit\nAda,a@x.org\nBen,b@x.org,Team,extra\n');
    expect(parsed.rows.map((r) => r.cells)).toEqual([
      ['Ada', 'a@x.org'],
      ['Ben', 'b@x.org', 'Team', 'extra'],
    ]);
  });

  it.each([
    ['an empty file', ''],
    ['only blank lines', '\n\n  \n'],
  ])('refuses %s, naming csv', (_label, text) => {
    expect(problemOf(text)).toMatchObject({ status: 400, errors: [{ field: 'csv', problem: expect.stringContaining('empty') }] });
  });

  it('refuses a malformed quote and names its line', () => {
    const result = problemOf('name,email\nAda,a@x.org\n"Ben"x,b@x.org\n');
    expect(result.status).toBe(400);
    expect(result.errors[0]!.problem).toMatch(/^line 3: /);
  });

  it('refuses more rows than the limit', () => {
    const text = `name,email\n${'a,b\n'.repeat(MAX_CSV_ROWS + 1)}`;
    expect(problemOf(text).errors[0]!.problem).toContain(`at most ${MAX_CSV_ROWS}`);
    expect(parseCsv(`name,email\n${'a,b\n'.repeat(MAX_CSV_ROWS)}`).rows).toHaveLength(MAX_CSV_ROWS);
  });

  it('refuses text over 5 MB', () => {
    const text = `name\n${'x'.repeat(5 * 1024 * 1024)}\n`;
    expect(problemOf(text).errors[0]!.problem).toContain('larger than 5 MB');
  });
});

describe('parseCsv limits and streams', () => {
  it('names each limit it refuses: bytes and rows', () => {
    const limits = { maxBytes: 100, maxRows: 3 };
    const problem = (text: string) => {
      try {
        parseCsv(text, limits);
      } catch (error) {
        if (error instanceof AppError) return error.errors[0]!.problem;
      }
      return 'accepted';
    };
    expect(problem(`name\n${'x'.repeat(100)}\n`)).toContain(`larger than ${100 / 1024 / 1024} MB`);
    expect(problem('name\na\nb\nc\nd\n')).toContain('at most 3');
    expect(problem('name\na\nb\nc\n')).toBe('accepted');
  });

  it('the people import takes 100 MB and 1,000,000 rows', () => {
    expect(PEOPLE_CSV_LIMITS).toEqual({ maxBytes: 100 * 1024 * 1024, maxRows: 1_000_000 });
  });

  it('reads a stream of chunks as it reads the whole text, whatever the chunks', async () => {
    const text = `\uFEFFname;email\r\n"Obi; Ada";a@x.org\r\n\r\n${'Ben;b@x.org\r\n'.repeat(5000)}`;
    async function* chunks(size: number) {
      for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
    }
    const whole = parseCsv(text);
    expect(whole.delimiter).toBe(';');
    for (const size of [1, 7, 4096, 100_000]) expect(await parseCsvStream(chunks(size))).toEqual(whole);
    expect(whole.rows.at(-1)!.line).toBe(5003);
  });
});

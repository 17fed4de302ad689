import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, createCsvReader } from './csv-reader.js';

const readAll = (chunks: string[], delimiter = ',') => {
  const reader = createCsvReader(delimiter);
  return [...chunks.flatMap((c) => reader.push(c)), ...reader.end()];
};

const syntaxErrorOf = (text: string) => {
  try {
    readAll([text]);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error('expected a CsvSyntaxError');
};

describe('createCsvReader', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, each record with the line it starts on', () => {
    const text = 'name,job\r\n"Obi, Ada"," says ""hi"""\r\n"Ben","one\r\ntwo"\r\n  Cy  ,  "Worker"  \r\n';
    expect(readAll([text])).toEqual([
      { line: 1, cells: ['name', 'job'] },
      { line: 2, cells: ['Obi, Ada', ' says "hi"'] },
      { line: 3, cells: ['Ben', 'one\ntwo'] },
      { line: 5, cells: ['Cy', 'Worker'] },
    ]);
  });

  it('gives the same records however the text is cut into chunks (a CR LF or a quote split between two)', () => {
    const text = 'a;b\r\n"x;""y""\r\nz";w\r\rq;"r"\n\nlast;row';
    const whole = readAll([text], ';');
    for (let cut = 0; cut <= text.length; cut++) expect(readAll([text.slice(0, cut), text.slice(cut)], ';')).toEqual(whole);
    expect(readAll([...text], ';')).toEqual(whole);
    expect(whole.map((r) => r.line)).toEqual([1, 2, 4, 5, 6, 7]);
  });

  it('keeps an empty last field and reads a last line without a line ending', () => {
    expect(readAll(['a,\nb,c'])).toEqual([
      { line: 1, cells: ['a', ''] },
      { line: 2, cells: ['b', 'c'] },
    ]);
  });

  it.each([
    ['text after a closing quote', 'a\n"b"x\n', 2, /after a closing quote/],
    ['a quote inside an unquoted field', 'a\nb"c\n', 2, /quote inside a field/],
    ['a quoted field never closed', 'a\n"b\nc\n', 2, /never closed/],
  ])('refuses %s, with its line', (_label, text, line, message) => {
    const error = syntaxErrorOf(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });
});

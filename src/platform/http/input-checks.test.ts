import { describe, expect, it } from 'vitest';
import { jsonTextProblems, lineProblems, MAX_JSON_DEPTH, textProblem } from './input-checks.js';

describe('the character rule', () => {
  it.each(['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f', '\ud800', '\udc00x'])('%j is refused in text and in a line', (bad) => {
    expect(textProblem(`a${bad}b`, true)).toBeDefined();
    expect(textProblem(`a${bad}b`, false)).toBeDefined();
  });

  it.each(['\t', '\n', '\r\n'])('%j is allowed in multi-line text, refused in a line', (ok) => {
    expect(textProblem(`a${ok}b`, true)).toBeUndefined();
    expect(textProblem(`a${ok}b`, false)).toBe('must not contain control characters or line breaks');
  });

  it.each(['Zoë Ångström', 'née 山田 👩🏽‍⚕️', '', '=1+1'])('%j is ordinary text', (ok) => {
    expect(textProblem(ok, false)).toBeUndefined();
  });
});

describe('a JSON body', () => {
  it('names every field with a control character by its dotted path, keys too', () => {
    const problems = jsonTextProblems({ name: 'ok', rows: [{ note: 'x\u0000' }, 'fine', 'b\u0007'], 'k\u0000': 1 });
    expect(problems.map((p) => p.field).sort()).toEqual(['k\u0000', 'rows.0.note', 'rows.2']);
  });

  it('a bare string body is named `body`', () => {
    expect(jsonTextProblems('\u0000')).toEqual([{ field: 'body', problem: expect.any(String) }]);
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels without exhausting the stack`, () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(jsonTextProblems({ a: deep })[0]?.problem).toContain('nested too deeply');
    let fine: unknown = 'x';
    for (let i = 0; i < MAX_JSON_DEPTH - 1; i++) fine = [fine];
    expect(jsonTextProblems(fine)).toEqual([]);
  });

  it('query and path values are single lines, named by their key', () => {
    expect(lineProblems({ search: ['ok', 'a\nb'], id: 'x' })).toEqual([{ field: 'search', problem: 'must not contain control characters or line breaks' }]);
  });
});

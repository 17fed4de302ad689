import { describe, expect, it } from 'vitest';
import { problemCode } from './problem-code.js';

describe('problemCode', () => {
  it('makes the wording a slug', () => {
    expect(problemCode('must not be empty')).toEqual({ code: 'must-not-be-empty', params: {} });
  });

  it('lifts a quoted value out', () => {
    expect(problemCode('"2024-13-01" is not a real calendar date')).toEqual({ code: 'value-is-not-a-real-calendar-date', params: { value: '2024-13-01' } });
  });

  it('lifts a line number and other numbers, in order', () => {
    expect(problemCode('line 12: must be between 1 and 5')).toEqual({ code: 'line-line-must-be-between-n-and-m', params: { line: '12', n: '1', m: '5' } });
    expect(problemCode('must be at most 200 characters')).toEqual({ code: 'must-be-at-most-n-characters', params: { n: '200' } });
  });

  it('lifts the list a problem ends with', () => {
    expect(problemCode('must be one of the choices: a, b')).toEqual({ code: 'must-be-one-of-the-choices-list', params: { list: 'a, b' } });
  });

  it('gives the same code whatever the number, so one translation serves them all', () => {
    expect(problemCode('must be at most 50 characters').code).toBe(problemCode('must be at most 4000 characters').code);
  });
});

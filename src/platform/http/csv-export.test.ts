import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { spreadsheetSafe, toCsv } from './csv-export.js';

describe('CSV cells a spreadsheet could run are written as text', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","Click")', `'=HYPERLINK("https://evil.example","Click")`],
    ['+1+cmd|calc', "'+1+cmd|calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('%j is prefixed with a single quote', (cell, safe) => {
    expect(spreadsheetSafe(cell)).toBe(safe);
  });

  it.each(['Ada Lovelace', 'ada@example.org', '-1.5', '+3', '42', '2026-03-01', ''])('%j stays as it is', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(cell);
  });

  it('toCsv escapes every text cell, keeps numbers, writes the header and the byte-order mark', () => {
    const csv = toCsv([['=HYPERLINK("x")', -2, 'Team @home', '@team']], { columns: ['name', 'n', 'a', 'b'], bom: true });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parse(csv.slice(1))).toEqual([['name', 'n', 'a', 'b'], [`'=HYPERLINK("x")`, '-2', 'Team @home', "'@team"]]);
  });
});

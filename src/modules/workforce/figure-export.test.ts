import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportFileName, exportRows, figuresCsv, formatFigure } from './figure-export.js';
import type { WorkforceFigures } from './figure-use-cases.js';
import type { Indicators } from './indicator-rules.js';

const indicators = (headcount: number, turnover: number | null): Indicators => ({
  headcount,
  averageHeadcount: headcount + 0.5,
  starters: 1,
  leavers: 2,
  turnover,
  stability: 0.9,
  absenceRate: 0.0312,
  stressShare: null,
  trainingCoverage: 0.6667,
  planCoverage: 0.5,
  reviewsOnTime: null,
});

const figures: WorkforceFigures = {
  quarter: '2026-Q3',
  from: '2026-07-01',
  to: '2026-09-30',
  minGroupSize: 5,
  workerKind: null,
  units: [
    { unitId: null, name: 'Org', depth: 0, quarter: { shown: true, indicators: indicators(15, 0.0667) }, twelveMonths: indicators(15, 0.2) },
    { unitId: 'a', name: '=Team A', depth: 1, quarter: { shown: true, indicators: indicators(9, null) }, twelveMonths: null },
    { unitId: 'b', name: 'Team B', depth: 2, quarter: { shown: false, reason: 'small-group' }, twelveMonths: null },
    { unitId: 'c', name: 'Team C', depth: 2, quarter: { shown: false, reason: 'protects-another' }, twelveMonths: null },
  ],
  checkInBands: [],
};

const parse = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n')
    .map((line) => line.split(','));

describe('workforce figure exports', () => {
  it('gives each unit a quarter row then a twelve-month row; a hidden year says why, in the quarter’s words when the quarter is hidden too', () => {
    expect(exportRows(figures, 'en').map((r) => [r.unit, r.period, r.hidden])).toEqual([
      ['Org', '2026-Q3', null],
      ['Org', 'twelve months to 2026-Q3', null],
      ['=Team A', '2026-Q3', null],
      ['=Team A', 'twelve months to 2026-Q3', 'year-hidden'],
      ['Team B', '2026-Q3', 'small-group'],
      ['Team B', 'twelve months to 2026-Q3', 'small-group'],
      ['Team C', '2026-Q3', 'protects-another'],
      ['Team C', 'twelve months to 2026-Q3', 'protects-another'],
    ]);
  });

  it('writes the header, the figures as the API gives them, and for a hidden row empty figure cells with the reason in words', () => {
    const [header, org, , teamA, , teamB] = parse(figuresCsv(figures, 'en'));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(org).toEqual(['Org', '0', '2026-Q3', '15', '15.5', '1', '2', '0.0667', '0.9', '0.0312', '', '0.6667', '0.5', '', '']);
    // a unit name that a spreadsheet would run as a formula is written as text
    expect(teamA?.[0]).toBe("'=Team A");
    expect(teamB?.slice(0, 3)).toEqual(['Team B', '2', '2026-Q3']);
    expect(teamB?.slice(3, -1).every((cell) => cell === '')).toBe(true);
    expect(teamB?.at(-1)).toBe('Hidden: fewer than 5 people');
  });

  it('never prints a number in a hidden row, in either language', () => {
    for (const locale of ['en', 'es'] as const) {
      const hiddenLines = figuresCsv(figures, locale)
        .split('\n')
        .filter((line) => line.startsWith('Team B') || line.startsWith('Team C'));
      expect(hiddenLines).toHaveLength(4);
      // the only digits are the level and the quarter's name, and the minimum group size in words
      for (const line of hiddenLines) expect(line.replace(/2026-Q3|,2,|\b5\b/g, '')).not.toMatch(/\d/);
    }
    expect(figuresCsv(figures, 'es')).toContain('Oculto: menos de 5 personas');
  });

  it('formats a rate as a percentage and a count as it is; a figure not shown is empty', () => {
    expect(formatFigure('turnover', 0.0667, 'en')).toBe('6.7%');
    expect(formatFigure('absenceRate', 0.0312, 'es')).toMatch(/^3,1\s?%$/);
    expect(formatFigure('averageHeadcount', 15.5, 'en')).toBe('15.5');
    expect(formatFigure('stressShare', null, 'en')).toBe('');
  });

  it('names the file after the quarter, keeping only safe characters', () => {
    expect(exportFileName('2026-Q3', 'csv')).toBe('workforce-figures-2026-Q3.csv');
    expect(exportFileName('2026-Q3"/..', 'pdf')).toBe('workforce-figures-2026-Q3.pdf');
  });

  it('says in every row and in the file name which kind of worker the figures are of', () => {
    const lines = figuresCsv({ ...figures, workerKind: 'volunteer' }, 'en').trim().split(/\r?\n/).slice(1);
    // every row, quarter and twelve months alike, names the kind (quoted: it holds a comma)
    expect(lines.every((line) => line.includes(', volunteers only"'))).toBe(true);
    expect(lines[0]).toContain('"2026-Q3, volunteers only"');
    expect(lines[1]).toContain('"twelve months to 2026-Q3, volunteers only"');
    expect(figuresCsv({ ...figures, workerKind: 'volunteer' }, 'es')).toContain('"2026-Q3, solo voluntariado"');
    expect(exportFileName('2026-Q3', 'csv', 'peer_worker')).toBe('workforce-figures-2026-Q3-peer_worker.csv');
  });
});

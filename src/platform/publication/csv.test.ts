import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FACTS, FIGURES, shownFigure } from '../../test-support/publication-fixtures.js';
import { readOpenDataCsv } from '../../test-support/read-open-data-csv.js';
import { buildPublication } from './build-publication.js';
import { openDataCell, publicationCsv, readOpenDataCell } from './csv.js';
import { OPEN_DATA_COLUMNS } from './model.js';

const base = FIGURES[0]!.labels;
const hostile = (label: string, i: number) => shownFigure(`h${i}`, { ...base, collaborative: label, cell: label, measure: { id: `m${i}`, name: label } }, 10, 3, 3);
const HOSTILE = ['Teams, north', 'The "calm" team', 'Line one\nline two', 'carriage\rreturn', 'crlf\r\ninside', '=HYPERLINK("https://evil.example","x")', '+1+cmd|calc', '-2+3', '@SUM(A1:A9)', "'=already quoted", "'plain apostrophe", '\t=1+1', '-1.5', 'Niñas y niños — ñandú', ''];

describe('the publication as CSV', () => {
  it('is RFC 4180: a header of the column names, CRLF after every record, no byte-order mark unless asked', () => {
    const csv = publicationCsv(buildPublication(FIGURES, FACTS));
    expect(csv.split('\r\n')[0]).toBe(OPEN_DATA_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(FIGURES.length + 2);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(publicationCsv(buildPublication(FIGURES, FACTS), { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });

  it('writes a hidden figure with empty values and its reason in words', () => {
    const records: string[][] = parse(publicationCsv(buildPublication(FIGURES, FACTS)));
    const hidden = Object.fromEntries(OPEN_DATA_COLUMNS.map((c, i) => [c, records[3]![i]]));
    expect(hidden).toMatchObject({ figure_id: 'f3', status: 'not_shown', count: '', organisations: '', mean: '', change_since_baseline: '', not_shown_reason: 'too-few-organisations', not_shown_explanation: 'Not shown: fewer than 3 organisations took part.' });
  });

  it('reads back field for field with csv-parse, commas, quotes, line breaks, formulas and accents included', () => {
    const publication = buildPublication(
      HOSTILE.map((label, i) => hostile(label, i)),
      FACTS,
    );
    const csv = publicationCsv(publication, { bom: true });
    expect(readOpenDataCsv(csv)).toEqual(publication.rows);
  });

  it('quotes every field holding a line break, so readers that end a record at a bare CR or LF read the same rows', () => {
    const csv = publicationCsv(buildPublication(HOSTILE.map(hostile), FACTS));
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(csv).toContain('"Line one\nline two"');
    expect(csv).toContain('"carriage\rreturn"');
  });

  it('never leaves a cell a spreadsheet would run as a formula', () => {
    const records: string[][] = parse(publicationCsv(buildPublication(HOSTILE.map(hostile), FACTS)));
    const textCells = records.slice(1).flatMap((r) => [r[1]!, r[5]!, r[6]!]);
    for (const cell of textCells) if (/^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell))) throw new Error(`formula-like cell ${JSON.stringify(cell)}`);
    expect(textCells).toContain("'=HYPERLINK(\"https://evil.example\",\"x\")");
  });

  it.each(["'x", "''x", '=1', '@a', 'plain', '', '-1.5', '-x'])('reads %j back as it was written', (label) => {
    expect(readOpenDataCell(openDataCell(label))).toBe(label);
  });

  it('writes a text of digits as text, a number as a number', () => {
    const publication = buildPublication([shownFigure('007', { ...base, cell: '12' }, 25, 4, 5)], FACTS);
    expect(readOpenDataCsv(publicationCsv(publication))[0]).toMatchObject({ figure_id: '007', cell: '12', count: 25, mean: 4 });
  });
});

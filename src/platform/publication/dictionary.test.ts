import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataDictionary, dataDictionaryCsv, dataDictionaryMarkdown } from './dictionary.js';
import { OPEN_DATA_COLUMNS, ZOpenDataRow } from './model.js';

describe('the data dictionary', () => {
  it.each(['en', 'es'] as const)('describes every column of the rows, in file order, and no other (%s)', (locale) => {
    const dictionary = dataDictionary(locale);
    expect(dictionary.columns.map((c) => c.name)).toEqual(Object.keys(ZOpenDataRow.shape));
    for (const c of dictionary.columns) expect(c.meaning.length, c.name).toBeGreaterThan(10);
  });

  it('gives each column the type its values have, and says when a nullable column is empty', () => {
    const samples: Record<string, unknown> = { string: 'x', integer: 3, number: 2.5, date: '2026-06-01' };
    for (const c of dataDictionary().columns) {
      const schema = ZOpenDataRow.shape[c.name as keyof typeof ZOpenDataRow.shape];
      if (c.name === 'status') expect(c.allowedValues).toBe('shown, not_shown');
      else if (c.name === 'count_unit') expect(c.allowedValues).toBe('people, ratings');
      else if (c.name === 'measure_kind') expect(c.allowedValues).toBe('staff-survey, audit, check-in-bands');
      else if (c.name === 'not_shown_reason') expect(c.allowedValues.split(', ')).toEqual(['too-few-people', 'too-few-organisations', 'protects-another', 'earlier-releases']);
      else expect(schema.safeParse(samples[c.type]).success, `${c.name} as ${c.type}`).toBe(true);
      expect(c.emptyWhen !== null, `${c.name} empty when`).toBe(schema.safeParse(null).success);
    }
  });

  it('as Markdown: a table with one line per column, pipes escaped, then the notes on reading the files', () => {
    const md = dataDictionaryMarkdown('en');
    const lines = md.trimEnd().split('\n');
    expect(lines[0]).toBe('| Column | Type | Meaning | Units | Allowed values | Empty when |');
    const table = lines.filter((l) => l.startsWith('| '));
    expect(table).toHaveLength(OPEN_DATA_COLUMNS.length + 2);
    // every row has exactly the six cells of the heading (an unescaped | would add one)
    for (const row of table) expect(row.split(/(?<!\\)\|/).length).toBe(8);
    expect(md).toContain('- A text field that starts with =');
    expect(dataDictionaryMarkdown('es')).toContain('| Columna | Tipo | Significado |');
  });

  it('as CSV: parses back to the same entries', () => {
    const [header, ...rows]: string[][] = parse(dataDictionaryCsv('es', { bom: true }), { bom: true });
    expect(header).toEqual(['name', 'type', 'meaning', 'units', 'allowed_values', 'empty_when']);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3] || null, r[4], r[5] || null])).toEqual(dataDictionary('es').columns.map((c) => [c.name, c.type, c.meaning, c.units, c.allowedValues, c.emptyWhen]));
  });

  it.each([
    ['en', ['0 means every criterion red and 2 every criterion green', 'share of people', 'from 0 (nobody) to 1 (everyone)'], '34%'],
    ['es', ['0 significa todos los criterios en rojo y 2 todos en verde', 'proporción de personas', 'de 0 (nadie) a 1 (todas)'], '34 %'],
  ] as const)('says what each kind of figure is, an audit from all red to all green and a band as a share (%s)', (locale, kindWords, percent) => {
    const columns = new Map(dataDictionary(locale).columns.map((c) => [c.name, c]));
    for (const words of kindWords) expect(columns.get('measure_kind')!.meaning).toContain(words);
    expect(columns.get('mean')!.meaning).toContain(percent);
    expect(dataDictionary(locale).notes.some((n) => n.includes('measure_kind'))).toBe(true);
  });
});

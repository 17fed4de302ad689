import { parse } from 'csv-parse/sync';
import { readOpenDataCell } from '../platform/publication/csv.js';
import { dataDictionary } from '../platform/publication/dictionary.js';
import { OPEN_DATA_COLUMNS, type OpenDataRow, ZOpenDataRow } from '../platform/publication/model.js';

/**
 * Reads a published CSV as a consumer would, with csv-parse and the data dictionary alone: numbers
 * by the dictionary's types, an empty cell as null where the column may be empty, one leading
 * apostrophe dropped from text. Strict: a ragged row, a stray quote or another header throws.
 */
export function readOpenDataCsv(csv: string): OpenDataRow[] {
  const records: string[][] = parse(csv, { bom: true, relax_column_count: false, relax_quotes: false, skip_empty_lines: false });
  const [header, ...body] = records;
  if (JSON.stringify(header) !== JSON.stringify(OPEN_DATA_COLUMNS)) throw new Error(`unexpected header ${JSON.stringify(header)}`);
  const types = new Map(dataDictionary().columns.map((c) => [c.name, c.type]));
  return body.map((record) =>
    ZOpenDataRow.parse(
      Object.fromEntries(
        OPEN_DATA_COLUMNS.map((column, i) => {
          const cell = record[i]!;
          const nullable = ZOpenDataRow.shape[column].safeParse(null).success;
          if (cell === '' && nullable) return [column, null];
          const type = types.get(column);
          return [column, type === 'integer' || type === 'number' ? Number(cell) : readOpenDataCell(cell)];
        }),
      ),
    ),
  );
}

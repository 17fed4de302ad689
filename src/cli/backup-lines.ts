import { StringDecoder } from 'node:string_decoder';

/** Splits a byte stream into text lines (UTF-8, `\n`), holding at most one partial line. */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    let start = 0;
    for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
      yield text.slice(start, end);
      start = end + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
}

/** One row line of a backup: the table, and the row as JSON text, untouched. */
export interface RowLine {
  table: string;
  rowJson: string;
}

// What writeBackup writes: the row is cut out as text, so numbers keep every digit.
const ROW_LINE = /^\{"table":("(?:[^"\\]|\\.)*"),"row":(\{.*\})\}$/;

/**
 * Reads one line after the header: a row line, the trailer, or an error naming the line.
 * Lines reformatted by another tool still parse, through JSON.parse.
 */
export function parseBackupLine(line: string, lineNumber: number): RowLine | { end: true; rows: Record<string, number> } {
  const match = ROW_LINE.exec(line);
  if (match) return { table: JSON.parse(match[1]!) as string, rowJson: match[2]! };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new Error(`line ${lineNumber} is not JSON`);
  }
  const value = parsed as { table?: unknown; row?: unknown; end?: unknown; rows?: unknown };
  if (value.end === true && typeof value.rows === 'object' && value.rows !== null) return { end: true, rows: value.rows as Record<string, number> };
  if (typeof value.table === 'string' && typeof value.row === 'object' && value.row !== null) return { table: value.table, rowJson: JSON.stringify(value.row) };
  throw new Error(`line ${lineNumber} is neither a row nor the end of the backup`);
}

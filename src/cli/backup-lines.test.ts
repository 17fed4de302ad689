import { describe, expect, it } from 'vitest';
import { parseBackupLine, splitLines } from './backup-lines.js';

async function collect(chunks: Array<Buffer | string>) {
  const lines: string[] = [];
  for await (const line of splitLines((async function* () { yield* chunks; })())) lines.push(line);
  return lines;
}

describe('splitLines', () => {
  it('joins lines cut across chunks, even inside a multi-byte character', async () => {
    const bytes = Buffer.from('first\nÖlga 王\nlast');
    const cut = bytes.indexOf(Buffer.from('王')) + 1; // in the middle of 王's three bytes
    expect(await collect([bytes.subarray(0, 3), bytes.subarray(3, cut), bytes.subarray(cut)])).toEqual(['first', 'Ölga 王', 'last']);
  });
});

describe('parseBackupLine', () => {
  it('keeps the row as text, so large numbers keep every digit', () => {
    const line = '{"table":"t","row":{"n": 12345678901234567890.123456789, "s": "a}\\"b"}}';
    expect(parseBackupLine(line, 2)).toEqual({ table: 't', rowJson: '{"n": 12345678901234567890.123456789, "s": "a}\\"b"}' });
  });

  it('reads the trailer and reformatted lines, and names a bad line', () => {
    expect(parseBackupLine('{"end":true,"rows":{"t":3}}', 9)).toEqual({ end: true, rows: { t: 3 } });
    expect(parseBackupLine('{ "row": {"a": 1}, "table": "t" }', 3)).toEqual({ table: 't', rowJson: '{"a":1}' });
    expect(() => parseBackupLine('{"nope":1}', 7)).toThrow('line 7 is neither a row nor the end');
    expect(() => parseBackupLine('garbage', 8)).toThrow('line 8 is not JSON');
  });
});

import { describe, expect, it } from 'vitest';
import { readableLines } from './personal-data-parts.js';

describe('readableLines (a part of the export, for the PDF)', () => {
  it('writes each leaf as "field: value", nested fields joined', () => {
    expect(readableLines({ supervisor: { name: 'Ana' }, rhythmWeeks: 4 })).toEqual(['supervisor · name: Ana', 'rhythmWeeks: 4']);
  });

  it('writes each object of a list on one line, leaving out empty fields', () => {
    expect(readableLines({ notes: [{ on: '2026-11-02', body: 'Tired', extra: null, tags: [] }, { on: '2026-11-09', body: 'Better' }] })).toEqual([
      'on: 2026-11-02; body: Tired',
      'on: 2026-11-09; body: Better',
    ]);
  });

  it('writes nothing for nothing', () => {
    expect(readableLines({ notes: [], note: null, text: '' })).toEqual([]);
  });
});

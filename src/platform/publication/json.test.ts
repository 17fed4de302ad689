import { describe, expect, it } from 'vitest';
import { FACTS, FIGURES } from '../../test-support/publication-fixtures.js';
import { buildPublication } from './build-publication.js';
import { publicationJson, readPublicationJson } from './json.js';

describe('the publication as JSON', () => {
  it('holds the metadata and the rows, and reads back through its schema', () => {
    const publication = buildPublication(FIGURES, FACTS);
    const text = publicationJson(publication);
    expect(Object.keys(JSON.parse(text))).toEqual(['metadata', 'rows']);
    expect(readPublicationJson(text)).toEqual(publication);
  });

  it('refuses a document whose hidden row carries a figure', () => {
    const document = JSON.parse(publicationJson(buildPublication(FIGURES, FACTS)));
    document.rows[2].status = 'hidden';
    expect(() => readPublicationJson(JSON.stringify(document))).toThrow();
  });
});

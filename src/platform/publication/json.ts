import { type OpenDataDocument, type Publication, ZOpenDataDocument } from './model.js';

/** The publication as the JSON file: `{ metadata, rows }`, indented, rows with the CSV's keys and null for its empty cells. */
export function publicationJson(publication: Publication): string {
  const document: OpenDataDocument = ZOpenDataDocument.parse(publication);
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Reads a published JSON file back, checked against the schema (throws a ZodError when it does not match). */
export function readPublicationJson(text: string): OpenDataDocument {
  return ZOpenDataDocument.parse(JSON.parse(text));
}

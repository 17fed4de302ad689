import { z } from '@hono/zod-openapi';
import { type Publication, publicationSummary, ZOpenDataDocument } from '../../platform/publication/index.js';
import type * as store from './publication-store.js';

/** What the API says of a publication: its listing, and the page a person reads (the summary). */

export const openDataTags = ['Open data'];

export const ZPublicationListing = z
  .object({
    id: z.uuid(),
    hub: z.string(),
    collaborative: z.object({ id: z.uuid(), name: z.string() }),
    version: z.number().int(),
    language: z.enum(['en', 'es']),
    /** what the release spent of the hub's privacy budget; null: exact figures */
    epsilon: z.number().nullable(),
    publishedAt: z.string(),
  })
  .openapi('OpenDataPublicationListing');

type Listed = Awaited<ReturnType<typeof store.listAllPublications>>[number];

export const presentListing = (p: Listed) => ({
  id: p.id,
  hub: p.hubName,
  collaborative: { id: p.collaborativeId, name: p.collaborativeName },
  version: p.version,
  language: p.language,
  epsilon: p.epsilon,
  publishedAt: p.publishedAt.toISOString(),
});

export const ZPublicationPage = ZPublicationListing.extend({
  summary: z.object({ heading: z.string(), about: z.array(z.string()), figures: z.array(z.string()) }),
  document: ZOpenDataDocument,
}).openapi('OpenDataPublication');

/** The stored document, read back through the published schema (a stored file the schema refuses is an error, not a page). */
export const documentOf = (row: { document: unknown }): Publication => ZOpenDataDocument.parse(row.document);

export const presentPage = (p: Listed & { document: unknown }) => {
  const document = documentOf(p);
  return { ...presentListing(p), summary: publicationSummary(document), document };
};

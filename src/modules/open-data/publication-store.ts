import { and, asc, desc, eq, isNotNull, max } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { organisations } from '../../platform/tenancy/schema.js';
import { collaboratives } from '../collaboratives/schema.js';
import { hubPublications } from './schema.js';

/** The hub_publications table: reads and writes, no rules (publish.ts, read.ts). */

export type PublicationRow = typeof hubPublications.$inferSelect;

export async function insertPublication(q: Queryable, row: typeof hubPublications.$inferInsert) {
  await q.insert(hubPublications).values(row);
}

/** The next version number of a collaborative's publications (1 for the first). */
export async function nextVersion(q: Queryable, hubId: string, collaborativeId: string): Promise<number> {
  const [row] = await q
    .select({ last: max(hubPublications.version) })
    .from(hubPublications)
    .where(and(eq(hubPublications.hubId, hubId), eq(hubPublications.collaborativeId, collaborativeId)));
  return (row?.last ?? 0) + 1;
}

/** What the hub's noisy releases spent, in publication order (the privacy budget's ledger). */
export async function noisySpends(q: Queryable, hubId: string) {
  return q
    .select({ collaborativeId: hubPublications.collaborativeId, version: hubPublications.version, epsilon: hubPublications.epsilon, publishedAt: hubPublications.publishedAt })
    .from(hubPublications)
    .where(and(eq(hubPublications.hubId, hubId), isNotNull(hubPublications.epsilon)))
    .orderBy(asc(hubPublications.publishedAt));
}

const listing = {
  id: hubPublications.id,
  hubId: hubPublications.hubId,
  hubName: organisations.name,
  collaborativeId: hubPublications.collaborativeId,
  collaborativeName: collaboratives.name,
  version: hubPublications.version,
  language: hubPublications.language,
  epsilon: hubPublications.epsilon,
  publishedAt: hubPublications.publishedAt,
};

function listed(q: Queryable) {
  return q
    .select(listing)
    .from(hubPublications)
    .innerJoin(organisations, eq(organisations.id, hubPublications.hubId))
    .innerJoin(collaboratives, and(eq(collaboratives.hubId, hubPublications.hubId), eq(collaboratives.id, hubPublications.collaborativeId)));
}

/** Every hub's publications, newest first: open data is open to anyone. */
export async function listAllPublications(q: Queryable, limit: number) {
  return listed(q).orderBy(desc(hubPublications.publishedAt), desc(hubPublications.id)).limit(limit);
}

/** One collaborative's publications, newest first. */
export async function listPublicationsOf(q: Queryable, hubId: string, collaborativeId: string) {
  return listed(q)
    .where(and(eq(hubPublications.hubId, hubId), eq(hubPublications.collaborativeId, collaborativeId)))
    .orderBy(desc(hubPublications.version));
}

/** One publication by its id, whichever hub published it, with its document. */
export async function findPublication(q: Queryable, id: string) {
  const [row] = await q
    .select({ ...listing, document: hubPublications.document })
    .from(hubPublications)
    .innerJoin(organisations, eq(organisations.id, hubPublications.hubId))
    .innerJoin(collaboratives, and(eq(collaboratives.hubId, hubPublications.hubId), eq(collaboratives.id, hubPublications.collaborativeId)))
    .where(eq(hubPublications.id, id));
  return row;
}

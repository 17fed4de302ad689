import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { organisations } from './schema.js';

/*
 * What the platform must know of the demo (src/demo/) to keep it safe, and nothing more: the
 * demo organisation's slug and its published password. Sign-in and password changes refuse the
 * published password everywhere except in the demo organisation, so these live here rather than
 * in the demo, which the platform never imports.
 */

/** The slug the demo loader gives the demo organisation. */
export const DEMO_ORG_SLUG = 'riverside';

/** The demo accounts' password, published in the README: refused for every other account. */
export const DEMO_PASSWORD = 'calm-harbour-lantern-2026';

/** True when this organisation is the demo one (found by the slug the demo loader gives it). */
export async function isDemoOrganisation(q: Queryable, orgId: string): Promise<boolean> {
  const [row] = await q.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, orgId));
  return row?.slug === DEMO_ORG_SLUG;
}

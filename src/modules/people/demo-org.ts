import { eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { DEMO_ORG } from './demo-data.js';
import { organisations } from '../../platform/tenancy/schema.js';

/** True when this organisation is the demo one (found by the slug the demo loader gives it). */
export async function isDemoOrganisation(q: Queryable, orgId: string): Promise<boolean> {
  const [row] = await q.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, orgId));
  return row?.slug === DEMO_ORG.slug;
}

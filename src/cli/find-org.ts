import { eq } from 'drizzle-orm';
import { organisations } from '../platform/tenancy/schema.js';
import type { Queryable } from '../platform/db/client.js';
import { CliError } from './command.js';

/** An organisation's URL name: lower-case letters and digits, words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The organisation with this slug, or undefined. */
export async function orgBySlug(q: Queryable, slug: string) {
  const [org] = await q
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  return org;
}

/** The organisation with this slug; a CliError naming --org when there is none. */
export async function requireOrg(q: Queryable, slug: string) {
  const org = await orgBySlug(q, slug);
  if (!org) throw new CliError(`--org: no organisation has the slug "${slug}"`);
  return org;
}

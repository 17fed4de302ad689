import { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { organisations } from './schema.js';
import { DEFAULT_DEVELOPMENT_HOURS, ZDevelopmentRequirement } from '../framework/model.js';
import { DEFAULT_MIN_GROUP_SIZE, LOWEST_MIN_GROUP_SIZE, minGroupSizeProblem } from '../../platform/privacy/index.js';

/** An organisation's settings. Stored as JSON: changing this shape may need a migration. */
export const ZOrgSettings = z
  .object({
    // the privacy gate owns the rule; the API only repeats its words
    minGroupSize: z
      .number()
      .int('must be a whole number')
      .min(LOWEST_MIN_GROUP_SIZE, minGroupSizeProblem(LOWEST_MIN_GROUP_SIZE - 1)!)
      .max(50, 'must be at most 50')
      .default(DEFAULT_MIN_GROUP_SIZE),
    defaultLocale: z.enum(['en', 'es']).default('en'),
    /** Yearly hours of ongoing development asked of each practice level (W.standards). */
    developmentHours: ZDevelopmentRequirement.default({ ...DEFAULT_DEVELOPMENT_HOURS }),
    /** Months a well-being check-in is kept before it is deleted (null: kept until the worker erases it). */
    checkInRetentionMonths: z.number().int('must be a whole number').min(1, 'must be at least 1 month').max(600, 'must be at most 600 months').nullable().default(null),
  })
  .openapi('OrgSettings');
export type TOrgSettings = z.infer<typeof ZOrgSettings>;

export async function getOrganisation(q: Queryable, orgId: string) {
  const [org] = await q.select().from(organisations).where(eq(organisations.id, orgId));
  if (!org) throw notFound('The organisation');
  return { id: org.id, name: org.name, slug: org.slug, settings: ZOrgSettings.parse(org.settings ?? {}) };
}

/** Every organisation's id and settings (for work done per organisation, such as retention). */
export async function listOrganisationSettings(q: Queryable) {
  const rows = await q.select({ id: organisations.id, settings: organisations.settings }).from(organisations);
  return rows.map((r) => ({ id: r.id, settings: ZOrgSettings.parse(r.settings ?? {}) }));
}

export async function updateOrgSettings(q: Queryable, orgId: string, patch: Partial<TOrgSettings>) {
  const current = await getOrganisation(q, orgId);
  const settings = ZOrgSettings.parse({ ...current.settings, ...patch });
  await q.update(organisations).set({ settings }).where(eq(organisations.id, orgId));
  return settings;
}

/** Creates an organisation; returns its id. */
export async function createOrganisation(q: Queryable, input: { name: string; slug: string; settings?: Partial<TOrgSettings> }) {
  const id = uuidv7();
  await q.insert(organisations).values({ id, name: input.name, slug: input.slug, settings: ZOrgSettings.parse(input.settings ?? {}) });
  return id;
}

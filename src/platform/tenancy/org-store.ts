import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../db/client.js';
import { notFound } from '../http/errors.js';
import { serverTimeZone } from '../time/zone.js';
import { organisations } from './schema.js';
import { type TenantKind, tenantKindOf } from './tenant-kind.js';
import { type SettingsSchema, type TPlatformSettings, ZPlatformSettings } from './settings.js';

/*
 * The stored settings are one JSON object shared by every part (privacy, tenancy, each module).
 * A reader passes the schema of the part it needs: zod drops the keys it does not know, and
 * fills the defaults of keys never set.
 */
const platformSettings = ZPlatformSettings as SettingsSchema<unknown>;

async function storedSettings(q: Queryable, orgId: string) {
  const [org] = await q.select().from(organisations).where(eq(organisations.id, orgId));
  if (!org) throw notFound('The organisation');
  return { org, raw: (org.settings ?? {}) as Record<string, unknown> };
}

/**
 * The organisation with its settings read through `settings` (the platform's own part unless
 * another schema is given). Throws 404 when there is no such organisation.
 */
export async function getOrganisation<T = TPlatformSettings>(q: Queryable, orgId: string, settings: SettingsSchema<T> = platformSettings as SettingsSchema<T>) {
  const { org, raw } = await storedSettings(q, orgId);
  return { id: org.id, name: org.name, slug: org.slug, kind: tenantKindOf(org.kind), settings: settings.parse(raw) };
}

/** Every organisation's id and its settings read through `settings` (for work done per organisation, such as retention). */
export async function listOrganisationSettings<T>(q: Queryable, settings: SettingsSchema<T>) {
  const rows = await q.select({ id: organisations.id, settings: organisations.settings }).from(organisations);
  return rows.map((r) => ({ id: r.id, settings: settings.parse(r.settings ?? {}) }));
}

/**
 * Applies `patch`, checked by `settings`, and returns the settings now as `settings` reads them.
 * Keys outside `settings` are kept as stored: a part never erases another part's settings.
 */
export async function updateOrgSettings<T>(q: Queryable, orgId: string, settings: SettingsSchema<T>, patch: Partial<T>): Promise<T> {
  const { raw } = await storedSettings(q, orgId);
  const next = settings.parse({ ...raw, ...patch });
  await q
    .update(organisations)
    .set({ settings: { ...raw, ...(next as Record<string, unknown>) } })
    .where(eq(organisations.id, orgId));
  return next;
}

/**
 * Creates an organisation; returns its id. Its settings are stored as `settings` reads them, so
 * the defaults in force today stay with the organisation; it starts in the server's time zone
 * (TEND_TIME_ZONE, else the machine's) unless given one.
 */
export async function createOrganisation<T = TPlatformSettings>(
  q: Queryable,
  input: { name: string; slug: string; kind?: TenantKind; settings?: Partial<T> },
  settings: SettingsSchema<T> = platformSettings as SettingsSchema<T>,
): Promise<string> {
  const id = uuidv7();
  await q.insert(organisations).values({ id, name: input.name, slug: input.slug, kind: input.kind ?? 'organisation', settings: { timeZone: serverTimeZone(), ...(settings.parse({ timeZone: serverTimeZone(), ...input.settings }) as object) } });
  return id;
}
